"""The window benchmark runs on any story and reports every scene (not a timing test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.bench.frames import run_window
from game.bench.startup import whole_process

GARDEN = Path(__file__).parent / "fixtures" / "garden" / "story"


def test_bench_reports_each_scene_and_start_up():
    out = run_window(GARDEN, frames=10)
    assert out["startup"]["first_frame_s"] > 0 and out["startup"]["bare_pygame_s"] > 0
    scenes = out["scenes"]
    for name in ("title", "explore", "dialogue", "choice", "review", "reboot", "ending", "pause", "settings",
                 "slots", "history"):
        assert "p99_ms" in scenes[name], name
    assert "skipped" in scenes["action"], "the garden has no set-piece: said, not crashed"


def test_start_up_is_measured_process_by_process_beside_bare_pygame():
    out = whole_process(GARDEN, runs=1)
    assert out["first_frame_s"] > 0 and out["bare_pygame_s"] > 0, out
    assert out["overhead_s"] == pytest.approx(out["first_frame_s"] - out["bare_pygame_s"], abs=2e-4)

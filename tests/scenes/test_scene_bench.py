"""The window benchmark runs on any story and reports every scene (not a timing test)."""

from __future__ import annotations

from pathlib import Path

from game.scenes.bench import run_bench

GARDEN = Path(__file__).parent / "fixtures" / "garden" / "story"


def test_bench_reports_each_scene_and_start_up():
    out = run_bench(GARDEN, frames=10)
    assert out["startup"]["first_frame_s"] > 0 and out["startup"]["bare_pygame_s"] > 0
    scenes = out["scenes"]
    for name in ("title", "explore", "dialogue", "choice", "review", "reboot", "ending", "pause", "settings",
                 "slots", "history"):
        assert "p99_ms" in scenes[name], name
    assert "skipped" in scenes["action"], "the garden has no set-piece: said, not crashed"

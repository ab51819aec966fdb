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


def test_one_scene_is_measured_with_the_peak_memory_of_its_own_process():
    from game.bench.frames import part_scene

    out = part_scene(GARDEN, "review")
    assert out["p99_ms"] > 0 and out["peak_mb"] > 0, out
    assert "skipped" in part_scene(GARDEN, "no_such_scene")


def test_the_window_s_peak_is_the_largest_of_the_scene_processes(monkeypatch):
    from game.bench import run

    def part(name, story_dir, *args, timeout=0):
        if name == "window":
            return {"startup": {}, "map_load_ms": {}, "scene_names": ["title", "explore", "action"]}
        if name == "session":
            return {"session_peak_mb": session_peak} if session_peak else {"error": "it broke"}
        return {"title": {"p99_ms": 1.0, "peak_mb": 60.0},
                "explore": {"p99_ms": 2.5, "peak_mb": 80.5, "explore_map": "streets"},
                "action": {"skipped": "no set-piece", "peak_mb": 55.0}}[args[0]]

    monkeypatch.setattr(run, "run_part", part)
    session_peak = 70.0
    out = run.window_figures(GARDEN, lambda *a: None)
    assert out["window_peak_mb"] == 80.5 and out["window_peak_scene"] == "explore"
    assert out["worst_p99_ms"] == 2.5 and out["explore_map"] == "streets"
    assert set(out["scenes"]) == {"title", "explore", "action"}
    session_peak = 95.0
    out = run.window_figures(GARDEN, lambda *a: None)
    assert out["window_peak_mb"] == 95.0 and out["window_peak_scene"] == "a whole game"
    session_peak = None
    out = run.window_figures(GARDEN, lambda *a: None)
    assert "error" not in out and out["session_error"] == "it broke"
    assert out["window_peak_mb"] == 80.5, "the scenes' peaks still count"


def test_a_whole_game_plays_every_beat_in_one_window_and_says_its_peak():
    from game.bench.session import part_session

    out = part_session(GARDEN)
    assert out["session_beats"] >= 1 and out["session_peak_mb"] > 0, out

"""What the bench aims at (the game's quality bars) and how far it looks."""

from __future__ import annotations

GOALS = {
    "load_ms": 150.0,
    "explore_s": 5.0,
    "step_us": 50.0,
    "save_ms": 10.0,
    "explore_peak_mb": 150.0,
    "scene_p99_ms": 4.0,
    "first_frame_extra_s": 0.3,
    "window_peak_mb": 100.0,
}
EXPLORE_LIMIT = 2_000_000  # states before exploration stops and says it is incomplete

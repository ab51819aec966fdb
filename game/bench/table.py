"""The figures as a table for a person, each beside its goal."""

from __future__ import annotations

import statistics
from typing import Any

from .goals import EXPLORE_LIMIT, GOALS

ROWS = [("load + validate (ms)", "load_ms"), ("map lint (ms)", "map_lint_ms"), ("runtime step (µs)", "step_us"),
        ("save with fsync (ms)", "save_ms"), ("explore (s)", "explore_s"), ("explore states", "states"),
        ("explore peak memory (MB)", "explore_peak_mb")]
COLUMNS = [("shipped", "shipped"), ("generated ×1", "generated_x1"), ("generated ×10", "generated_x10")]


def verdict(value: float | None, goal: float) -> str:
    if value is None:
        return ""
    return "ok" if value <= goal else "OVER"


def print_table(f: dict[str, Any]) -> None:
    _story_rows(f)
    for col in ("shipped", "generated_x1", "generated_x10"):
        fig = f.get(col, {})
        if "error" in fig:
            print(f"  {col}: {fig['error']}")
        elif fig.get("complete") is False:
            print(f"  {col}: exploration stopped at {EXPLORE_LIMIT:,} states (incomplete)")
        if fig.get("beats"):
            print(f"  {col}: {fig['beats']} beats, {fig['nodes']} nodes, {fig['words']:,} words")
    w = f.get("window")
    if w:
        print()
        if "error" in w:
            print(f"window: {w['error']}")
            return
        _window_rows(w)


def _story_rows(f: dict[str, Any]) -> None:
    print()
    print(f"{'':28}" + "".join(f"{c[0]:>16}" for c in COLUMNS) + f"{'goal':>10}")
    for label, key in ROWS:
        cells = []
        for _, col in COLUMNS:
            v = f.get(col, {}).get(key)
            cells.append(f"{'—' if v is None else v:>16}")
        goal = GOALS.get(key)
        mark = verdict(f.get("shipped", {}).get(key), goal) if goal else ""
        print(f"{label:28}" + "".join(cells) + f"{('≤ ' + str(goal)) if goal else '':>10} {mark}")


def _window_rows(w: dict[str, Any]) -> None:
    print(f"{'scene (update+draw, ms)':28}{'median':>10}{'p99':>10}")
    for name, s in w.get("scenes", {}).items():
        label = f"explore ({w['explore_map']})" if name == "explore" and w.get("explore_map") else name
        print(f"{label:28}{s.get('median_ms', '—'):>10}{s.get('p99_ms', '—'):>10}  "
              f"{verdict(s.get('p99_ms'), GOALS['scene_p99_ms'])}")
    loads = w.get("map_load_ms") or {}
    if loads:
        slow = max(loads, key=loads.get)
        print(f"loading a map (behind a doorway's curtain): median {statistics.median(loads.values()):.0f} ms, "
              f"slowest {slow} {loads[slow]} ms")
    startup = w.get("startup", {})
    if startup:
        print(f"start to first frame {startup.get('first_frame_s')} s; bare pygame init + set_mode "
              f"{startup.get('bare_pygame_s')} s (goal: within {GOALS['first_frame_extra_s']} s of it)")
    whole = w.get("startup_process", {})
    if "error" in whole:
        print(f"launch to first frame: {whole['error']}")
    elif whole:
        print(f"launch to first frame {whole['first_frame_s']} s; a bare pygame process "
              f"{whole['bare_pygame_s']} s; the game's own {whole['overhead_s']} s "
              f"{verdict(whole['overhead_s'], GOALS['first_frame_extra_s'])}")
    if "session_error" in w:
        print(f"a whole game played beat by beat: {w['session_error']}")
    if "window_peak_mb" in w:
        print(f"peak memory of the window, the largest of a game showing each scene and a whole game played "
              f"beat by beat ({w.get('window_peak_scene')}): "
              f"{w['window_peak_mb']} MB {verdict(w['window_peak_mb'], GOALS['window_peak_mb'])}")

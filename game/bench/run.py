"""`main.py bench`: the game's speed and memory figures against its goals, measured, never asserted.

Each part runs in a fresh process so its peak memory (max RSS) is its own. The same figures are taken
for the shipped story and for generated stories of the same and ten times the size, to show how cost
grows. `--record FILE` keeps the figures (benchmarks/figures.json in the repository).
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from game.story.generate import generate_story

from .goals import GOALS
from .table import print_table

ROOT = Path(__file__).resolve().parent.parent.parent
PART_TIMEOUT = 900


def run_bench(story_dir: Path, as_json: bool = False, window: bool = True, record: Path | None = None) -> int:
    story_dir = Path(story_dir)
    say = (lambda *a: None) if as_json else (lambda *a: print(*a, flush=True))
    figures: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "system": platform.platform(), "cpus": os.cpu_count()},
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "goals": GOALS,
    }
    say("Measuring the shipped story…")
    figures["shipped"] = {**run_part("story", story_dir), **run_part("explore", story_dir)}
    beats = figures["shipped"].get("beats") or 18
    with tempfile.TemporaryDirectory() as tmp:
        for scale in (1, 10):
            say(f"Measuring a generated story of {beats * scale} beats…")
            gen = generate_story(Path(tmp) / f"x{scale}", beats * scale)
            figures[f"generated_x{scale}"] = {**run_part("story", gen), **run_part("explore", gen)}
    if window:
        say("Measuring the window (dummy video driver, 1280×720)…")
        figures["window"] = window_figures(story_dir, say)
        say("Measuring start-up, process by process…")
        figures["window"]["startup_process"] = run_part("startup", story_dir)
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        print_table(figures)
    if record:
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        say(f"\nRecorded in {record}")
    return 0


def window_figures(story_dir: Path, say: Any) -> dict[str, Any]:
    """Start-up and map loads, then each scene in a process of its own (its frame times, and the peak
    memory of a game showing it), then a whole game in one process (session.py). The window's peak
    is the largest of those; building every scene in one process would add up leftovers no game has."""
    out = run_part("window", story_dir)
    scenes: dict[str, Any] = {}
    for name in out.pop("scene_names", []):
        say(f"  {name}")
        scenes[name] = run_part("scene", story_dir, name)
        if "explore_map" in scenes[name]:
            out["explore_map"] = scenes[name].pop("explore_map")
    out["scenes"] = scenes
    out["worst_p99_ms"] = max((v["p99_ms"] for v in scenes.values() if "p99_ms" in v), default=0.0)
    say("  a whole game: the title, then every beat in turn, sound on")
    session = run_part("session", story_dir)
    if "error" in session:  # the whole game could not be played: said as its own, not as the window's
        session = {"session_error": session["error"]}
    out.update(session)
    peaks = {name: v["peak_mb"] for name, v in scenes.items() if "peak_mb" in v}
    if "session_peak_mb" in out:
        peaks["a whole game"] = out["session_peak_mb"]
    if peaks:
        out["window_peak_scene"] = max(peaks, key=peaks.get)
        out["window_peak_mb"] = peaks[out["window_peak_scene"]]
    return out


def run_part(name: str, story_dir: Path, *args: str, timeout: float = PART_TIMEOUT) -> dict[str, Any]:
    """One part of the bench (`python -m game.bench NAME STORY [ARG]`) in a fresh process: its
    figures, or {"error": why}."""
    cmd = [sys.executable, "-m", "game.bench", name, str(story_dir), *args]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"error": f"took longer than {timeout:.0f} s"}
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": tail}
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError):
        return {"error": "no figures came back"}

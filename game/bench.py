"""`main.py bench`: the speed and memory figures of DESIGN.md, measured, never asserted.

Each part runs in a fresh process so its peak memory (max RSS) is its own. The same figures are taken
for the shipped story and for generated stories of the same and ten times the size, to show how cost
grows. `--record FILE` keeps the figures (benchmarks/figures.json in the repository).
"""

from __future__ import annotations

import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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
EXPLORE_LIMIT = 2_000_000


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --- parts, each run in its own process -------------------------------------------------------


def part_story(story_dir: Path) -> dict[str, Any]:
    from .story import events as ev
    from .story.compiler import load_story
    from .story.playthrough import Player
    from .story.runtime import Runtime
    from .story.saves import SaveStore

    times = []
    story = None
    for _ in range(7):
        t = time.perf_counter()
        story, diags = load_story(story_dir)
        times.append((time.perf_counter() - t) * 1000)
    if story is None:
        return {"error": "the story does not load"}
    lint_ms = None
    levels = story_dir.resolve().parent / "levels"
    try:
        from .levels.lint import lint_levels

        t = time.perf_counter()
        lint_levels(levels)
        lint_ms = (time.perf_counter() - t) * 1000
    except ImportError:
        pass
    # runtime steps: every call a front end makes (advance, choose, review, ...), random decisions
    rng = random.Random(1)
    steps = 0
    t = time.perf_counter()
    for seed in range(20):
        rt = Runtime(story, seed=seed)
        for _ in range(20_000):
            if rt.finished:
                break
            e = rt.event
            if isinstance(e, ev.Choice):
                rt.choose(rng.randrange(len(e.options)))
            elif isinstance(e, ev.Review):
                pool = [c.id for c in e.held + e.pending]
                rt.review(rng.sample(pool, e.must_free))
            elif isinstance(e, ev.Action):
                rt.action(won=rng.random() < 0.5)
            elif isinstance(e, ev.Reboot):
                rt.reboot()
            else:
                rt.advance()
            steps += 1
    step_us = (time.perf_counter() - t) / max(1, steps) * 1e6
    # saves with fsync, mid-game
    rt = Runtime(story, seed=3)
    player = Player(rt)
    player.run_on()
    save_times = []
    with tempfile.TemporaryDirectory() as d:
        store = SaveStore(Path(d))
        for i in range(40):
            t = time.perf_counter()
            store.save(f"slot{i % 4}", rt)
            save_times.append((time.perf_counter() - t) * 1000)
    save_times.sort()
    return {
        "beats": len(story.beats),
        "nodes": sum(len(b.nodes) for b in story.beats.values()),
        "words": sum(story.words["beats"].values()),
        "load_ms": round(statistics.median(times), 1),
        "map_lint_ms": round(lint_ms, 1) if lint_ms is not None else None,
        "step_us": round(step_us, 2),
        "steps": steps,
        "save_ms": round(statistics.median(save_times), 2),
        "save_p99_ms": round(save_times[int(len(save_times) * 0.99) - 1], 2),
        "peak_mb": round(_peak_mb(), 1),
    }


def part_explore(story_dir: Path) -> dict[str, Any]:
    from .story.compiler import load_story
    from .story.explore import explore

    story, _ = load_story(story_dir)
    if story is None:
        return {"error": "the story does not load"}
    report = explore(story, max_states=EXPLORE_LIMIT)
    return {
        "explore_s": round(report.seconds, 3),
        "states": report.states,
        "complete": report.complete,
        "endings_reached": sum(1 for e in report.endings.values() if e["reachable"]),
        "explore_peak_mb": round(_peak_mb(), 1),
    }


def part_window(story_dir: Path) -> dict[str, Any]:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from .engine.window import bench_scenes

    out = bench_scenes(story_dir)
    out["window_peak_mb"] = round(_peak_mb(), 1)
    return out


PARTS = {"story": part_story, "explore": part_explore, "window": part_window}


def _run_part(name: str, story_dir: Path, timeout: float = 900) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "game.bench", name, str(story_dir)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                              cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        return {"error": f"took longer than {timeout:.0f} s"}
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": tail}
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError):
        return {"error": "no figures came back"}


def _verdict(value: float | None, goal: float) -> str:
    if value is None:
        return ""
    return "ok" if value <= goal else "OVER"


def run_bench(story_dir: Path, as_json: bool = False, window: bool = True, record: Path | None = None) -> int:
    from .story.generate import generate_story

    story_dir = Path(story_dir)
    say = (lambda *a: None) if as_json else (lambda *a: print(*a, flush=True))
    figures: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "system": platform.platform(), "cpus": os.cpu_count()},
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "goals": GOALS,
    }
    say("Measuring the shipped story…")
    shipped = _run_part("story", story_dir)
    shipped.update(_run_part("explore", story_dir))
    figures["shipped"] = shipped
    beats = shipped.get("beats") or 18
    with tempfile.TemporaryDirectory() as tmp:
        for scale in (1, 10):
            say(f"Measuring a generated story of {beats * scale} beats…")
            gen = generate_story(Path(tmp) / f"x{scale}", beats * scale)
            fig = _run_part("story", gen)
            fig.update(_run_part("explore", gen))
            figures[f"generated_x{scale}"] = fig
    if window:
        say("Measuring the window (dummy video driver, 1280×720)…")
        figures["window"] = _run_part("window", story_dir)
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        _print_table(figures)
    if record:
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        say(f"\nRecorded in {record}")
    return 0


def _print_table(f: dict[str, Any]) -> None:
    rows = [("load + validate (ms)", "load_ms"), ("map lint (ms)", "map_lint_ms"), ("runtime step (µs)", "step_us"),
            ("save with fsync (ms)", "save_ms"), ("explore (s)", "explore_s"), ("explore states", "states"),
            ("explore peak memory (MB)", "explore_peak_mb")]
    cols = [("shipped", "shipped"), ("generated ×1", "generated_x1"), ("generated ×10", "generated_x10")]
    print()
    print(f"{'':28}" + "".join(f"{c[0]:>16}" for c in cols) + f"{'goal':>10}")
    for label, key in rows:
        cells = []
        for _, col in cols:
            v = f.get(col, {}).get(key)
            cells.append(f"{'—' if v is None else v:>16}")
        goal = GOALS.get(key)
        verdict = _verdict(f.get("shipped", {}).get(key), goal) if goal else ""
        print(f"{label:28}" + "".join(cells) + f"{('≤ ' + str(goal)) if goal else '':>10} {verdict}")
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
        scenes = w.get("scenes", {})
        print(f"{'scene (update+draw, ms)':28}{'median':>10}{'p99':>10}")
        for name, s in scenes.items():
            label = f"explore ({w['explore_map']})" if name == "explore" and w.get("explore_map") else name
            print(f"{label:28}{s.get('median_ms', '—'):>10}{s.get('p99_ms', '—'):>10}  "
                  f"{_verdict(s.get('p99_ms'), GOALS['scene_p99_ms'])}")
        loads = w.get("map_load_ms") or {}
        if loads:
            slow = max(loads, key=loads.get)
            print(f"loading a map (behind a doorway's curtain): median {statistics.median(loads.values()):.0f} ms, "
                  f"slowest {slow} {loads[slow]} ms")
        startup = w.get("startup", {})
        if startup:
            print(f"start to first frame {startup.get('first_frame_s')} s; bare pygame init + set_mode "
                  f"{startup.get('bare_pygame_s')} s (goal: within 0.3 s of it)")
        if "window_peak_mb" in w:
            print(f"peak memory of the bench process (every scene built in turn): {w['window_peak_mb']} MB")


if __name__ == "__main__":
    name, story = sys.argv[1], Path(sys.argv[2])
    print(json.dumps(PARTS[name](story)))

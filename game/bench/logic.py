"""The story's figures, without a window: loading, a runtime step, a save, exploration.

Each part runs in a process of its own (see `run.py`), so its peak memory is its own.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from game.levels.lint import lint_levels
from game.story.compiler import load_story
from game.story.explore import explore
from game.story.playthrough import Player
from game.story.runtime import Runtime
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.story.story import Story

from .drive import random_answer
from .goals import EXPLORE_LIMIT
from .rss import peak_mb

LOADS = 7  # the median of this many loads
STEP_RUNS, STEP_LIMIT = 20, 20_000  # random games, answers each at most
SAVES = 40


def part_story(story_dir: Path) -> dict[str, Any]:
    load_ms, story = _load_ms(story_dir)
    if story is None:
        return {"error": "the story does not load"}
    lint_ms = _map_lint_ms(story_dir)
    step_us, steps = _step_us(story)
    saves = _save_ms(story)
    return {
        "beats": len(story.beats),
        "nodes": sum(len(b.nodes) for b in story.beats.values()),
        "words": sum(story.words["beats"].values()),
        "load_ms": round(load_ms, 1),
        "map_lint_ms": round(lint_ms, 1),
        "step_us": round(step_us, 2),
        "steps": steps,
        "save_ms": round(statistics.median(saves), 2),
        "save_p99_ms": round(saves[int(len(saves) * 0.99) - 1], 2),
        "peak_mb": peak_mb(),
    }


def part_explore(story_dir: Path) -> dict[str, Any]:
    story, _ = load_story(story_dir)
    if story is None:
        return {"error": "the story does not load"}
    report = explore(story, max_states=EXPLORE_LIMIT)
    return {
        "explore_s": round(report.seconds, 3),
        "states": report.states,
        "complete": report.complete,
        "endings_reached": sum(1 for e in report.endings.values() if e["reachable"]),
        "explore_peak_mb": peak_mb(),
    }


def _load_ms(story_dir: Path) -> tuple[float, Story | None]:
    """Loading and validating the whole story: the median time, and the story."""
    times = []
    story = None
    for _ in range(LOADS):
        t = time.perf_counter()
        story, _diags = load_story(story_dir)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), story


def _map_lint_ms(story_dir: Path) -> float:
    """Linting every map beside the story."""
    t = time.perf_counter()
    lint_levels(story_dir.resolve().parent / "levels")
    return (time.perf_counter() - t) * 1000


def _step_us(story: Story) -> tuple[float, int]:
    """Every answer a front end gives (go on, choose, delete, play, reboot), at random: the mean
    time of one, and how many were timed."""
    rng = random.Random(1)
    steps = 0
    t = time.perf_counter()
    for seed in range(STEP_RUNS):
        rt = Runtime(story, seed=seed)
        for _ in range(STEP_LIMIT):
            if rt.finished:
                break
            rt.answer(random_answer(rt.event, rng))
            steps += 1
    return (time.perf_counter() - t) / max(1, steps) * 1e6, steps


def _save_ms(story: Story) -> list[float]:
    """Saves with fsync at the first decision of a game, sorted (ms each)."""
    times = []
    with tempfile.TemporaryDirectory() as d:
        session = PlaySession.new(story, SaveStore(Path(d)), seed=3)
        Player(session).run_on()
        for i in range(SAVES):
            t = time.perf_counter()
            session.save(f"slot{i % 4}")
            times.append((time.perf_counter() - t) * 1000)
    return sorted(times)

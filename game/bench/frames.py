"""`main.py bench`'s window figures: each scene's update+draw time, loading maps, and start-up.

Every scene is set up on a real story at the event it presents, then run for `frames` frames at
1280×720 on SDL's dummy driver (the CPU only), one fixed update and one draw per frame.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pygame

from game.engine.assets import Assets
from game.engine.tilemap import MapError, TileMap
from game.engine.timestep import STEP
from game.engine.window import App, build
from game.scenes.flow import Flow
from game.scenes.loading import load_story
from game.story.story import Story

from . import startup
from .rss import peak_mb
from .scenes import SCENES, Poke, Unavailable

SIZE = startup.SIZE
SETTLE = 30  # frames run before measuring: fades, caches, first layout


def run_window(story_dir: Path, frames: int = 600, only: tuple[str, ...] | None = None) -> dict[str, Any]:
    """Start-up, then every scene of SCENES (or those named in `only`) on `story_dir`'s story, then
    loading each map (when every scene is run)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    story_dir = Path(story_dir)
    with tempfile.TemporaryDirectory(prefix="nextgen-bench-") as tmp:
        out: dict[str, Any] = {"frames": frames, "size": list(SIZE), "scenes": {}}
        if only is None:
            out["startup"] = startup.in_process(story_dir, Path(tmp))
        story, _diags = load_story(story_dir)
        if story is None:
            out["error"] = "the story does not load; run `python main.py validate`"
            return out
        for name, setup in SCENES.items():
            if only is None or name in only:
                out["scenes"][name] = _scene(story_dir, story, Path(tmp), setup, frames, out)
    if only is None:
        out["map_load_ms"] = map_loads(story_dir)
    out["worst_p99_ms"] = max((v["p99_ms"] for v in out["scenes"].values() if "p99_ms" in v), default=0.0)
    return out


def _scene(story_dir: Path, story: Story, tmp: Path, setup: Callable[..., Poke | None], frames: int,
           out: dict[str, Any]) -> dict[str, Any]:
    """One scene's figures, in a window of its own; `setup` may note things in `out`."""
    app, ctx = build(story_dir, tmp, 0, SIZE, fixed=True, settings_dir=tmp, sound=False)
    ctx.story = story
    flow = Flow(ctx, tmp / "saves")
    try:
        poke = setup(ctx, flow, out)
    except Unavailable as exc:
        pygame.quit()
        return {"skipped": str(exc)}
    for _ in range(SETTLE):
        app.update(STEP)
        app.draw()
    figures = measure(app, frames, poke)
    pygame.quit()
    return figures


def measure(app: App, frames: int, poke: Poke | None = None) -> dict[str, float]:
    """Update+draw+flip times over `frames` frames (ms); `poke(i)` runs before frame i, untimed."""
    times = []
    for i in range(frames):
        if poke:
            poke(i)
        t = time.perf_counter()
        app.update(STEP)
        app.draw()
        pygame.display.flip()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 3),
            "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 3),
            "max_ms": round(times[-1], 3)}


def map_loads(story_dir: Path) -> dict[str, float]:
    """How long each map takes to load (pytmx + pyscroll): the pause behind a doorway's curtain."""
    pygame.display.init()
    pygame.display.set_mode(SIZE)
    assets = Assets(levels=Path(story_dir).resolve().parent / "levels")
    out: dict[str, float] = {}
    for path in sorted(assets.folders["levels"].glob("*.tmx")):
        t = time.perf_counter()
        try:
            TileMap(assets, path.stem)
        except MapError:
            continue
        out[path.stem] = round((time.perf_counter() - t) * 1000, 1)
    pygame.quit()
    return out


def part_window(story_dir: Path) -> dict[str, Any]:
    """The window's start-up and map loads, and the names of the scenes to measure one by one."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    with tempfile.TemporaryDirectory(prefix="nextgen-bench-") as tmp:
        begun = startup.in_process(Path(story_dir), Path(tmp))
    return {"startup": begun, "map_load_ms": map_loads(story_dir), "scene_names": list(SCENES)}


def part_scene(story_dir: Path, name: str) -> dict[str, Any]:
    """One scene's figures in a process of its own, with the process's peak memory: what a game
    showing that scene holds (the story, the window, the scene's map, pictures and fonts)."""
    out = run_window(story_dir, only=(name,))
    if "error" in out:  # the story does not load: no scene of it can be measured
        return {"error": out["error"], "peak_mb": peak_mb()}
    figures = out["scenes"].get(name, {"skipped": "no such scene"})
    figures["peak_mb"] = peak_mb()
    if "explore_map" in out:
        figures["explore_map"] = out["explore_map"]
    return figures

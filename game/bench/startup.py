"""Start-up: how long until the title's first frame, beside bare pygame opening a window.

Two figures. `startup` is measured inside one process, from nothing to the first frame drawn,
beside bare pygame's own init + set_mode + flip in the same process: what the game itself costs
once Python is running. `startup_process` is the whole process, from its launch to the first
frame, beside a bare `python -c "import pygame; ..."` process launched in the same run: what a
player waits for, imports included. Both follow the window's way in: the title at once, the
story loading behind it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pygame

from game.app import game_flow
from game.engine.context import Context
from game.engine.fade import fade_in
from game.engine.window import App, build
from game.scenes.loading import StoryLoader
from game.scenes.title import TitleScene

SIZE = (1280, 720)
ROOT = Path(__file__).resolve().parent.parent.parent
PROCESS_RUNS = 3  # each kind of process is launched this many times, alternately; the median counts

# the child processes print the wall-clock time of their first flip, read against their launch
BARE = ("import time, pygame; pygame.init(); pygame.display.set_mode(({w}, {h})); pygame.display.flip(); "
        "print(time.time())")
# the way in of `open_title`, written out so the process imports what a player's does and no more
GAME = """
import sys, time
from pathlib import Path
import game.cli
from game.app import game_flow
from game.engine.fade import fade_in
from game.engine.window import build
from game.scenes.loading import StoryLoader
from game.scenes.title import TitleScene
story, saves = Path(sys.argv[1]), Path(sys.argv[2])
app, ctx = build(story, saves, 0, ({w}, {h}), fixed=True, settings_dir=saves, sound=False)
ctx.loader = StoryLoader(ctx.story_dir, lambda: game_flow(saves / "saves"))
ctx.scenes.push(TitleScene(ctx))
fade_in(ctx, 0.6)
app.frame(fixed=True)
print(time.time(), flush=True)
"""


def open_title(story_dir: Path, save_dir: Path) -> tuple[App, Context]:
    """The window as a player opens it (`game.app.play`): the title at once, the story loading
    behind it."""
    app, ctx = build(story_dir, save_dir, 0, SIZE, fixed=True, settings_dir=save_dir, sound=False)
    ctx.loader = StoryLoader(ctx.story_dir, lambda: game_flow(save_dir / "saves"))
    ctx.scenes.push(TitleScene(ctx))
    fade_in(ctx, 0.6)
    return app, ctx


def bare_pygame() -> float:
    """Seconds for pygame's own display init, set_mode and first flip, in this process."""
    t = time.perf_counter()
    pygame.display.init()
    pygame.display.set_mode(SIZE)
    pygame.display.flip()
    dt = time.perf_counter() - t
    pygame.quit()
    return dt


def in_process(story_dir: Path, save_dir: Path) -> dict[str, float]:
    """From nothing to the title's first frame, beside bare pygame (the better of two, one each side)."""
    bare = [bare_pygame()]
    t = time.perf_counter()
    app, ctx = open_title(story_dir, save_dir)
    app.frame(fixed=True)
    first = time.perf_counter() - t
    if ctx.loader is not None:
        ctx.loader.thread.join()
    pygame.quit()
    bare.append(bare_pygame())
    return {"first_frame_s": round(first, 4), "bare_pygame_s": round(min(bare), 4),
            "overhead_s": round(first - min(bare), 4)}


def whole_process(story_dir: Path, runs: int = PROCESS_RUNS) -> dict[str, Any]:
    """From a process's launch to its first frame: the game's title, and bare pygame."""
    env = {**os.environ, "SDL_VIDEODRIVER": os.environ.get("SDL_VIDEODRIVER", "dummy"),
           "SDL_AUDIODRIVER": os.environ.get("SDL_AUDIODRIVER", "dummy"), "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    bare_code, game_code = BARE.format(w=SIZE[0], h=SIZE[1]), GAME.format(w=SIZE[0], h=SIZE[1])
    bare, game = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            bare.append(_first_frame([sys.executable, "-c", bare_code], env))
            game.append(_first_frame([sys.executable, "-c", game_code, str(Path(story_dir).resolve()), tmp], env))
    if None in bare or None in game:
        return {"error": "a start-up process did not draw its first frame"}
    first, plain = statistics.median(game), statistics.median(bare)
    return {"first_frame_s": round(first, 4), "bare_pygame_s": round(plain, 4),
            "overhead_s": round(first - plain, 4), "runs": runs}


def _first_frame(cmd: list[str], env: dict[str, str], timeout: float = 60) -> float | None:
    """Seconds from launching `cmd` to the first frame it reports; None if it reports none."""
    t0 = time.time()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    try:
        return float(proc.stdout.strip().splitlines()[-1]) - t0
    except (ValueError, IndexError):
        return None

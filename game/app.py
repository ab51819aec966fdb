"""The game in a window, assembled: the engine's window and loop, the scenes, and the way between
them (`Flow`). This sits above both `game/engine` and `game/scenes`, so neither needs the other's
top: the engine knows nothing of scenes, and the scenes reach the title and the game through
`ctx.flow`.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
import pygame

from . import logfile
from .engine.context import Context
from .engine.fade import fade_in
from .engine.toasts import ToastHandler
from .engine.window import SHOT_SIZE, NoDisplay, build
from .scenes.loading import StoryLoader
from .scenes.title import TitleScene

if TYPE_CHECKING:
    from .scenes.flow import Flow

__all__ = ["NoDisplay", "play", "report_crash", "show_stand_ins"]

STAND_INS = "game.engine.assets"  # where the stand-ins for missing files are noted


def play(story_dir: Path, save_dir: Path | None = None, beat: str | None = None, seed: int = 0,
         frames: int | None = None, screenshot: Path | None = None, record: Path | None = None,
         dev: bool = False, blank: bool = False, via: dict | None = None) -> int:
    """Play in a window. Returns an exit code; raises NoDisplay if no window can be opened. With
    `dev`, the stand-ins used for missing pictures and sounds are shown as toasts, as they are logged."""
    headless = frames is not None
    settings_dir = Path(save_dir) if save_dir is not None else None
    logfile.start(settings_dir)
    app, ctx = build(Path(story_dir), save_dir, seed, SHOT_SIZE if headless else None, fixed=headless,
                     settings_dir=settings_dir, sound=not headless or os.environ.get("SDL_AUDIODRIVER") != "dummy")
    if dev:
        show_stand_ins(ctx)
    saves = Path(save_dir) / "saves" if save_dir is not None else None  # as the terminal game keeps them
    if headless or beat is not None:
        flow = game_flow(saves, record)(ctx)
        flow.blank, flow.via = blank, via  # how a warp to `beat` arrives there
        code = flow.boot(beat)
    else:  # the title at once; the story and the game's scenes load behind it
        ctx.loader = StoryLoader(ctx.story_dir, lambda: game_flow(saves, record))
        ctx.scenes.push(TitleScene(ctx))
        fade_in(ctx, 0.6)
        code = 0
    try:
        app.run(frames)
        code = code or ctx.status
        if screenshot is not None:
            app.screenshot(Path(screenshot))
    except Exception as exc:  # noqa: BLE001 - the player gets a sentence and a log file, not a traceback
        code = report_crash(exc, save_dir)
    finally:
        if not headless and ctx.flow is not None:
            ctx.flow.leave()  # save on quit, by the session's policy
        elif ctx.session is not None:
            ctx.session.write_record()  # a headless run leaves the saves alone, but keeps its replay
        pygame.quit()
        logging.getLogger(STAND_INS).handlers.clear()  # the toasts went with the window
        logfile.stop()
    return code


def show_stand_ins(ctx: Context) -> None:
    """For a designer: each stand-in picture or sound the game uses, as a toast when it is first used."""
    logger = logging.getLogger(STAND_INS)
    logger.handlers.clear()
    logger.addHandler(ToastHandler(ctx))
    logger.setLevel(logging.INFO)
    for name in sorted(ctx.assets.missing):  # noted before the window was up
        ctx.toast(f"{name}: using a stand-in")


def game_flow(saves: Path | None, record: Path | None = None) -> Callable[[Context], Flow]:
    """What sets up the way between the title and the game, with saves in `saves` (and games
    recorded to `record`)."""
    # the game's scenes bring the maps (pytmx, pyscroll) and the save model (pydantic): the window
    # imports them on the loader's thread behind the title, so its first frame does not wait for them
    from .scenes.flow import Flow

    return lambda ctx: Flow(ctx, saves, record)


def report_crash(exc: BaseException, save_dir: Path | None) -> int:
    """Write the traceback to crash.log beside the saves and say where, in one line."""
    folder = Path(save_dir) if save_dir is not None else Path(
        platformdirs.user_log_dir("nextgen-memory-core", appauthor=False))
    path = folder / "crash.log"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
        where = f" Details are in {path}."
    except OSError:
        where = ""
    print(f"The game stopped because of an error: {exc}.{where} Your last autosave is safe.", file=sys.stderr)
    return 3

"""Starting, continuing, loading and saving a game: the glue between the menus and the runtime.

Everything here reports problems as short messages for the player (a toast or the title screen);
nothing raises into the loop.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from game.story.runtime import Runtime
from game.story.saves import SaveError, SaveStore

if TYPE_CHECKING:
    from game.engine.context import Context

SLOTS = ("slot1", "slot2", "slot3", "slot4", "slot5", "slot6")


def load_story(story_dir: Path):
    try:
        from game.story.loader import load_story as load
    except ImportError:
        from game.story.compiler import load_story as load
    return load(story_dir)


class StoryLoader:
    """Loads the story on a worker thread, so the title is on screen at once (loading takes longer
    than opening the window). The main thread polls `done` each frame; nothing else is shared."""

    def __init__(self, story_dir: Path) -> None:
        self.result: tuple | None = None
        self.thread = threading.Thread(target=self._run, args=(story_dir,), name="story-loader", daemon=True)
        self.thread.start()

    def _run(self, story_dir: Path) -> None:
        try:
            self.result = load_story(story_dir)
        except Exception as exc:  # a bug in loading must reach the title screen, not kill a thread silently
            self.result = (None, [f"the story could not be loaded: {exc}"])

    @property
    def done(self) -> bool:
        return self.result is not None


def poll(ctx: Context) -> bool:
    """Take the story from the loader once it is ready; True when that just happened."""
    loader = ctx.loader
    if loader is None or not loader.done:
        return False
    ctx.loader = None
    story, diags = loader.result
    ctx.status = _accept(ctx, story, diags)
    return True


def _accept(ctx: Context, story, diags) -> int:
    errors = [d for d in diags if getattr(d, "severity", "error") == "error"]
    if story is None or errors:
        ctx.problems.append(f"The story has {len(errors) or 1} problem(s); run `python main.py validate`.")
        ctx.problems.extend(str(d) for d in (errors or diags)[:4])
        return 1
    ctx.story = story
    return 0


def boot(ctx: Context, save_dir: Path | None, beat: str | None, background: bool = False) -> int:
    """Load the story and put the first scene on the stack. Returns the exit code to report.

    With `background`, the title comes up at once and the story loads behind it.
    """
    from game.engine.fade import fade_in

    from .title import TitleScene

    ctx.saves = SaveStore(save_dir)
    if background and beat is None:
        ctx.loader = StoryLoader(ctx.story_dir)
        ctx.scenes.push(TitleScene(ctx))
        fade_in(ctx, 0.6)
        return 0
    story, diags = load_story(ctx.story_dir)
    if _accept(ctx, story, diags):
        ctx.scenes.push(TitleScene(ctx))
        return 1
    if beat is not None:
        if beat not in story.beats:
            ctx.problems.append(f"There is no beat '{beat}' in the story.")
            ctx.scenes.push(TitleScene(ctx))
            return 2
        new_game(ctx, beat, fade=False)
        return 0
    ctx.scenes.push(TitleScene(ctx))
    fade_in(ctx, 0.6)
    return 0


def _start(ctx: Context, fade: bool = True) -> None:
    from game.engine.fade import Fade

    from .play import PlayScene

    ctx.history.clear()
    ctx.input.release_all()
    scene = PlayScene(ctx)
    if fade:
        def swap() -> None:
            ctx.scenes.reset(scene)
            ctx.scenes.push(Fade(ctx, None, 0.0, 0.5, 0.0))

        ctx.scenes.push(Fade(ctx, swap, 0.4, 0.0, 0.0))
    else:
        ctx.scenes.reset(scene)


def new_game(ctx: Context, beat: str | None = None, fade: bool = True) -> None:
    ctx.runtime = Runtime(ctx.story, seed=ctx.seed, beat=beat)
    _start(ctx, fade)


def load_slot(ctx: Context, slot: str) -> str | None:
    """Resume from a save; returns a message if it could not be loaded (nothing else changes)."""
    if ctx.story is None or ctx.saves is None:
        return "There is no story to load into."
    try:
        rt, notice = ctx.saves.load(slot, ctx.story)
    except SaveError as exc:
        return str(exc)
    ctx.runtime = rt
    _start(ctx)
    if notice:
        ctx.toast(notice)
    return None


def continue_game(ctx: Context) -> str | None:
    newest = ctx.saves.newest() if ctx.saves is not None else None
    if newest is None:
        return "There is no save to continue."
    return load_slot(ctx, newest.slot)


def save_slot(ctx: Context, slot: str, thumbnail: bytes | None = None) -> str | None:
    if ctx.runtime is None or ctx.saves is None:
        return "Nothing to save."
    try:
        ctx.saves.save(slot, ctx.runtime, thumbnail)
    except SaveError as exc:
        return str(exc)
    return None


def retire_autosave(ctx: Context) -> None:
    """After the last ending: nothing to continue, so the title offers a new game."""
    if ctx.saves is None:
        return
    try:
        ctx.saves.retire()
    except SaveError as exc:
        ctx.toast(str(exc))


def autosave(ctx: Context, quiet: bool = False) -> None:
    if ctx.runtime is None or ctx.saves is None or ctx.runtime.finished:
        return
    try:
        ctx.saves.autosave(ctx.runtime)
    except (SaveError, OSError) as exc:
        if not quiet:
            ctx.toast(f"Autosave failed: {exc}")


def to_title(ctx: Context) -> None:
    """Fade out of the game and back to the title screen."""
    from game.engine.fade import Fade

    from .title import TitleScene

    def swap() -> None:
        ctx.runtime = None
        ctx.scenes.reset(TitleScene(ctx))
        ctx.scenes.push(Fade(ctx, None, 0.0, 0.5, 0.0))

    ctx.scenes.push(Fade(ctx, swap, 0.4, 0.0, 0.0))

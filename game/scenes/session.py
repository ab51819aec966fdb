"""Starting, continuing, loading and saving a game: the glue between the menus and the runtime.

Everything here reports problems as short messages for the player (a toast or the title screen);
nothing raises into the loop.
"""

from __future__ import annotations

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


def boot(ctx: Context, save_dir: Path | None, beat: str | None) -> int:
    """Load the story and put the first scene on the stack. Returns the exit code to report."""
    from game.engine.fade import fade_in

    from .title import TitleScene

    ctx.saves = SaveStore(save_dir)
    story, diags = load_story(ctx.story_dir)
    errors = [d for d in diags if getattr(d, "severity", "error") == "error"]
    if story is None or errors:
        ctx.problems.append(f"The story has {len(errors) or 1} problem(s); run `python main.py validate`.")
        ctx.problems.extend(str(d) for d in (errors or diags)[:4])
        ctx.scenes.push(TitleScene(ctx))
        return 1
    ctx.story = story
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

"""The story and the game's scenes, loaded behind the title: the window is on screen at once, and
the compiler, the maps, pydantic and the YAML loader are imported on a worker thread instead of
before the first frame."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from game.engine.context import Context


def load_story(story_dir: Path):
    # the compiler brings pydantic and the YAML loader: imported when the story is read, which the
    # window does behind its title, so the first frame does not wait for them
    from game.story.compiler import load_story as load

    return load(story_dir)


class StoryLoader:
    """Loads the story on a worker thread, so the title is on screen at once (loading takes longer
    than opening the window). The main thread polls `done` each frame; nothing else is shared."""

    def __init__(self, story_dir: Path, prepare: Callable[[], Callable[[Context], Any]] | None = None) -> None:
        """`prepare` is run on the thread too, after the story: it imports what the game needs and
        returns what sets the game up on the context once the title takes the story (`poll`)."""
        self.result: tuple | None = None
        self.enter: Callable[[Context], Any] | None = None
        self.thread = threading.Thread(target=self._run, args=(story_dir, prepare), name="story-loader",
                                       daemon=True)
        self.thread.start()

    def _run(self, story_dir: Path, prepare: Callable[[], Callable[[Context], Any]] | None) -> None:
        try:
            result = load_story(story_dir)
            self.enter = prepare() if prepare is not None else None
        except Exception as exc:  # a bug in loading must reach the title screen, not kill a thread silently
            result = (None, [f"the story could not be loaded: {exc}"])
        self.result = result

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
    ctx.status = accept(ctx, story, diags)
    if loader.enter is not None:
        loader.enter(ctx)
    return True


def accept(ctx: Context, story, diags) -> int:
    errors = [d for d in diags if getattr(d, "severity", "error") == "error"]
    if story is None or errors:
        ctx.problems.append(f"The story has {len(errors) or 1} problem(s); run `python main.py validate`.")
        ctx.problems.extend(str(d) for d in (errors or diags)[:4])
        return 1
    ctx.story = story
    return 0

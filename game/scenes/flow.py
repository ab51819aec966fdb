"""The way through the game's screens: from the title into a game, from a save back into it, and
out again. Menus reach it as `ctx.flow`, so a menu never imports the screens it leads to (the
title leads into the game, and the game leads back to the title).

Each way in makes a `PlaySession` (which owns the save policy) and puts the director
(`PlayScene`) on the stack with the session's first event. Problems come back as one sentence for
the player (a toast or the title screen); nothing raises into the loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.engine.fade import Fade, fade_in
from game.story.saves import SaveError, SaveStore
from game.story.session import PlaySession
from game.story.watch import Watch

from .loading import accept, load_story
from .play import PlayScene
from .title import SETTLE, TitleScene

if TYPE_CHECKING:
    from game.engine.context import Context

SLOTS = ("slot1", "slot2", "slot3", "slot4", "slot5", "slot6")


class Flow:
    """Starts, resumes, saves and leaves games for the menus; one per window, as `ctx.flow`."""

    def __init__(self, ctx: Context, save_dir: Path | None = None, record: Path | None = None) -> None:
        """The way in and out of games for this window, with saves in `save_dir` (None: the
        player's data folder); with `record`, each game played is recorded there for a replay."""
        self.ctx = ctx
        self.record = record
        ctx.flow = self
        ctx.saves = SaveStore(save_dir)
        self.watch = Watch([ctx.story_dir, ctx.assets.folders["levels"]])
        self.since_look = 0.0

    def boot(self, beat: str | None) -> int:
        """Load the story now and put the first scene on the stack (the title, or the game at
        `beat`). Returns the exit code to report. The window a player opens does not wait for
        this: it shows the title first and loads behind it (`game.app`)."""
        ctx = self.ctx
        story, diags = load_story(ctx.story_dir)
        if accept(ctx, story, diags):
            ctx.scenes.push(TitleScene(ctx))
            return 1
        if beat is not None:
            if beat not in story.beats:
                ctx.problems.append(f"There is no beat '{beat}' in the story.")
                ctx.scenes.push(TitleScene(ctx))
                return 2
            self.new_game(beat, fade=False)
            return 0
        ctx.scenes.push(TitleScene(ctx))
        fade_in(ctx, 0.6)
        return 0

    def start(self, session: PlaySession, fade: bool = True) -> None:
        """Play `session`: its director takes the stack, with its notices as toasts."""
        ctx = self.ctx
        if self.record is not None:
            session.record_to(self.record)
        ctx.session = session
        ctx.input.release_all()
        scene = PlayScene(ctx, session.beat, session.event)
        for notice in session.take_notices():
            ctx.toast(notice)
        if not fade:
            ctx.scenes.reset(scene)
            return

        def swap() -> None:
            ctx.scenes.reset(scene)
            ctx.scenes.push(Fade(ctx, None, 0.0, 0.5, 0.0))

        ctx.scenes.push(Fade(ctx, swap, 0.4, 0.0, 0.0))

    def watch_story(self, dt: float) -> None:
        """Every half second, look whether a designer saved a story file or a map; if so, play on in
        the new story from the same place (the same node if it is still there), or keep the last good
        story and say what is wrong with the new one."""
        self.since_look += dt
        if self.since_look < 0.5:
            return
        self.since_look = 0.0
        ctx = self.ctx
        if ctx.session is None or not self.watch.changed():
            return
        story, diags = load_story(ctx.story_dir)
        errors = [d for d in diags if getattr(d, "severity", "error") == "error"]
        if story is None or errors:
            ctx.toast(f"The story has {len(errors) or 1} problem(s); still playing the last good one.")
            for d in (errors or diags)[:3]:
                ctx.toast(str(d))
            return
        try:
            notice = ctx.session.reload(story)
        except SaveError as exc:
            ctx.toast(f"Not reloaded: {exc}")
            return
        ctx.story = story
        ctx.assets.clear()  # maps and pictures are read again from their files
        self.start(ctx.session, fade=False)
        ctx.toast(notice)

    def new_game(self, beat: str | None = None, fade: bool = True) -> None:
        ctx = self.ctx
        self.start(PlaySession.new(ctx.story, ctx.saves, seed=ctx.seed, beat=beat), fade)

    def load_slot(self, slot: str) -> str | None:
        """Resume from a save; a message if it could not be loaded (nothing else changes)."""
        ctx = self.ctx
        if ctx.story is None or ctx.saves is None:
            return "There is no story to load into."
        try:
            session = PlaySession.load(ctx.story, ctx.saves, slot)
        except SaveError as exc:
            return str(exc)
        self.start(session)
        return None

    def continue_game(self) -> str | None:
        ctx = self.ctx
        if ctx.story is None or ctx.saves is None:
            return "There is no save to continue."
        try:
            session = PlaySession.resume(ctx.story, ctx.saves)
        except SaveError as exc:
            return str(exc)
        if session is None:
            return "There is no save to continue."
        self.start(session)
        return None

    def save_slot(self, slot: str, thumbnail: bytes | None = None) -> str | None:
        session = self.ctx.session
        if session is None:
            return "Nothing to save."
        try:
            session.save(slot, thumbnail)
        except SaveError as exc:
            return str(exc)
        return None

    def leave(self) -> None:
        """The player leaves the game (to the title, or quitting): the session keeps their place,
        once (leaving twice must not save twice, or the backup would become a copy of the save)."""
        ctx = self.ctx
        session, ctx.session = ctx.session, None
        if session is not None:
            session.close()
            for notice in session.take_notices():
                ctx.toast(notice)

    def to_title(self) -> None:
        """Fade out of the game and back to the title screen (after the credits, a title that
        ignores input for a moment, so a key held or mashed through them does not start a game)."""
        ctx = self.ctx

        def swap() -> None:
            over = ctx.session is not None and ctx.session.finished
            ctx.session = None
            ctx.scenes.reset(TitleScene(ctx, SETTLE if over else 0.0))
            ctx.scenes.push(Fade(ctx, None, 0.0, 0.5, 0.0))

        ctx.scenes.push(Fade(ctx, swap, 0.4, 0.0, 0.0))

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
from game.engine.sweep import sweep
from game.story.saves import SaveError, SaveStore, write_atomic
from game.story.session import PlaySession
from game.story.warp import begin_at
from game.story.watch import Watch

from .loading import accept, load_story
from .play import PlayScene
from .title import SETTLE, TitleScene

if TYPE_CHECKING:
    from game.engine.context import Context

QUICK = "quick"  # the slot of the quick save and quick load keys


class Flow:
    """Starts, resumes, saves and leaves games for the menus; one per window, as `ctx.flow`."""

    def __init__(self, ctx: Context, save_dir: Path | None = None, record: Path | None = None) -> None:
        """The way in and out of games for this window, with saves in `save_dir` (None: the
        player's data folder); with `record`, each game played is recorded there for a replay."""
        self.ctx = ctx
        self.record = record
        self.blank = False  # a warp to a beat starts from an empty game
        self.via: dict | None = None  # a playthrough script a warp follows
        ctx.flow = self
        ctx.saves = SaveStore(save_dir)
        self.watch = Watch([ctx.story_dir, ctx.assets.folders["levels"]])
        self.since_look = 0.0
        ctx.shortcuts.update(quicksave=self.quick_save, quickload=self.quick_load)

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
            sweep()  # the game that was playing, freed now rather than mid-scene
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
        """A new game; at `beat` (the designer's warp), with the state of a player arriving there,
        unless `self.blank` asks for an empty one, or along `self.via` (a playthrough script)."""
        ctx = self.ctx
        if beat is None:
            self.start(PlaySession.new(ctx.story, ctx.saves, seed=ctx.seed), fade)
        else:
            self.start(begin_at(ctx.story, ctx.saves, beat, ctx.seed, self.blank, self.via), fade)

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
        if session.store is None:
            return "A chapter played as practice is not saved."
        try:
            session.save(slot, thumbnail)
        except SaveError as exc:
            return str(exc)
        return None

    def playing(self) -> bool:
        """A game is on screen with nothing over it that waits for the player (a menu, a question, a
        fade): the quick keys act."""
        top = self.ctx.scenes.top
        return (self.ctx.session is not None and top is not None and not top.holds_world
                and top.name not in ("fade", "prompt"))

    def quick_save(self) -> bool:
        """Save to the quick slot at once, with the picture on screen; a toast says how it went."""
        ctx = self.ctx
        if not self.playing():
            return False
        problem = self.save_slot(QUICK, ctx.app.thumbnail() if ctx.app is not None else None)
        ctx.audio.play("error" if problem else "confirm")
        ctx.toast(problem or "Quick saved.")
        return True

    def quick_load(self) -> bool:
        """Load the quick save without asking (in a game, or on the title), saying what was loaded."""
        ctx = self.ctx
        top = ctx.scenes.top
        on_title = isinstance(top, TitleScene) and ctx.story is not None
        if not (self.playing() or on_title) or ctx.saves is None:
            return False
        info = next((i for i in ctx.saves.slots() if i.slot == QUICK), None)
        problem = "There is no quick save yet." if info is None else self.load_slot(QUICK)
        ctx.audio.play("error" if problem else "confirm")
        ctx.toast(problem or f"Loaded the quick save: {info.beat_title or info.beat}, {info.when}.")
        return True

    def autosave_thumbnail(self, png: bytes) -> None:
        """The picture of the beat's start, beside the autosave made there (the autosave itself
        is written by the session, before anything is drawn)."""
        ctx = self.ctx
        if ctx.saves is None or (ctx.session is not None and ctx.session.store is None):
            return  # a game that saves nothing (a chapter practised) has no autosave to go with
        try:
            path = ctx.saves.path("autosave")
            if path.exists():
                write_atomic(path.with_suffix(".png"), png, keep_backup=False)
        except (SaveError, OSError) as exc:
            ctx.toast(f"The autosave's picture could not be written: {getattr(exc, 'strerror', None) or exc}")

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

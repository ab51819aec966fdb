"""The game in progress: one PlayScene per beat, the director of the play session.

The director is the only scene that answers the session. It is created with the beat's first event
and shows the beat's place (the stage). For each event the session hands it, it pushes the scene
that presents it — a dialogue box for a line or a choice, the memory review, the action set-piece,
the reboot, the ending — created with that event; the presenter ends with `dismiss(answer)`, and
the director hands the answer to the session and presents what comes next. On an explore choice
over a walkable map the director presents it itself: the player walks Mai to a spot. A presenter may
end with a `Step` instead (the rewind keys, the mouse wheel): the director rewinds the session, or
goes forward again, and presents the event found there, on the stage of its beat.

    key press → DialogueScene.pick → dismiss(Choose(i)) → PlayScene.answered → PlaySession.answer
              → Runtime.answer, then the session's policy (autosave at a beat start) → SaveStore.save
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.fade import fade_to
from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.section import Section
from game.engine.theme import PALETTE, SMALL, TITLE
from game.story import answers as an
from game.story import events as ev
from game.story.runtime import RuntimeError_, WrongAnswer

from .action import ActionScene
from .aftermath import Then
from .dialogue import DialogueScene, Pace, Step, step_asked
from .ending import EndingScene, RebootScene
from .gameover import GameOverScene
from .looks import portrait_of
from .meter import CoreMeter, Fill
from .overlays import open_history, open_pause
from .review import ReviewScene
from .review_alone import hold_where_he_is
from .score import Score
from .stage import Stage
from .staging import catch_up, direct, present_stage
from .tips import offer as offer_tip

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context


class Hud(Section):
    """Where we are, the core at a glance, and what to press."""

    def __init__(self, ctx: Context, place: str) -> None:
        super().__init__((0, 0, 640, 360))
        self.ctx = ctx
        self.place = place
        self.meter = CoreMeter(ctx.assets, (0, 7), cell=8, gap=1)
        self.hint = ""
        self.extra: list[str] = []  # explore options with no spot on the map
        self.bond: int | None = None  # told by the director with each event (None: no game yet)

    def show_core(self, fill: Fill, bond: int) -> None:
        """The core as it stands now (the director tells the HUD after each answer)."""
        self.meter.set(fill)
        self.meter.rect.right = 632
        self.bond = bond

    def shade(self, width: int) -> pygame.Surface:
        if getattr(self, "_shade", None) is None:
            s = pygame.Surface((width, 22), pygame.SRCALPHA)
            s.fill((*PALETTE["ink"], 170))
            self._shade = s
        return self._shade

    def update(self, dt: float) -> None:
        self.meter.update(dt)

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        surf = canvas.surface
        shade = self.shade(surf.get_width())
        surf.blit(shade, (0, 0))  # a dark band keeps the HUD readable over a bright floor
        if self.place:
            canvas.text(self.place, (10, 6), SMALL, theme.text)
        self.meter.draw(canvas)
        if self.bond is not None:
            canvas.text(f"bond {self.bond}", (self.meter.rect.left - 8, 5), SMALL, PALETTE["holo"],
                        anchor="topright")
        if self.hint:
            surf.blit(shade, (0, 360 - shade.get_height()))
            canvas.text(self.hint, (630, 354), SMALL, theme.text, anchor="bottomright")
        if self.extra:
            y = 30
            canvas.text(f"[{self.ctx.input.describe('skip')}] elsewhere:", (630, y), SMALL, theme.accent,
                        anchor="topright")
            for label in self.extra:
                y += 13
                canvas.text(label, (630, y), SMALL, theme.text, anchor="topright")


class BeatCard(Scene):
    """The beat's number, title and place across the middle of the screen; confirm skips."""

    opaque = False
    dim = 90
    name = "beat_card"
    LENGTH = 2.4

    def __init__(self, ctx: Context, start: ev.BeatStart, first: ev.Event | None = None, pace: Pace | None = None) -> None:
        super().__init__(ctx)
        self.start = start  # the beat this scene stages
        self.pace = pace or Pace()

    @property
    def rect(self) -> pygame.Rect:
        return pygame.Rect(0, 130, 640, 100)

    def handle(self, ev_: InputEvent) -> None:
        by = step_asked(self.ctx, ev_)
        if by:
            self.dismiss(Step(by))
        elif ev_.pressed and ev_.action in ("confirm", "back"):
            self.dismiss(an.ADVANCE)

    def update(self, dt: float) -> None:
        self.time += dt
        if self.time >= (0.4 if self.pace.skipping else self.LENGTH):
            self.dismiss(an.ADVANCE)

    def draw(self, canvas: Canvas) -> None:
        r = self.rect
        surf = canvas.surface
        k = min(1.0, self.time / 0.35, (self.LENGTH - self.time) / 0.35)
        band = pygame.Surface(r.size, pygame.SRCALPHA)
        band.fill((*PALETTE["ink"], int(225 * max(0.0, k))))
        surf.blit(band, r)
        w = int(560 * max(0.0, k))
        pygame.draw.line(surf, PALETTE["neon_pink"], (320 - w // 2, r.y + 8), (320 + w // 2, r.y + 8))
        pygame.draw.line(surf, PALETTE["neon_cyan"], (320 - w // 2, r.bottom - 9), (320 + w // 2, r.bottom - 9))
        if k > 0.3:
            theme = self.ctx.theme
            s = self.start
            canvas.text(f"BEAT {s.number}", (320, r.y + 18), SMALL, PALETTE["neon_pink"], anchor="midtop")
            canvas.text(s.title, (320, r.y + 34), TITLE, theme.text, anchor="midtop")
            if s.place:
                canvas.text(s.place, (320, r.y + 70), SMALL, theme.muted, anchor="midtop")


class PlayScene(Scene):
    name = "play"

    def __init__(self, ctx: Context, start: ev.BeatStart, first: ev.Event | None = None,
                 pace: Pace | None = None) -> None:
        super().__init__(ctx)
        self.start = start  # the beat this scene stages
        self.pace = pace or Pace()  # skipping and auto-advance, kept from beat to beat
        self.stage = self.add(Stage(ctx, start.beat, start.map, walkable=start.scene == "explore", lead=start.lead))
        self.hud = self.add(Hud(ctx, start.place or start.title))
        if start.stage is not None:  # the beat's own directions, in force from its first line
            direct(self.stage, start.stage, instant=True)
        catch_up(self.stage, ctx.session, fresh=True)  # resumed or rewound into the middle: all directions so far
        self.score = Score(ctx, start)  # the beat's music and cues, and the footsteps
        self.due: ev.Event | None = first or start  # the event to present at the next update
        self.event: ev.Event = self.due  # the event being presented
        self.last_line: ev.Line | None = None  # shown above a choice that follows it
        self.unplaced: list[ev.Option] = []
        # the beat begins here and was autosaved: its first drawn picture goes beside the autosave
        self.snap = isinstance(self.due, ev.BeatStart)
        if self.stage.problem:
            ctx.toast(self.stage.problem)

    def enter(self) -> None:
        self.score.begin()

    def resume(self) -> None:
        self.ctx.input.release_all()

    def ambient(self, dt: float) -> None:
        self.stage.ambient(dt)
        self.show_place()
        self.ctx.flow.watch_story(dt)  # a line of dialogue is up: a designer's edit still shows at once

    def show_place(self) -> None:
        """The HUD names the beat's place, or the map's once Mai walked off or a direction moved the scene."""
        moved = self.stage.away or self.stage.home != self.start.map
        self.hud.place = self.stage.place if moved else (self.start.place or self.start.title)

    # --- the director ---------------------------------------------------------------------------

    def answered(self, answer: an.Answer | Then | Step | None) -> None:
        """A presenter ended with the player's answer (None: it closed without one, so the same
        event is presented again). The session takes it; what comes next is presented, after the
        scene that shows what the answer did, if there is one (`Then`)."""
        session = self.ctx.session
        if answer is None or session is None:
            self.due = self.event
            return
        if isinstance(answer, Step):
            self.step(answer.by)
            return
        then = answer.scene if isinstance(answer, Then) else None
        try:
            nxt = session.answer(answer.answer if isinstance(answer, Then) else answer)
            self.stage.takes.answered()
        except WrongAnswer as exc:  # the presenters offer only valid answers; say it, ask again
            self.ctx.toast(str(exc))
            nxt, then = self.event, None
        except RuntimeError_ as exc:  # a fault in the story files: back to the title, the autosave kept
            self.story_fault(exc)
            return
        for notice in session.take_notices():
            self.ctx.toast(notice)
        if then is not None:
            self.ctx.scenes.push(then, lambda _: self.present(nxt))
        else:
            self.present(nxt)

    def step(self, by: int) -> None:
        """Back (-1) or forward (+1) one answer: the session goes there, and the event waiting there
        is presented on its beat's stage (another beat's in a scene of its own)."""
        ctx, session = self.ctx, self.ctx.session
        if session is None:
            return
        try:
            moved = session.rewind() if by < 0 else session.forward()
        except RuntimeError_ as exc:
            self.story_fault(exc)
            return
        for notice in session.take_notices():
            ctx.toast(notice)
        e = session.event if not session.finished else None
        if moved and e is not None and session.runtime.state.beat != self.start.beat:
            self.stage.stop()
            scene = PlayScene(ctx, session.beat, e, self.pace)
            scene.snap = False  # the autosave is of a later place than this
            fade_to(ctx, scene, self, 0.3, 0.3)
            return
        if moved:
            self.stage.takes.stepped(by, moved)  # the stage as the directions had it there
        catch_up(self.stage, session)  # stepped across a move to another map: the map in force there
        self.last_line = session.line_before() if isinstance(e, ev.Choice) else None
        self.present(e)

    def story_fault(self, exc: Exception) -> None:
        """The story cannot go on (a choice with no open option, a loop with nothing in it): say so on
        the title. The session is dropped unsaved, so the autosave from this beat's start stays."""
        ctx = self.ctx
        ctx.problems.append(f"The story cannot go on from here: {exc}. The autosave from the start of "
                            "this beat is kept; `main.py validate` and `main.py explore` find such faults.")
        ctx.session = None
        ctx.flow.to_title()

    def present(self, e: ev.Event | None) -> None:
        """Show `e`: a presenter on top of the stage, or the stage itself for a walk to a spot."""
        ctx = self.ctx
        self.due = None
        if e is None:  # the story is over; the session has retired its autosave
            ctx.flow.to_title()
            return
        self.event = e
        self.score.cue(e)
        if isinstance(e, ev.Stage):  # played on the stage; answered now, or once it has played
            present_stage(self, e)
            return
        self.stage.stop()
        self.hud.hint = ""
        self.hud.extra = []
        if ctx.session is not None:
            self.hud.show_core(ctx.session.fill(), ctx.session.bond)
        if not isinstance(e, ev.Line | ev.BeatStart):
            self.pace.skipping = False  # skipping stops at a choice, a review, a set-piece, an ending
        if isinstance(e, ev.BeatStart) and e.beat != self.start.beat:
            fade_to(ctx, PlayScene(ctx, e, pace=self.pace), self, 0.5, 0.4)
            return
        if isinstance(e, ev.Line | ev.Choice | ev.BeatStart) and e.node:
            self.stage.follow(e.node)
        if isinstance(e, ev.Line):
            self.stage.direction.speaker = e.speaker  # the camera looks at whoever speaks, on the map
        offer_tip(ctx, e)  # the first time a kind of screen comes up, a tip on how it works
        if isinstance(e, ev.Choice) and e.kind == "explore":
            self.explore(e)
            return
        ctx.scenes.push(self.presenter(e), self.answered)
        self.last_line = e if isinstance(e, ev.Line) else None

    def presenter(self, e: ev.Event) -> Scene:
        """The scene that presents `e` and dismisses with the answer."""
        ctx = self.ctx
        if isinstance(e, ev.BeatStart):
            return BeatCard(ctx, e, pace=self.pace)
        if isinstance(e, ev.Line | ev.Choice):
            seen = ctx.session is not None and ctx.session.read_before
            shown = portrait_of(ctx.assets, self.stage.direction, e) if isinstance(e, ev.Line) else e  # a black eye
            return DialogueScene(ctx, shown, line=self.last_line if isinstance(e, ev.Choice) else None, seen=seen,
                                 pace=self.pace)
        kinds = {ev.Review: ReviewScene, ev.GameOver: GameOverScene, ev.Action: ActionScene,
                 ev.Reboot: RebootScene, ev.Ending: EndingScene}
        scene = kinds[type(e)](ctx, e)
        if isinstance(scene, ReviewScene):
            hold_where_he_is(scene, self.stage)  # on his own, the night is held where he is, without Mai
        return scene

    def explore(self, e: ev.Choice) -> None:
        stage = self.stage
        placed = stage.placed_nodes() if stage.can_walk else set()
        on_map = {o.node: o.index for o in e.options if o.node in placed}
        if not on_map:
            self.ctx.scenes.push(DialogueScene(self.ctx, e, heading=self.start.place or "Where to?"), self.answered)
            return
        stage.offer(on_map, {o.node: o.text for o in e.options if o.node})
        self.unplaced = [o for o in e.options if o.node not in placed]
        self.hud.extra = [o.text for o in self.unplaced]
        self.hud.hint = self.walk_hint()

    def walk_hint(self) -> str:
        keys = self.ctx.input.describe
        moves = [keys(a) for a in ("up", "left", "down", "right")]
        moves_text = "Arrows" if moves == ["Up", "Left", "Down", "Right"] else "/".join(moves)
        walk = "" if self.ctx.walked else (
            "[D-pad] walk   " if self.ctx.input.last_source == "pad" else f"[{moves_text}] or click: walk   ")
        look = "" if self.stage.away else f"[{keys('confirm')}] look   "  # nothing to look at next door
        return f"{walk}{look}[{keys('menu')}] menu   [{keys('log')}] log"

    def choose(self, index: int) -> None:
        """The player walked to a spot and looked: that is the explore choice's answer."""
        e = self.event
        if isinstance(e, ev.Choice) and 0 <= index < len(e.options):
            self.ctx.audio.play("confirm")
            self.answered(an.Choose(index))

    # --- input and frame ------------------------------------------------------------------------

    def handle(self, e: InputEvent) -> None:
        if not e.pressed:
            return
        by = step_asked(self.ctx, e) if self.stage.walking else 0
        if by:
            self.step(by)
        elif e.action in ("menu", "back"):
            open_pause(self.ctx)
        elif e.action == "log":
            open_history(self.ctx)
        elif e.action == "confirm" and self.stage.walking:
            index = self.stage.walk_to_click(e.pos) if e.source == "mouse" and e.pos else self.stage.use()
            if index is not None:
                self.choose(index)
        elif e.action == "skip" and self.stage.walking and self.unplaced:
            only = {o.index for o in self.unplaced}
            self.stage.stop()
            self.hud.hint = ""
            self.ctx.scenes.push(DialogueScene(self.ctx, self.event, heading="Elsewhere", only=only, cancel=True),
                                 self.answered)

    def draw(self, canvas: Canvas) -> None:
        super().draw(canvas)
        if self.snap and self.ctx.app is not None:
            self.snap = False  # the place and the HUD, before any box, card or fade is drawn over them
            self.ctx.flow.autosave_thumbnail(self.ctx.app.thumbnail())

    def update(self, dt: float) -> None:
        super().update(dt)
        self.show_place()
        if self.stage.mai is not None and self.stage.mai.moving:
            self.ctx.walked = True  # the walking hint has done its job
        self.score.walk(self.stage)
        if self.stage.walking:
            self.hud.hint = self.walk_hint()
        ready = self.stage.take_ready()
        if ready is not None:
            self.choose(ready)
        if self.due is not None:
            self.present(self.due)
        self.ctx.flow.watch_story(dt)

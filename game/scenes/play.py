"""The game in progress: one PlayScene per beat, the director of everything the runtime asks.

It shows the beat's place (the stage) and, whenever nothing else is presenting, looks at the runtime's
current event and pushes the scene that presents it: a dialogue box for lines and choices, the
memory review, the action set-piece, the reboot, the ending. Those scenes answer the runtime
themselves and dismiss when its event is no longer theirs; then this scene looks again. On an
explore choice over a walkable map, this scene lets the player walk Mai to a spot instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.fade import fade_to
from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.section import Section
from game.engine.theme import PALETTE, SMALL, TITLE
from game.story import events as ev

from . import session
from .meter import CoreMeter, Fill
from .stage import Stage

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context


def core_fill(rt) -> Fill:
    story = rt.story
    core = rt.core
    return Fill(story.weapons_slots if core.weapons else 0, len(core.held), len(core.pending), story.capacity)


class Hud(Section):
    """Where we are, the core at a glance, and what to press."""

    def __init__(self, ctx: Context, place: str) -> None:
        super().__init__((0, 0, 640, 360))
        self.ctx = ctx
        self.place = place
        self.meter = CoreMeter(ctx.assets, (0, 7), cell=8, gap=1)
        self.hint = ""
        self.extra: list[str] = []  # explore options with no spot on the map

    def shade(self, width: int) -> pygame.Surface:
        if getattr(self, "_shade", None) is None:
            s = pygame.Surface((width, 22), pygame.SRCALPHA)
            s.fill((*PALETTE["ink"], 170))
            self._shade = s
        return self._shade

    def update(self, dt: float) -> None:
        rt = self.ctx.runtime
        if rt is not None:
            self.meter.set(core_fill(rt))
            self.meter.rect.right = 632
        self.meter.update(dt)

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        surf = canvas.surface
        shade = self.shade(surf.get_width())
        surf.blit(shade, (0, 0))  # a dark band keeps the HUD readable over a bright floor
        if self.place:
            canvas.text(self.place, (10, 6), SMALL, theme.text)
        self.meter.draw(canvas)
        rt = self.ctx.runtime
        if rt is not None:
            canvas.text(f"bond {rt.bond}", (self.meter.rect.left - 8, 5), SMALL, PALETTE["holo"], anchor="topright")
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

    def __init__(self, ctx: Context, start: ev.BeatStart) -> None:
        super().__init__(ctx)
        self.start = start

    @property
    def rect(self) -> pygame.Rect:
        return pygame.Rect(0, 130, 640, 100)

    def handle(self, ev_: InputEvent) -> None:
        if ev_.pressed and ev_.action in ("confirm", "back"):
            self.dismiss()

    def update(self, dt: float) -> None:
        self.time += dt
        if self.time >= self.LENGTH:
            self.dismiss()

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

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        rt = ctx.runtime
        self.beat_id = rt.state.beat
        beat = rt.story.beats[self.beat_id]
        self.beat = beat
        self.stage = self.add(Stage(ctx, beat.id, beat.map, walkable=beat.scene == "explore", lead=beat.lead))
        self.hud = self.add(Hud(ctx, beat.place or beat.title))
        self.waiting = False  # another scene is presenting the current event
        self.unplaced: list[ev.Option] = []
        if self.stage.problem:
            ctx.toast(self.stage.problem)

    # --- the director ---------------------------------------------------------------------------

    def enter(self) -> None:
        self.ctx.audio.music(self.beat.scene if self.beat.scene != "memory_review" else "night")

    def resume(self) -> None:
        self.ctx.input.release_all()

    def ambient(self, dt: float) -> None:
        self.stage.ambient(dt)

    def _done(self, _result: object = None) -> None:
        self.waiting = False

    def present(self, scene: Scene) -> None:
        self.waiting = True
        self.stage.stop()
        self.hud.hint = ""
        self.ctx.scenes.push(scene, self._done)

    def dispatch(self) -> None:
        ctx = self.ctx
        rt = ctx.runtime
        if rt is None:
            return
        if rt.finished:
            self.waiting = True
            session.retire_autosave(ctx)
            session.to_title(ctx)
            return
        e = rt.event
        if isinstance(e, ev.BeatStart):
            if e.beat != self.beat_id:
                self.waiting = True
                fade_to(ctx, PlayScene(ctx), self, 0.5, 0.4)
                return
            session.autosave(ctx)

            def begin(_: object) -> None:
                self.waiting = False
                if ctx.runtime is rt and isinstance(rt.event, ev.BeatStart):
                    rt.advance()

            self.waiting = True
            self.stage.stop()
            ctx.scenes.push(BeatCard(ctx, e), begin)
            return
        if isinstance(e, ev.Choice) and e.kind == "explore":
            self.explore(e)
            return
        self.hud.extra = []
        scene = self.scene_for(e)
        if scene is not None:
            self.present(scene)

    def scene_for(self, e: ev.Event) -> Scene | None:
        ctx = self.ctx
        if isinstance(e, ev.Line | ev.Choice):
            from .dialogue import DialogueScene

            return DialogueScene(ctx)
        if isinstance(e, ev.Review):
            from .review import ReviewScene

            return ReviewScene(ctx)
        if isinstance(e, ev.GameOver):
            from .gameover import GameOverScene

            return GameOverScene(ctx)
        if isinstance(e, ev.Action):
            from .action import ActionScene

            return ActionScene(ctx)
        if isinstance(e, ev.Reboot):
            from .ending import RebootScene

            return RebootScene(ctx)
        if isinstance(e, ev.Ending):
            from .ending import EndingScene

            return EndingScene(ctx)
        return None

    def explore(self, e: ev.Choice) -> None:
        stage = self.stage
        placed = stage.placed_nodes() if stage.can_walk else set()
        on_map = {o.node: o.index for o in e.options if o.node in placed}
        if not on_map:
            from .dialogue import DialogueScene

            self.present(DialogueScene(ctx=self.ctx, heading=self.beat.place or "Where to?"))
            return
        if not stage.walking:
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
        rt = self.ctx.runtime
        e = rt.event
        if isinstance(e, ev.Choice) and 0 <= index < len(e.options):
            self.ctx.audio.play("confirm")
            self.stage.stop()
            self.hud.extra = []
            self.hud.hint = ""
            rt.choose(index)

    # --- input and frame ------------------------------------------------------------------------

    def handle(self, e: InputEvent) -> None:
        if not e.pressed:
            return
        if e.action in ("menu", "back"):
            open_pause(self.ctx)
        elif e.action == "log":
            open_history(self.ctx)
        elif e.action == "confirm" and self.stage.walking:
            index = self.stage.walk_to_click(e.pos) if e.source == "mouse" and e.pos else self.stage.use()
            if index is not None:
                self.choose(index)
        elif e.action == "skip" and self.stage.walking and self.unplaced:
            from .dialogue import DialogueScene

            only = {o.index for o in self.unplaced}
            self.present(DialogueScene(self.ctx, heading="Elsewhere", only=only, cancel=True))

    def update(self, dt: float) -> None:
        super().update(dt)
        self.hud.place = self.stage.place if self.stage.away else (self.beat.place or self.beat.title)
        if self.stage.mai is not None and self.stage.mai.moving:
            self.ctx.walked = True  # the walking hint has done its job
        if self.stage.walking:
            self.hud.hint = self.walk_hint()
        ready = self.stage.take_ready()
        if ready is not None:
            self.choose(ready)
        if not self.waiting:
            self.dispatch()


def open_pause(ctx: Context) -> None:
    from .pause import PauseScene

    if ctx.scenes.find(PauseScene) is None:
        ctx.audio.play("confirm")
        ctx.scenes.push(PauseScene(ctx))


def open_history(ctx: Context) -> None:
    from .history import HistoryScene

    if ctx.scenes.find(HistoryScene) is None:
        ctx.scenes.push(HistoryScene(ctx))

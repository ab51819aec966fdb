"""Plays an action set-piece in real time and answers the story with how it went.

The piece itself is a pure simulation (`game/action/`): this scene turns keys, mouse and pad into
one `Intent` a step, steps it at the fixed rate (slower when the game speed says so), lets the
story play it with the piece's own `auto()` when the player asked for that, and draws it with the
piece's painter (`game/scenes/pieces/<module>.py`, `draw(sim, surface, t, reduce_motion)` and an
optional `hud(sim, canvas, t)` for crisp text). Pausing stops it; the difficulty, the speed and who
plays can be changed in the pause menu's settings and apply at once. When it is over, the answer
is `Play(outcome, marks)`, the marks limited to those the story declared.
"""

from __future__ import annotations

import importlib
import zlib
from types import ModuleType
from typing import TYPE_CHECKING

import pygame

from game.action.core import STEP, Intent, Sim
from game.engine import motion
from game.engine.input import POINT, InputEvent
from game.engine.scene import Scene
from game.engine.settings import GAME_SPEEDS, STEERINGS
from game.engine.theme import BODY, PALETTE, SMALL, TITLE
from game.story import answers as an
from game.story import events as ev

from .overlays import open_pause

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

INTRO = 1.4  # seconds of the title before play starts
HOLD = 1.6  # seconds the end is shown before the story goes on
HINT_TIME = 7.0  # seconds the one-line hint stays up, the first time a piece is played
MOST_STEPS = 6  # steps in one frame at most: a stalled frame does not fast-forward the fight
PICKS = {pygame.K_1: 1, pygame.K_2: 2, pygame.K_3: 3}


def painter_for(sim_cls: type) -> ModuleType:
    """The drawing module named like the piece's module: game.action.freeway → pieces.freeway."""
    name = sim_cls.__module__.rsplit(".", 1)[-1]
    return importlib.import_module(f"game.scenes.pieces.{name}")


def seed_for(ctx: Context, event: ev.Action) -> int:
    """The same piece in the same run plays the same way (the run's seed and the action's id)."""
    run_seed = ctx.session.runtime.state.seed if ctx.session is not None else 0
    return zlib.crc32(f"{run_seed}:{event.id}".encode())


class SetPieceScene(Scene):
    opaque = True
    name = "setpiece"

    def __init__(self, ctx: Context, event: ev.Action, sim_cls: type) -> None:
        super().__init__(ctx)
        self.event = event
        self.difficulty = ctx.settings.difficulty
        self.sim: Sim = sim_cls(seed_for(ctx, event), self.difficulty, dict(event.given))
        self.painter = painter_for(sim_cls)
        self.acc = 0.0
        self.steps = 0
        self.mouse = {"confirm": False, "back": False}
        self.pointing = False  # the mouse was used last: aim where it points
        self.pick: int | None = None
        self.over = -1.0  # seconds since it ended, -1 while it plays
        tip = f"action:{event.piece}"
        self.first = tip not in ctx.settings.tips_seen
        if self.first:
            ctx.settings.tips_seen.append(tip)

    # --- input ------------------------------------------------------------------------------

    def handle(self, e: InputEvent) -> None:
        if e.pressed and (e.action == "menu" or (e.action == "back" and e.key == pygame.K_ESCAPE)):
            self.mouse = dict.fromkeys(self.mouse, False)
            open_pause(self.ctx)
        elif e.source == "mouse" and e.action == POINT:
            self.pointing = True
        elif e.source == "mouse" and e.action in self.mouse:
            self.mouse[e.action] = e.pressed
            self.pointing = True
        elif e.pressed and e.action in ("up", "down", "left", "right") and e.source != "mouse":
            self.pointing = False  # keys or the stick move the cursor now
        elif e.pressed and e.key in PICKS:
            self.pick = PICKS[e.key]

    def intent(self) -> Intent:
        """What the player is doing this step, from everything held."""
        inp = self.ctx.input
        k = STEERINGS.get(self.ctx.settings.steering, 1.0)  # the steering setting: finer control, slower
        move = (k * (float(inp.held("right")) - float(inp.held("left"))),
                k * (float(inp.held("down")) - float(inp.held("up"))))
        act, alt = inp.piece_buttons()
        aim = inp.mouse_pos if self.pointing else None
        pick, self.pick = self.pick, None
        return Intent(move, None if aim is None else (float(aim[0]), float(aim[1])),
                      act or self.mouse["confirm"], alt or self.mouse["back"], pick)

    # --- frame ------------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self.over < 0 and self.time >= INTRO

    def update(self, dt: float) -> None:
        super().update(dt)
        s, sim = self.ctx.settings, self.sim
        if s.difficulty != self.difficulty and hasattr(sim, "difficulty"):
            self.difficulty = sim.difficulty = s.difficulty  # changed in the pause menu: at once
        if self.over >= 0:
            self.over += dt
            if self.over >= HOLD:
                self.finish()
            return
        if self.time < INTRO:
            return
        self.acc += dt * GAME_SPEEDS.get(s.game_speed, 1.0)
        n = 0
        while self.acc >= STEP and n < MOST_STEPS and sim.outcome is None:
            sim.step(sim.auto() if s.story_plays else self.intent())
            self.acc -= STEP
            n += 1
        self.steps += n
        self.acc = min(self.acc, STEP)
        if sim.outcome is not None:
            self.over = 0.0
            self.ctx.audio.play("confirm" if sim.outcome == "win" else "back")

    def finish(self) -> None:
        marks = frozenset(self.sim.marks) & frozenset(self.event.marks)
        self.dismiss(an.Play(self.sim.outcome or "win", marks))

    def draw(self, canvas: Canvas) -> None:
        reduce = self.ctx.settings.reduce_motion
        self.painter.draw(self.sim, canvas.surface, self.time, reduce)
        hud = getattr(self.painter, "hud", None)
        if hud is not None:
            hud(self.sim, canvas, self.time)
        self._banner(canvas, reduce)

    def _banner(self, canvas: Canvas, reduce: bool) -> None:
        """The title at the start, the hint the first time, who plays, and the end."""
        surf, t = canvas.surface, self.time
        if t < INTRO + 0.4:
            k = min(1.0, t / 0.3) * min(1.0, (INTRO + 0.4 - t) / 0.4)
            band = pygame.Surface((640, 70), pygame.SRCALPHA)
            band.fill((*PALETTE["blood"], int(210 * k)))
            surf.blit(band, (0, 145))
            canvas.text(self.sim.title.upper(), (320, 168), TITLE * 1.4, PALETTE["white"], anchor="center",
                        shadow_color=PALETTE["blood"])
            canvas.text(self._who(), (320, 200), SMALL, PALETTE["cream"], anchor="center")
        if self.first and INTRO <= t < INTRO + HINT_TIME and self.over < 0:
            canvas.text(self.sim.hint, (320, 330), BODY, PALETTE["neon_yellow"], anchor="center",
                        shadow_color=PALETTE["ink"])
        if self.ctx.settings.story_plays and self.over < 0:
            canvas.text(f"The story plays this   [{self.ctx.input.describe('menu')}] settings", (634, 356), SMALL,
                        PALETTE["mist"], anchor="bottomright", shadow_color=PALETTE["ink"])
        if self.over >= 0:
            won = self.sim.outcome == "win"
            if not reduce:
                glow = int(90 * (1 - motion.wave(min(self.over, 0.3), 1.5)))
                veil = pygame.Surface((640, 360), pygame.SRCALPHA)
                veil.fill((*PALETTE["white" if won else "blood"], glow))
                surf.blit(veil, (0, 0))

    def _who(self) -> str:
        s = self.ctx.settings
        mode = "Story difficulty: cannot be lost" if s.difficulty != "normal" else "Normal difficulty"
        return f"{mode}   ·   [{self.ctx.input.describe('menu')}] pause"

    def spoken(self) -> list[str]:
        if self.over >= 0:
            return [f"{self.sim.title}: {'made it' if self.sim.outcome == 'win' else 'lost'}"]
        return [self.sim.title, self.sim.hint]

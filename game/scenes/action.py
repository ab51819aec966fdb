"""Action set-pieces. A piece with a real-time simulation (`game.action.PIECES`) is played by
`SetPieceScene`, whose answer this scene passes on. For any other piece the window shows the
piece's title card and answers `Play("tense")` to play its tense choices; a piece without tense
choices is resolved on the "story" difficulty, which cannot be failed (`Play("win")`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.action import PIECES
from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.theme import PALETTE, SMALL, TITLE
from game.story import answers as an
from game.story import events as ev

from .dialogue import Step, step_asked
from .setpiece import SetPieceScene

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

CARD_TIME = 2.2


class ActionScene(Scene):
    opaque = False
    dim = 100
    name = "action"

    def __init__(self, ctx: Context, event: ev.Action) -> None:
        super().__init__(ctx)
        self.event = event
        self.piece = PIECES.get(event.piece)  # played in real time, or None for the card
        self.started = False

    @property
    def rect(self) -> pygame.Rect:
        return pygame.Rect(0, 100, 640, 160)

    def enter(self) -> None:
        self.ctx.audio.music("action")

    def go(self) -> None:
        self.dismiss(an.Play("tense" if self.event.has_tense else "win"))

    def played(self, result: object) -> None:
        """The set-piece's answer, passed on; one closed without an outcome (a tool taking it off
        the stack) counts as the card's own answer."""
        if isinstance(result, an.Play):
            self.dismiss(result)
        else:
            self.go()

    def handle(self, e: InputEvent) -> None:
        if step_asked(self.ctx, e):
            self.dismiss(Step(step_asked(self.ctx, e)))
        elif e.pressed and e.action == "confirm" and self.time > 0.3:
            self.go()

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.piece is not None:
            if not self.started:
                self.started = True
                self.ctx.scenes.push(SetPieceScene(self.ctx, self.event, self.piece), self.played)
            return
        if self.time >= CARD_TIME:
            self.go()

    def draw(self, canvas: Canvas) -> None:
        surf = canvas.surface
        r = self.rect
        t = self.time
        k = min(1.0, t / 0.25)
        band = pygame.Surface(r.size, pygame.SRCALPHA)
        band.fill((*PALETTE["blood"], int(200 * k)))
        surf.blit(band, r)
        for i in range(12):  # speed lines racing across the band
            y = r.y + 10 + i * 12
            x = int((t * 900 + i * 137) % 900) - 200
            pygame.draw.line(surf, PALETTE["orange"] if i % 3 else PALETTE["neon_yellow"], (x, y), (x + 60 + i * 5, y))
        pygame.draw.line(surf, PALETTE["neon_yellow"], (0, r.y), (640, r.y), 2)
        pygame.draw.line(surf, PALETTE["neon_yellow"], (0, r.bottom - 2), (640, r.bottom - 2), 2)
        x = 320 + int((1 - k) * 300)
        canvas.text(self.event.title.upper(), (x, r.centery - 8), TITLE * 1.6, PALETTE["white"], anchor="center",
                    shadow_color=PALETTE["blood"])
        if math.sin(t * 6) > -0.3:
            canvas.text(f"[{self.ctx.input.describe('confirm')}]", (320, r.bottom - 14), SMALL, PALETTE["cream"],
                        anchor="midbottom")

"""Game Over: the core overflowed. Every memory goes white; the night starts again (`Advance`)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from game.engine import motion
from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.theme import BODY, PALETTE, SMALL, TITLE
from game.story import answers as an
from game.story import events as ev

from .dialogue import Step, step_asked
from .overlays import open_pause

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context


class GameOverScene(Scene):
    name = "game_over"

    def __init__(self, ctx: Context, event: ev.GameOver) -> None:
        super().__init__(ctx)
        self.event = event
        self.rng = random.Random(7)
        self.noise = [(self.rng.randrange(640), self.rng.randrange(360), self.rng.randint(8, 60)) for _ in range(60)]

    def enter(self) -> None:
        self.ctx.audio.play("reboot_pulse")  # the core wipes itself: one pulse, then no music at all
        self.ctx.audio.music("stop")

    def spoken(self) -> list[str]:
        return [self.event.title, self.event.text, f"Press {self.ctx.input.describe('confirm')} to replay the night"]

    def handle(self, e: InputEvent) -> None:
        if step_asked(self.ctx, e):  # back to the review before it overflowed
            self.dismiss(Step(step_asked(self.ctx, e)))
        elif e.pressed and e.action == "confirm" and self.time > 1.0:
            self.ctx.audio.play("confirm")
            self.dismiss(an.ADVANCE)
        elif e.pressed and e.action == "menu":
            open_pause(self.ctx)

    def draw(self, canvas: Canvas) -> None:
        surf = canvas.surface
        t = self.time
        reduce = self.ctx.settings.reduce_motion
        flash = max(0.0, 1.0 - t / 0.8)  # the white-out, fading: one flash, never repeated
        base = int((60 if reduce else 255) * flash)  # reduce motion: a dim fade, not a white-out
        surf.fill((max(base, PALETTE["ink"][0]), max(base, PALETTE["ink"][1]), max(base, PALETTE["ink"][2])))
        for i, (x, y, w) in enumerate(self.noise):  # static of a core wiping itself
            yy = (y + (0 if reduce else int(t * 40 * (1 + i % 3)))) % 360
            c = PALETTE["steel"] if i % 4 else PALETTE["ares_red"]
            surf.fill(c, (x, yy, w, 1))
        if t < 0.5:
            return
        theme = self.ctx.theme
        shake = motion.shake(t, 2, reduce) if t < 1.0 else 0
        canvas.text(self.event.title.upper(), (320 + shake, 110), TITLE * 1.5, theme.danger, anchor="midtop")
        canvas.text(self.event.text, (320, 170), BODY, theme.text, anchor="midtop", width=460, align="center")
        if t > 1.0:
            canvas.text(f"[{self.ctx.input.describe('confirm')}] replay the night", (320, 300), SMALL, theme.muted,
                        anchor="midtop")

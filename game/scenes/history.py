"""The history log: everything said so far in this session, scrollable."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.theme import BODY, LARGE, SMALL
from game.engine.ui import draw_panel

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

PANEL = pygame.Rect(40, 24, 560, 312)


class HistoryScene(Scene):
    opaque = False
    holds_world = True  # the game waits while this menu is open
    dim = 150
    name = "history"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.scroll = 0  # entries hidden at the bottom (0: the newest is shown)

    @property
    def rect(self) -> pygame.Rect:
        return PANEL

    def handle(self, e: InputEvent) -> None:
        if not e.pressed:
            return
        n = len(self.ctx.history)
        if e.action in ("back", "log", "menu") or (e.action == "confirm" and e.source != "mouse"):
            self.ctx.audio.play("back")
            self.dismiss()
        elif e.action == "up":
            self.scroll = min(max(0, n - 1), self.scroll + 1)
        elif e.action == "down":
            self.scroll = max(0, self.scroll - 1)

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        draw_panel(canvas, self.ctx.assets, theme, PANEL)
        canvas.text("History", (PANEL.x + 16, PANEL.y + 10), LARGE, theme.accent)
        canvas.text(f"[{self.ctx.input.describe('back')}] close   Up/Down scroll", (PANEL.right - 16, PANEL.y + 14),
                    SMALL, theme.muted, anchor="topright")
        entries = self.ctx.history[: len(self.ctx.history) - self.scroll]
        y = PANEL.bottom - 14
        top = PANEL.y + 36
        for said in reversed(entries):
            body_w = PANEL.w - 140
            _, h = canvas.measure(said.text, BODY, body_w)
            if y - h < top:
                break
            y -= h
            if said.name:
                canvas.text(said.name, (PANEL.x + 110, y), SMALL, said.color, anchor="topright")
                canvas.text(said.text, (PANEL.x + 120, y), BODY, theme.text, width=body_w)
            else:
                canvas.text(said.text, (PANEL.x + 120, y), BODY, said.color, width=body_w)
            y -= 6
        if not entries:
            canvas.text("Nothing has been said yet.", PANEL.center, BODY, theme.muted, anchor="center")

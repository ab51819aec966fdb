"""The history log: everything said so far in this session, scrollable."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.theme import BODY, LARGE, PALETTE, SMALL, hex_color, readable_on_dark
from game.engine.ui import draw_panel
from game.story.markup import plain
from game.story.session import Said

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

PANEL = pygame.Rect(40, 24, 560, 312)


def said_color(said: Said) -> tuple[int, int, int]:
    """A speaker in their colour (made readable on the dark panel), narration in holo blue, the
    player's own picks in yellow."""
    if said.picked:
        return PALETTE["neon_yellow"]
    if said.color:
        return readable_on_dark(hex_color(said.color))
    return PALETTE["holo"] if not said.name else PALETTE["white"]


class HistoryScene(Scene):
    opaque = False
    holds_world = True  # the game waits while this menu is open
    dim = 150
    name = "history"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.scroll = 0  # entries hidden at the bottom (0: the newest is shown)
        self.entries: list[Said] = list(ctx.session.history) if ctx.session is not None else []

    @property
    def rect(self) -> pygame.Rect:
        return PANEL

    def handle(self, e: InputEvent) -> None:
        if not e.pressed:
            return
        n = len(self.entries)
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
        entries = self.entries[: len(self.entries) - self.scroll]
        y = PANEL.bottom - 14
        top = PANEL.y + 36
        for said in reversed(entries):
            body_w = PANEL.w - 140
            _, h = canvas.measure(plain(said.text), BODY, body_w)
            if y - h < top:
                break
            y -= h
            color = said_color(said)
            if said.name:
                canvas.text(said.name, (PANEL.x + 110, y), SMALL, color, anchor="topright")
                canvas.text(said.text, (PANEL.x + 120, y), BODY, theme.text, width=body_w, mark=color)
            else:
                canvas.text(said.text, (PANEL.x + 120, y), BODY, color, width=body_w, mark=theme.accent)
            y -= 6
        if not entries:
            canvas.text("Nothing has been said yet.", PANEL.center, BODY, theme.muted, anchor="center")

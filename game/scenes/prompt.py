"""A yes/no question over the current screen, dismissed with the answer (Textual's dismiss)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.theme import BODY
from game.engine.ui import Menu, MenuItem, draw_panel

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context


class Prompt(Scene):
    opaque = False
    dim = 120
    name = "prompt"

    def __init__(self, ctx: Context, question: str, yes: str = "Yes", no: str = "No",
                 danger: bool = False) -> None:
        super().__init__(ctx)
        self.question = question
        self.danger = danger
        self.panel = pygame.Rect(0, 0, 380, 0)
        self.text_h = 0
        self.menu = self.add(Menu((0, 0, 160, 44), [MenuItem(yes, True), MenuItem(no, False)],
                                  lambda item: self.answer(item.value), on_back=lambda: self.answer(False),
                                  on_move=lambda: ctx.audio.play("move")))
        self.menu.index = 1 if danger else 0  # a permanent choice starts on the safe answer
        self.layout = False

    def answer(self, value: bool) -> None:
        self.ctx.audio.play("confirm" if value else "back")
        self.dismiss(value)

    @property
    def rect(self) -> pygame.Rect:
        return self.panel

    def spoken(self) -> list[str]:
        return [self.question, *self.menu.spoken()]

    def handle(self, e: InputEvent) -> None:
        if e.pressed and e.action in ("left", "right"):
            e = InputEvent("up" if e.action == "left" else "down", True, None, e.source)
        super().handle(e)

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        _, th = canvas.measure(self.question, BODY, 340)
        self.panel.size = (380, th + 86)
        self.panel.center = (320, 180)
        self.menu.rect = pygame.Rect(self.panel.centerx - 80, self.panel.bottom - 56, 160, 44)
        draw_panel(canvas, self.ctx.assets, theme, self.panel)
        color = theme.warn if self.danger else theme.text
        canvas.text(self.question, (self.panel.centerx, self.panel.y + 16), BODY, color, anchor="midtop",
                    width=340, align="center")
        self.menu.draw_items(canvas, self.ctx.assets, theme)

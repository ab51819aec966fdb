"""The pause menu over the game: resume, save, load, settings, history, controls, title, quit; and
under it a reminder of where Mai is and what she is doing (objective.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.theme import BODY, LARGE, SMALL
from game.engine.ui import Menu, MenuItem, draw_panel

from .controls_card import ControlsScene
from .history import HistoryScene
from .objective import objective
from .prompt import Prompt
from .settings_menu import SettingsScene
from .slots import SlotsScene

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

PANEL = pygame.Rect(220, 20, 200, 256)
GOAL = pygame.Rect(100, 284, 440, 68)  # the reminder of the objective, under the menu


class PauseScene(Scene):
    opaque = False
    holds_world = True  # the game waits while this menu is open
    dim = 140
    name = "pause"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        practice = ctx.session is not None and ctx.session.store is None  # a chapter replayed: nothing is saved
        items = [MenuItem("Resume", "resume"), MenuItem("Save", "save", not practice), MenuItem("Load", "load"),
                 MenuItem("Settings", "settings"), MenuItem("History", "history"),
                 MenuItem("Controls", "controls"), MenuItem("Title screen", "title"), MenuItem("Quit", "quit")]
        self.menu = self.add(Menu(pygame.Rect(PANEL.x + 12, PANEL.y + 38, PANEL.w - 24, len(items) * 26), items, self.pick, on_back=self.resume_game,
                                  on_move=lambda: ctx.audio.play("move"), row=26))
        # the picture of the game as it was when paused, for the save's thumbnail
        self.thumbnail = ctx.app.thumbnail() if ctx.app is not None else None
        self.objective = objective(ctx.session)

    @property
    def rect(self) -> pygame.Rect:
        return PANEL.union(GOAL) if self.objective is not None else PANEL

    def spoken(self) -> list[str]:
        goal = self.objective
        return ["Paused", *([goal.where, goal.goal] if goal else []), *super().spoken()]

    def resume_game(self) -> None:
        self.ctx.audio.play("back")
        self.dismiss()

    def pick(self, item: MenuItem) -> None:
        ctx = self.ctx
        ctx.audio.play("confirm")
        if item.value == "resume":
            self.dismiss()
        elif item.value == "save":
            ctx.scenes.push(SlotsScene(ctx, "save", self.thumbnail))
        elif item.value == "load":
            ctx.scenes.push(SlotsScene(ctx, "load"))
        elif item.value == "settings":
            ctx.scenes.push(SettingsScene(ctx))
        elif item.value == "history":
            ctx.scenes.push(HistoryScene(ctx))
        elif item.value == "controls":
            ctx.scenes.push(ControlsScene(ctx))
        elif item.value == "title":
            def answer(yes: object) -> None:
                if yes:
                    ctx.flow.leave()
                    ctx.flow.to_title()

            ctx.scenes.push(Prompt(ctx, "Back to the title screen? Your place is autosaved.", "Go to title",
                                   "Stay"), answer)
        elif item.value == "quit":
            ctx.scenes.push(Prompt(ctx, "Quit the game? Your place is autosaved.", "Quit", "Stay"), self.quit)

    def quit(self, yes: object) -> None:
        if yes:
            self.ctx.flow.leave()
            self.ctx.quit()

    def handle(self, e: InputEvent) -> None:
        if e.pressed and e.action == "menu":
            self.resume_game()
            return
        super().handle(e)

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        draw_panel(canvas, self.ctx.assets, theme, PANEL)
        canvas.text("Paused", (PANEL.centerx, PANEL.y + 10), LARGE, theme.accent, anchor="midtop")
        self.menu.draw_items(canvas, self.ctx.assets, theme)
        goal = self.objective
        if goal is not None:
            draw_panel(canvas, self.ctx.assets, theme, GOAL)
            top = canvas.text(goal.where, (GOAL.x + 12, GOAL.y + 8), SMALL, theme.accent, width=GOAL.w - 24)
            canvas.text(goal.goal, (GOAL.x + 12, top.bottom + 3), BODY, theme.text, width=GOAL.w - 24)

"""The title screen: new game, continue, load, settings, quit, over the title painting and logo; after
an ending that leaves a way back (Hold On), "Return to the reboot" loads the choice it was made at."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.theme import PALETTE, SMALL, TITLE
from game.engine.ui import Menu, MenuItem, draw_panel
from game.story.session import way_back

from .chapters import ChaptersScene, reached
from .loading import poll
from .pictures import painted_backdrop
from .prompt import Prompt
from .settings_menu import SettingsScene
from .slots import SlotsScene

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

MENU = pygame.Rect(40, 204, 180, 130)
SETTLE = 0.5  # seconds the title ignores input after the credits: a held or mashed key is not a pick


def _logo() -> pygame.Surface:
    return pygame.Surface((1, 1), pygame.SRCALPHA)


class TitleScene(Scene):
    name = "title"

    def __init__(self, ctx: Context, settle: float = 0.0) -> None:
        super().__init__(ctx)
        self.settle = settle  # ignore input this long after coming up (after the credits)
        self.pressed_here: set[object] = set()  # only these keys' releases belong to this screen
        self.background = ctx.assets.image_or("title/title.png", lambda: painted_backdrop("title"), alpha=False)
        self.has_logo = ctx.assets.exists("title/logo.png")
        self.logo = ctx.assets.image_or("title/logo.png", _logo)
        self.menu = self.add(Menu(MENU, self.items(), self.pick, on_move=lambda: ctx.audio.play("move"),
                                  row=26))
        self.fit_menu()
        if ctx.loader is not None:
            self.menu.index = 1  # "New game", lit while the story loads behind the title

    def fit_menu(self) -> None:
        """The menu grows upwards when it has a row more (Chapters, once a beat has been reached)."""
        rect = self.menu.rect
        rect.h = len(self.menu.items) * 26
        rect.bottom = MENU.bottom

    def items(self) -> list[MenuItem]:
        ctx = self.ctx
        if ctx.loader is not None:
            return [MenuItem("Continue", "continue", False), MenuItem("New game", "new", False, "loading"),
                    MenuItem("Load", "load", False), MenuItem("Settings", "settings"), MenuItem("Quit", "quit")]
        playable = ctx.story is not None
        has_save = playable and ctx.saves is not None and ctx.saves.can_continue()
        chapters = [MenuItem("Chapters", "chapters")] if playable and reached(ctx) else []  # practice
        back = way_back(ctx.story, ctx.saves) if playable and ctx.story is not None else None
        place = back[1].lower().removeprefix("the ") if back else ""
        returns = [MenuItem(f"Return to the {place}", "return")] if back else []
        return [MenuItem("Continue", "continue", has_save), MenuItem("New game", "new", playable),
                MenuItem("Load", "load", playable and bool(ctx.saves and ctx.saves.slots())),
                *returns, *chapters, MenuItem("Settings", "settings"), MenuItem("Quit", "quit")]

    def enter(self) -> None:
        self.ctx.audio.music("title")
        self.ctx.input.release_all()

    def handle(self, e: InputEvent) -> None:
        """A key still down from the screen before (the credits) neither picks nor releases here."""
        if self.time < self.settle:
            return
        token = (e.source, e.key if e.key is not None else e.action)
        if e.pressed:
            self.pressed_here.add(token)
        elif token not in self.pressed_here:
            return
        super().handle(e)

    def spoken(self) -> list[str]:
        return ["Next Gen: Memory Core", *super().spoken()]

    def resume(self) -> None:
        index = self.menu.index
        self.menu.items = self.items()
        self.fit_menu()
        index = min(index, len(self.menu.items) - 1)
        self.menu.index = index if self.menu.items[index].enabled else 1

    def update(self, dt: float) -> None:
        super().update(dt)
        if poll(self.ctx):  # the story finished loading behind the title
            self.menu.items = self.items()
            self.fit_menu()
            if self.menu.index == 1 and self.menu.items[0].enabled:
                self.menu.index = 0  # a returning player most likely wants to continue

    def pick(self, item: MenuItem) -> None:
        ctx = self.ctx
        ctx.audio.play("confirm")
        problem = None
        if item.value == "continue":
            problem = ctx.flow.continue_game()
        elif item.value == "new":
            ctx.flow.new_game()
        elif item.value == "load":
            ctx.scenes.push(SlotsScene(ctx, "load"))
        elif item.value == "return":
            back = way_back(ctx.story, ctx.saves) if ctx.story is not None else None
            problem = ctx.flow.load_slot(back[0]) if back else "There is no way back saved."
        elif item.value == "settings":
            ctx.scenes.push(SettingsScene(ctx))
        elif item.value == "chapters":
            ctx.scenes.push(ChaptersScene(ctx))
        elif item.value == "quit":
            ctx.scenes.push(Prompt(ctx, "Quit the game?", "Quit", "Stay"), lambda yes: ctx.quit() if yes else None)
        if problem:
            ctx.audio.play("error")
            ctx.toast(problem)

    def draw(self, canvas: Canvas) -> None:
        surf = canvas.surface
        theme = self.ctx.theme
        bg = self.background
        if bg.get_size() != canvas.size:
            bg = self.background = pygame.transform.scale(bg, canvas.size)
        surf.blit(bg, (0, 0))
        if self.has_logo:
            logo = self.logo
            y = 40 + (0 if self.ctx.settings.reduce_motion else round(math.sin(self.time * 1.2) * 2))
            surf.blit(logo, logo.get_rect(midtop=(320, y)))
        else:
            canvas.text("NEXT GEN", (320, 52), TITLE * 2, PALETTE["white"], anchor="midtop",
                        shadow_color=PALETTE["neon_pink"])
            canvas.text("MEMORY CORE", (320, 112), TITLE, PALETTE["neon_cyan"], anchor="midtop")
        draw_panel(canvas, self.ctx.assets, theme, self.menu.rect.inflate(16, 16))
        self.menu.draw_items(canvas, self.ctx.assets, theme)
        problems = self.ctx.problems[-5:]
        if problems:  # on a dark panel: the title painting is too busy to read small text over
            heights = [canvas.measure(p, SMALL, 360)[1] + 2 for p in problems]
            box = pygame.Rect(0, 0, 384, sum(heights) + 14)
            box.bottomright = (632, 352)
            draw_panel(canvas, self.ctx.assets, theme, box)
            y = box.y + 7
            for problem, h in zip(problems, heights, strict=True):
                canvas.text(problem, (box.x + 12, y), SMALL, theme.warn, width=360)
                y += h
        canvas.text("F11 fullscreen", (630, 8), SMALL, theme.muted, anchor="topright")

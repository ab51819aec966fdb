"""Save and load slots: a thumbnail of the moment, the beat, the time and the bond of each save.

A damaged save is listed with what is wrong with it and cannot be loaded; the others are untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.theme import BODY, LARGE, PALETTE, SMALL
from game.engine.ui import Menu, MenuItem, draw_panel

from .prompt import Prompt

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

PANEL = pygame.Rect(70, 16, 500, 328)
ROW = 44
THUMB = (64, 36)


SLOTS = ("slot1", "slot2", "slot3", "slot4", "slot5", "slot6")


class SlotsScene(Scene):
    opaque = False
    holds_world = True  # the game waits while this menu is open
    dim = 160
    name = "slots"

    def __init__(self, ctx: Context, mode: str, thumbnail: bytes | None = None) -> None:
        super().__init__(ctx)
        self.mode = mode  # "save" | "load"
        self.thumbnail = thumbnail
        self._thumbs: dict[str, pygame.Surface | None] = {}
        self.menu = self.add(Menu(pygame.Rect(PANEL.x + 14, PANEL.y + 40, PANEL.w - 28, ROW * 6), [],
                                  self.pick, on_back=self.close, on_move=lambda: ctx.audio.play("move"), row=ROW))
        self.refresh()

    @property
    def rect(self) -> pygame.Rect:
        return PANEL

    def refresh(self) -> None:
        infos = {i.slot: i for i in self.ctx.saves.slots()} if self.ctx.saves else {}
        names = list(SLOTS)
        if self.mode == "load":
            names = ["autosave", *names]
        items = []
        for name in names:
            info = infos.get(name)
            enabled = self.mode == "save" or (info is not None and info.error is None)
            items.append(MenuItem(name, info, enabled))
        index = self.menu.index
        self.menu.items = items
        self.menu.index = index if index < len(items) and items[index].enabled else next(
            (i for i, it in enumerate(items) if it.enabled), 0)
        self._thumbs.clear()

    def thumb(self, info) -> pygame.Surface | None:
        if info is None or info.thumbnail is None:
            return None
        if info.slot not in self._thumbs:
            try:
                img = pygame.image.load(str(info.thumbnail))
                self._thumbs[info.slot] = pygame.transform.smoothscale(img, THUMB)
            except (pygame.error, OSError, ValueError):
                self._thumbs[info.slot] = None
        return self._thumbs[info.slot]

    def pick(self, item: MenuItem) -> None:
        ctx = self.ctx
        slot = item.label
        if self.mode == "save":
            if item.value is not None:
                ctx.scenes.push(Prompt(ctx, f"Save over {label(slot)}?", "Save over it", "Cancel", danger=True),
                                lambda yes: self.save(slot) if yes else None)
            else:
                self.save(slot)
        else:
            problem = ctx.flow.load_slot(slot)
            if problem:
                ctx.audio.play("error")
                ctx.toast(problem)

    def save(self, slot: str) -> None:
        problem = self.ctx.flow.save_slot(slot, self.thumbnail)
        self.ctx.audio.play("error" if problem else "confirm")
        self.ctx.toast(problem or f"Saved in {label(slot)}.")
        self.refresh()

    def close(self) -> None:
        self.ctx.audio.play("back")
        self.dismiss()

    def handle(self, e: InputEvent) -> None:
        super().handle(e)

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        draw_panel(canvas, self.ctx.assets, theme, PANEL)
        canvas.text("Save" if self.mode == "save" else "Load", (PANEL.x + 18, PANEL.y + 12), LARGE, theme.accent)
        canvas.text(f"[{self.ctx.input.describe('back')}] back", (PANEL.right - 18, PANEL.y + 16), SMALL,
                    theme.muted, anchor="topright")
        m = self.menu
        surf = canvas.surface
        for i in range(m.scroll, min(len(m.items), m.scroll + m.visible_rows)):
            item = m.items[i]
            r = m.item_rect(i)
            focus = i == m.index
            draw_panel(canvas, self.ctx.assets, theme, r, "button_focus.png" if focus else "button.png")
            tr = pygame.Rect(r.x + 6, r.y + 3, *THUMB)
            info = item.value
            img = self.thumb(info)
            if img is not None:
                surf.blit(img, tr)
            else:
                surf.fill(PALETTE["ink"], tr)
            pygame.draw.rect(surf, PALETTE["steel"], tr, 1)
            x = tr.right + 10
            color = theme.accent if focus else theme.text
            canvas.text(label(item.label), (x, r.y + 5), SMALL, theme.muted)
            if info is None:
                canvas.text("Empty", (x, r.y + 20), BODY, theme.muted)
            elif info.error:
                canvas.text(info.error, (x, r.y + 19), SMALL, theme.warn, width=r.right - x - 8)
            else:
                canvas.text(info.beat_title or info.beat, (x, r.y + 19), BODY, color)
                canvas.text(f"{info.when}   bond {info.bond}", (r.right - 10, r.y + 5), SMALL, theme.muted,
                            anchor="topright")


def label(slot: str) -> str:
    return "Autosave" if slot == "autosave" else f"Slot {slot.removeprefix('slot')}"

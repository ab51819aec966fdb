"""Save and load slots: a thumbnail of the moment, the beat, the time and the bond of each save.

Slots come in pages of six (Left/Right, PageUp/PageDown or the arrows at the bottom turn them); the
load menu's first page starts with the autosave and, when there are any, the quick save and the saves
rescued from behind one that could not be used (`rescued-<date>`).

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


PAGE = 6  # slots a page
PAGES = 3
SLOTS = tuple(f"slot{n}" for n in range(1, PAGE * PAGES + 1))
PAGE_BAR = pygame.Rect(PANEL.centerx - 90, PANEL.bottom - 24, 180, 18)  # "< Page 1 of 3 >"
PREV = pygame.Rect(PAGE_BAR.x, PAGE_BAR.y, 24, PAGE_BAR.h)
NEXT = pygame.Rect(PAGE_BAR.right - 24, PAGE_BAR.y, 24, PAGE_BAR.h)


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
        self.page = 0
        self.menu = self.add(Menu(pygame.Rect(PANEL.x + 14, PANEL.y + 40, PANEL.w - 28, ROW * PAGE), [],
                                  self.pick, on_back=self.close, on_move=lambda: ctx.audio.play("move"), row=ROW,
                                  on_adjust=lambda _item, step: self.turn(step)))
        self.refresh()

    @property
    def rect(self) -> pygame.Rect:
        return PANEL

    def refresh(self) -> None:
        infos = {i.slot: i for i in self.ctx.saves.slots()} if self.ctx.saves else {}
        names = list(SLOTS[self.page * PAGE:(self.page + 1) * PAGE])
        if self.mode == "load" and self.page == 0:
            # a backup kept from behind a save that could not be used has a slot of its own: listed here
            rescued = sorted((n for n in infos if n.startswith("rescued-")), reverse=True)
            names = ["autosave", *(["quick"] if "quick" in infos else []), *rescued, *names]
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

    def turn(self, step: int) -> None:
        """To the next (+1) or previous (-1) page of slots, around."""
        self.page = (self.page + step) % PAGES
        self.menu.index, self.menu.scroll = 0, 0
        self.ctx.audio.play("move")
        self.refresh()

    def handle(self, e: InputEvent) -> None:
        if e.pressed and e.key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN):
            self.turn(-1 if e.key == pygame.K_PAGEUP else 1)
            return
        if e.pressed and e.action == "confirm" and e.source == "mouse" and e.pos is not None:
            for rect, step in ((PREV, -1), (NEXT, 1)):
                if rect.collidepoint(e.pos):
                    self.turn(step)
                    return
        super().handle(e)

    def draw_pages(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        canvas.text(f"Page {self.page + 1} of {PAGES}", PAGE_BAR.center, SMALL, theme.muted, anchor="center")
        surf = canvas.surface
        for rect, sign in ((PREV, -1), (NEXT, 1)):  # drawn: the bundled font has no arrow glyphs
            x, y = rect.centerx, rect.centery
            pygame.draw.polygon(surf, theme.accent, [(x + 4 * sign, y), (x - 3 * sign, y - 5), (x - 3 * sign, y + 5)])

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        draw_panel(canvas, self.ctx.assets, theme, PANEL)
        canvas.text("Save" if self.mode == "save" else "Load", (PANEL.x + 18, PANEL.y + 12), LARGE, theme.accent)
        canvas.text(f"[{self.ctx.input.describe('back')}] back", (PANEL.right - 18, PANEL.y + 16), SMALL,
                    theme.muted, anchor="topright")
        self.draw_pages(canvas)
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
    return {"autosave": "Autosave", "quick": "Quick save"}.get(slot) or f"Slot {slot.removeprefix('slot')}"

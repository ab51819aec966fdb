"""The slot meter: 7723's core as a row of cells (weapons, memories, tonight's new ones, empty).

One section used twice: small in the corner of the map, large on the memory review, where it also
shows cells that do not fit as red overflow beyond the end of the core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.assets import Assets
from game.engine.section import Section
from game.engine.theme import PALETTE
from game.story.views import Fill

if TYPE_CHECKING:
    from game.engine.canvas import Canvas

FALLBACK = {"weapon": "ares_red", "full": "bot_blue", "new": "neon_yellow", "empty": "night", "over": "blood"}


def cell_image(assets: Assets, kind: str, size: int) -> pygame.Surface:
    def drawn() -> pygame.Surface:
        s = pygame.Surface((16, 16), pygame.SRCALPHA)
        pygame.draw.rect(s, PALETTE["ink"], (1, 1, 14, 14), border_radius=2)
        pygame.draw.rect(s, PALETTE[FALLBACK[kind]], (2, 2, 12, 12), border_radius=2)
        return s

    name = "slot_weapon" if kind == "over" else f"slot_{kind}"
    img = assets.image_or(f"ui/{name}.png", drawn)
    if kind == "over":
        img = img.copy()
        img.fill((255, 90, 90), special_flags=pygame.BLEND_RGB_MULT)
    if img.get_width() != size:
        img = pygame.transform.scale(img, (size, size))
    return img


class CoreMeter(Section):
    def __init__(self, assets: Assets, pos: tuple[int, int], cell: int = 16, gap: int = 2) -> None:
        super().__init__((pos[0], pos[1], 0, cell))
        self.assets = assets
        self.cell, self.gap = cell, gap
        self.fill = Fill(0, 0, 0, 8)
        self.t = 0.0
        self.steady = False  # reduce motion: overflow cells stay lit instead of blinking
        self._cache: dict[str, pygame.Surface] = {}

    def set(self, fill: Fill) -> None:
        self.fill = fill
        n = len(fill.cells())
        self.rect.w = n * (self.cell + self.gap) - self.gap

    def image(self, kind: str) -> pygame.Surface:
        img = self._cache.get(kind)
        if img is None:
            img = self._cache[kind] = cell_image(self.assets, kind, self.cell)
        return img

    def update(self, dt: float) -> None:
        self.t += dt

    def draw(self, canvas: Canvas) -> None:
        x, y = self.rect.topleft
        cap = self.fill.capacity
        blink = self.steady or int(self.t * 3) % 2 == 0  # 1.5 blinks a second: under three
        for i, kind in enumerate(self.fill.cells()):
            cx = x + i * (self.cell + self.gap) + (4 if i >= cap else 0)
            if kind == "over" and not blink:
                pygame.draw.rect(canvas.surface, PALETTE["ares_red"], (cx, y, self.cell, self.cell), 1)
                continue
            canvas.surface.blit(self.image(kind), (cx, y))
        if len(self.fill.cells()) > cap:  # the end of the core
            ex = x + cap * (self.cell + self.gap) + 1
            pygame.draw.line(canvas.surface, PALETTE["white"], (ex, y - 3), (ex, y + self.cell + 2))

    def draw_drain(self, canvas: Canvas, before: Fill, k: float) -> None:
        """The cells a deletion empties, drawn over the meter as they drain from the top (`k` 0..1)."""
        x, y = self.rect.topleft
        after = self.fill.cells()
        left = round(self.cell * (1 - k))
        if left <= 0:
            return
        for i, kind in enumerate(before.cells()):
            if kind not in ("full", "new", "over") or (i < len(after) and after[i] == kind):
                continue
            cx = x + i * (self.cell + self.gap) + (4 if i >= before.capacity else 0)
            img = self.image(kind)
            canvas.surface.blit(img, (cx, y + self.cell - left), pygame.Rect(0, self.cell - left, self.cell, left))

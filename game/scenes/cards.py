"""Memory cards: 7723's memories as glowing hologram slabs.

Each card is composed once (frame, picture, mood icon, weight pips) and cached; its title is drawn as
crisp text on top. The glow is `card_glow.png` added with additive blending (so it brightens rather
than covers), at a few pre-made strengths so it can flicker without any per-frame image work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from game.engine.assets import AssetError, Assets
from game.engine.theme import PALETTE
from game.engine.ui import chamfer_points, ui_layout
from game.story.events import MemoryCard

from .pictures import memory_picture, mood_color, mood_icon

if TYPE_CHECKING:
    from game.engine.canvas import Canvas

CARD = (112, 144)
GLOW_LEVELS = 6
DEFAULT_LAYOUT: dict[str, Any] = {
    "card.png": {"picture": [8, 10, 96, 64], "title": [8, 80, 96, 20], "mood": [8, 118, 16, 16],
                 "pips": [30, 122, 74, 8]},
    "card_glow.png": {"offset": [-16, -16]},
}


class CardArt:
    """Builds and caches card pictures for one assets folder."""

    def __init__(self, assets: Assets) -> None:
        self.assets = assets
        layout = ui_layout(assets)
        self.layout = {k: {**v, **layout.get(k, {})} for k, v in DEFAULT_LAYOUT.items()}
        self._cards: dict[str, pygame.Surface] = {}
        self._glows: list[pygame.Surface] | None = None
        self._gap: pygame.Surface | None = None

    def rect(self, part: str) -> pygame.Rect:
        return pygame.Rect(self.layout["card.png"][part])

    def base(self) -> pygame.Surface:
        return self.assets.image_or("ui/card.png", _drawn_card)

    def card(self, m: MemoryCard) -> pygame.Surface:
        surf = self._cards.get(m.id)
        if surf is not None:
            return surf
        surf = self.base().copy()
        pic = self.rect("picture")
        surf.blit(memory_picture(self.assets, m.id, m.mood, pic.size), pic)
        mood = self.rect("mood")
        icon = mood_icon(self.assets, m.mood)
        surf.blit(pygame.transform.scale(icon, mood.size) if icon.get_size() != mood.size else icon, mood)
        pips = self.rect("pips")
        pip = self.assets.image_or("ui/weight_pip.png", _drawn_pip)
        step = pip.get_width() + 2
        for i in range(m.weight):
            surf.blit(pip, (pips.x + i * step, pips.y))
        self._cards[m.id] = surf
        return surf

    def gap(self) -> pygame.Surface:
        if self._gap is None:
            self._gap = self.assets.image_or("ui/gap.png", _drawn_gap)
        return self._gap

    def glows(self) -> list[pygame.Surface]:
        if self._glows is None:
            try:
                glow = self.assets.image("ui/card_glow.png")
            except AssetError:
                glow = _drawn_glow()
            levels = []
            for i in range(1, GLOW_LEVELS + 1):
                g = glow.copy()
                k = int(255 * i / GLOW_LEVELS)
                g.fill((k, k, k, 255), special_flags=pygame.BLEND_RGBA_MULT)
                levels.append(g)
            self._glows = levels
        return self._glows

    def draw_glow(self, surf: pygame.Surface, pos: tuple[int, int], strength: float,
                  tint: tuple[int, int, int] | None = None) -> None:
        levels = self.glows()
        i = max(0, min(len(levels) - 1, int(strength * len(levels)) - 1))
        if strength <= 0:
            return
        ox, oy = self.layout["card_glow.png"].get("offset", [-16, -16])
        surf.blit(levels[i], (pos[0] + ox, pos[1] + oy), special_flags=pygame.BLEND_RGB_ADD)

    def draw(self, canvas: Canvas, m: MemoryCard, pos: tuple[int, int], *, glow: float = 0.6,
             marked: bool = False, alpha: int = 255, title_color: tuple[int, int, int] | None = None,
             size: float = 11) -> pygame.Rect:
        surf = canvas.surface
        if glow > 0 and not marked:
            self.draw_glow(surf, pos, glow)
        img = self.gap() if marked else self.card(m)
        if alpha < 255:
            img = img.copy()
            img.set_alpha(alpha)
        surf.blit(img, pos)
        tr = self.rect("title").move(pos)
        if alpha > 90:
            color = title_color or (PALETTE["fog"] if marked else PALETTE["white"])
            canvas.text(m.title, tr.center, size, color, anchor="center", width=tr.w + 4, align="center")
        return pygame.Rect(pos, CARD)


def _drawn_card() -> pygame.Surface:
    s = pygame.Surface(CARD, pygame.SRCALPHA)
    r = s.get_rect()
    pygame.draw.polygon(s, PALETTE["holo"], chamfer_points(r, 8))
    pygame.draw.polygon(s, PALETTE["night"], chamfer_points(r.inflate(-4, -4), 7))
    pygame.draw.rect(s, PALETTE["holo"], (7, 9, 98, 66), 1)
    pygame.draw.rect(s, PALETTE["deep_blue"], (8, 80, 96, 20))
    return s


def _drawn_gap() -> pygame.Surface:
    s = pygame.Surface(CARD, pygame.SRCALPHA)
    pygame.draw.polygon(s, PALETTE["steel"], chamfer_points(s.get_rect(), 8), 2)
    pygame.draw.line(s, PALETTE["fog"], (12, 12), (100, 134))
    return s


def _drawn_pip() -> pygame.Surface:
    s = pygame.Surface((8, 8), pygame.SRCALPHA)
    pygame.draw.polygon(s, PALETTE["neon_cyan"], [(4, 0), (8, 4), (4, 8), (0, 4)])
    return s


def _drawn_glow() -> pygame.Surface:
    w, h = CARD[0] + 32, CARD[1] + 32
    s = pygame.Surface((w, h), pygame.SRCALPHA)
    for i in range(16, 0, -2):
        k = int(120 * (1 - i / 16))
        c = tuple(int(v * k / 255) for v in PALETTE["neon_cyan"])
        pygame.draw.rect(s, (*c, 255), (16 - i, 16 - i, CARD[0] + 2 * i, CARD[1] + 2 * i), border_radius=10)
    return s


def tint_for(m: MemoryCard) -> tuple[int, int, int]:
    return mood_color(m.mood)

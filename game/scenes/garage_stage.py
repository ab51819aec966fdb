"""The dark garage behind the memory review: 7723 in his nest with Mai beside him, lit by his chest.

The room is the painted night garage (`assets/backdrops/garage_night.png`, made by
`tools/art/garage_backdrop.py`); the two of them are their map sprites, doubled and dimmed to the
night. The only warm light in it is his chest: a teal glow added over the room around him, breathing
slowly (well under the flash ceiling), steady under reduce motion. His face, a portrait, answers
what the player marks: calm, worried while a memory is marked, sad as one goes.
"""

from __future__ import annotations

import pygame

from game.engine import motion
from game.engine.assets import Assets
from game.engine.sprites import load_sheet
from game.engine.theme import PALETTE

from .pictures import portrait

BOT_AT = (56, 148)  # 7723's top-left: sitting in the nest, low on the left of the room
SEATED = 34  # rows of his sprite that show above the blankets
MAI_AT = (20, 152)  # Mai on the blankets beside him
CHEST = (88, 192)  # the middle of his chest light on screen
LAP = pygame.Rect(46, 206, 88, 22)  # the blanket over his lap, in front of him
GLOW_RADIUS = 96
GLOW_LEVELS = 8
NIGHT = (120, 130, 190)  # the figures, multiplied down to the dark
CALM, WORRIED, SAD = "neutral", "sad", "sad"  # his drawn faces: calm, and the sad brow for worry and loss


def radial(radius: int, color: tuple[int, int, int], strength: float) -> pygame.Surface:
    """A soft round light, for adding: brightest in the middle, nothing at the rim."""
    s = pygame.Surface((radius * 2, radius * 2))
    for r in range(radius, 0, -2):
        k = strength * (1 - r / radius) ** 1.6
        pygame.draw.circle(s, tuple(int(v * k) for v in color), (radius, radius), r)
    return s


class GarageStage:
    """Draws the room, the two of them and his light; caches every picture it makes."""

    def __init__(self, assets: Assets) -> None:
        self.assets = assets
        self._room: pygame.Surface | None = None
        self._figures: list[tuple[pygame.Surface, tuple[int, int]]] | None = None
        self._glows = [radial(GLOW_RADIUS, (150, 255, 232), 0.55 * i / GLOW_LEVELS)
                       for i in range(1, GLOW_LEVELS + 1)]
        self._faces: dict[tuple[str, int], pygame.Surface] = {}

    def room(self) -> pygame.Surface:
        if self._room is None:
            self._room = self.assets.image_or("backdrops/garage_night.png", _drawn_room, alpha=False)
        return self._room

    def figures(self) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        if self._figures is None:
            out = []
            for name, at in (("7723", BOT_AT), ("mai", MAI_AT)):
                frame = load_sheet(self.assets, name).frame("down", 0.0, False)
                if name == "7723":  # sitting: his legs are in the blankets
                    frame = frame.subsurface((0, 0, frame.get_width(), min(SEATED, frame.get_height())))
                big = pygame.transform.scale_by(frame, 2)
                big.fill((*NIGHT, 255), special_flags=pygame.BLEND_RGBA_MULT)
                out.append((big, at))
            self._figures = out
        return self._figures

    def light(self, t: float, reduce: bool, dim: float = 1.0) -> float:
        """How bright his chest is now, 0..1: a slow breath, or steady."""
        breath = 1.0 if reduce else 0.85 + 0.15 * motion.wave(t, 0.35)
        return max(0.0, min(1.0, breath * dim))

    def draw(self, surf: pygame.Surface, t: float, reduce: bool, dim: float = 1.0) -> None:
        """The room, the two of them, then his light added over all of it (`dim` 0 puts it out)."""
        surf.blit(self.room(), (0, 0))
        for img, at in self.figures():
            surf.blit(img, at)
        pygame.draw.ellipse(surf, PALETTE["indigo"], LAP)
        k = self.light(t, reduce, dim)
        if k <= 0:
            return
        glow = self._glows[max(0, min(GLOW_LEVELS - 1, round(k * GLOW_LEVELS) - 1))]
        surf.blit(glow, (CHEST[0] - GLOW_RADIUS, CHEST[1] - GLOW_RADIUS), special_flags=pygame.BLEND_RGB_ADD)
        core = tuple(int(v * k) for v in PALETTE["neon_cyan"])
        pygame.draw.circle(surf, core, CHEST, 3)

    def face(self, expression: str, size: int) -> pygame.Surface:
        """7723's portrait at `size` pixels square."""
        key = (expression, size)
        img = self._faces.get(key)
        if img is None:
            src = portrait(self.assets, "7723", expression, PALETTE["bot_blue"])
            img = self._faces[key] = pygame.transform.smoothscale(src, (size, size))
        return img


def _drawn_room() -> pygame.Surface:
    """Until the backdrop is painted: a dark wall over a darker floor."""
    s = pygame.Surface((640, 360))
    s.fill(PALETTE["ink"])
    s.fill(PALETTE["shadow"] if "shadow" in PALETTE else (8, 8, 16), (0, 236, 640, 124))
    return s

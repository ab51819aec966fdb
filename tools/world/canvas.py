"""A tiny palette-index canvas: every picture in the world is drawn with these few operations.

Pixels hold an index into the 32-colour palette (or CLEAR), so a drawing can never step outside the
palette and a colour change in `tools/palette.py` repaints everything on the next build.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

import numpy as np

from tools.palette import COLOURS, NAMES

CLEAR = 255
IDX: dict[str, int] = {name: i for i, name in enumerate(NAMES)}

# One step darker / lighter for each colour: used for shading and highlights.
DARKER: dict[str, str] = {
    "ink": "shadow", "night": "ink", "indigo": "night", "dusk": "indigo", "steel": "indigo",
    "fog": "steel", "mist": "fog", "white": "mist", "neon_pink": "magenta", "magenta": "blood",
    "neon_cyan": "teal", "teal": "deep_blue", "neon_lime": "green", "green": "teal",
    "neon_yellow": "orange", "orange": "brick", "bot_blue": "deep_blue", "deep_blue": "indigo",
    "holo": "bot_blue", "ares_red": "blood", "blood": "night", "lamp": "orange", "wood": "dark_wood",
    "dark_wood": "night", "brick": "dark_wood", "cream": "lamp", "skin_light": "skin_mid",
    "skin_mid": "skin_dark", "skin_dark": "dark_wood", "hair": "ink", "hair_purple": "indigo",
    "shadow": "shadow",
}
LIGHTER: dict[str, str] = {
    "shadow": "ink", "ink": "night", "night": "indigo", "indigo": "dusk", "dusk": "steel",
    "steel": "fog", "fog": "mist", "mist": "white", "white": "white", "magenta": "neon_pink",
    "neon_pink": "white", "teal": "neon_cyan", "neon_cyan": "white", "green": "neon_lime",
    "neon_lime": "white", "orange": "neon_yellow", "neon_yellow": "white", "deep_blue": "bot_blue",
    "bot_blue": "holo", "holo": "white", "blood": "ares_red", "ares_red": "orange", "lamp": "cream",
    "wood": "lamp", "dark_wood": "wood", "brick": "orange", "cream": "white", "skin_dark": "skin_mid",
    "skin_mid": "skin_light", "skin_light": "cream", "hair": "indigo", "hair_purple": "dusk",
}


def dark(c: str, steps: int = 1) -> str:
    """The colour `steps` shades darker."""
    for _ in range(steps):
        c = DARKER[c]
    return c


def light(c: str, steps: int = 1) -> str:
    """The colour `steps` shades lighter."""
    for _ in range(steps):
        c = LIGHTER[c]
    return c


class Canvas:
    """A width×height grid of palette indices with the handful of drawing operations pixel art needs."""

    def __init__(self, w: int, h: int, fill: str | None = None) -> None:
        self.w, self.h = w, h
        self.a = np.full((h, w), CLEAR if fill is None else IDX[fill], dtype=np.uint8)

    # -- basic pixels -------------------------------------------------------------------------
    def px(self, x: int, y: int, c: str | None) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.a[y, x] = CLEAR if c is None else IDX[c]

    def get(self, x: int, y: int) -> str | None:
        if not (0 <= x < self.w and 0 <= y < self.h):
            return None
        v = int(self.a[y, x])
        return None if v == CLEAR else NAMES[v]

    def rect(self, x: int, y: int, w: int, h: int, c: str | None) -> None:
        x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, self.w), min(y + h, self.h)
        if x1 > x0 and y1 > y0:
            self.a[y0:y1, x0:x1] = CLEAR if c is None else IDX[c]

    def fill(self, c: str | None) -> None:
        self.rect(0, 0, self.w, self.h, c)

    def hline(self, x: int, y: int, w: int, c: str) -> None:
        self.rect(x, y, w, 1, c)

    def vline(self, x: int, y: int, h: int, c: str) -> None:
        self.rect(x, y, 1, h, c)

    def frame(self, x: int, y: int, w: int, h: int, c: str) -> None:
        self.hline(x, y, w, c)
        self.hline(x, y + h - 1, w, c)
        self.vline(x, y, h, c)
        self.vline(x + w - 1, y, h, c)

    def bevel(self, x: int, y: int, w: int, h: int, base: str, hi: str | None = None,
              lo: str | None = None) -> None:
        """A raised panel: base colour, light top-left edge, dark bottom-right edge."""
        self.rect(x, y, w, h, base)
        self.hline(x, y, w, hi or light(base))
        self.vline(x, y, h, hi or light(base))
        self.hline(x, y + h - 1, w, lo or dark(base))
        self.vline(x + w - 1, y + 1, h - 1, lo or dark(base))

    def line(self, x0: int, y0: int, x1: int, y1: int, c: str) -> None:
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.px(x0, y0, c)
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, c: str | None) -> None:
        ys, xs = np.mgrid[0:self.h, 0:self.w]
        mask = ((xs + 0.5 - cx) / rx) ** 2 + ((ys + 0.5 - cy) / ry) ** 2 <= 1.0
        self.a[mask] = CLEAR if c is None else IDX[c]

    def checker(self, x: int, y: int, w: int, h: int, c: str, phase: int = 0) -> None:
        """Dither: every other pixel in a rectangle, for soft gradients inside a strict palette."""
        for yy in range(max(y, 0), min(y + h, self.h)):
            for xx in range(max(x, 0), min(x + w, self.w)):
                if (xx + yy + phase) % 2 == 0:
                    self.a[yy, xx] = IDX[c]

    def speckle(self, rng: random.Random, colours: Sequence[str], density: float,
                area: tuple[int, int, int, int] | None = None, only_on: str | None = None) -> None:
        """Scatter single pixels (grit, stars, wear) so flat areas read as material."""
        x, y, w, h = area or (0, 0, self.w, self.h)
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                if rng.random() < density and (only_on is None or self.get(xx, yy) == only_on):
                    self.px(xx, yy, rng.choice(list(colours)))

    def text(self, rows: Iterable[str], key: dict[str, str], x: int = 0, y: int = 0) -> None:
        """Paint a picture written as characters; characters missing from `key` stay untouched."""
        for j, row in enumerate(rows):
            for i, ch in enumerate(row):
                if ch in key:
                    self.px(x + i, y + j, key[ch])

    # -- composition --------------------------------------------------------------------------
    def blit(self, other: Canvas, x: int, y: int) -> None:
        for j in range(other.h):
            for i in range(other.w):
                v = other.a[j, i]
                if v != CLEAR and 0 <= x + i < self.w and 0 <= y + j < self.h:
                    self.a[y + j, x + i] = v

    def copy(self) -> Canvas:
        out = Canvas(self.w, self.h)
        out.a = self.a.copy()
        return out

    def sub(self, x: int, y: int, w: int, h: int) -> Canvas:
        out = Canvas(w, h)
        out.a = self.a[y:y + h, x:x + w].copy()
        return out

    def flipped(self) -> Canvas:
        out = Canvas(self.w, self.h)
        out.a = self.a[:, ::-1].copy()
        return out

    def shifted(self, dx: int, dy: int) -> Canvas:
        """The picture moved by (dx, dy), wrapping round: scrolling belts, water and screens."""
        out = Canvas(self.w, self.h)
        out.a = np.roll(np.roll(self.a, dy, axis=0), dx, axis=1)
        return out

    def outline(self, c: str = "ink", diagonal: bool = False) -> None:
        """Surround every opaque shape with a one-pixel outline, the way sprites are inked."""
        solid = self.a != CLEAR
        grow = np.zeros_like(solid)
        grow[1:, :] |= solid[:-1, :]
        grow[:-1, :] |= solid[1:, :]
        grow[:, 1:] |= solid[:, :-1]
        grow[:, :-1] |= solid[:, 1:]
        if diagonal:
            grow[1:, 1:] |= solid[:-1, :-1]
            grow[:-1, :-1] |= solid[1:, 1:]
            grow[1:, :-1] |= solid[:-1, 1:]
            grow[:-1, 1:] |= solid[1:, :-1]
        self.a[grow & ~solid] = IDX[c]

    def recolour(self, mapping: dict[str, str]) -> Canvas:
        out = self.copy()
        for src, dst in mapping.items():
            out.a[self.a == IDX[src]] = IDX[dst]
        return out

    def rgba(self) -> np.ndarray:
        lut = np.zeros((256, 4), dtype=np.uint8)
        for i, (r, g, b) in enumerate(COLOURS):
            lut[i] = (r, g, b, 255)
        return lut[self.a]


def save_png(array_rgba: np.ndarray, path: str) -> None:
    """Write an RGBA array as PNG through pygame (dummy video driver: no window is opened)."""
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    h, w = array_rgba.shape[:2]
    surf = pygame.image.frombuffer(np.ascontiguousarray(array_rgba).tobytes(), (w, h), "RGBA")
    pygame.image.save(surf, path)

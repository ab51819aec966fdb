"""The palette-index canvas every picture in tools/ is drawn on: portraits, interface, tiles, sprites.

Pixels hold an index into the game's palette (or CLEAR), so a drawing can never step outside the
palette and a colour changed in `game/palette.py` repaints everything on the next `make assets`.
Two ways of drawing share it: painting boolean masks (shapes built with the geometry at the bottom)
and placing pixels, runs and rectangles directly, as the 16×16 tiles are drawn.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from tools.palette import NAMES, PALETTE

CLEAR = -1
INDEX: dict[str, int] = {name: i for i, name in enumerate(NAMES)}
RGB = np.array(list(PALETTE.values()), dtype=np.uint8)

Mask = np.ndarray


def idx(colour: str) -> int:
    """Palette index of a colour name (a KeyError is the point: unknown colours cannot be drawn)."""
    return INDEX[colour]


def _value(colour: str | None) -> int:
    return CLEAR if colour is None else idx(colour)


class Canvas:
    """A w×h grid of palette indices (CLEAR is transparent) with the few primitives pixel art needs."""

    def __init__(self, w: int, h: int, fill: str | None = None) -> None:
        self.grid = np.full((h, w), _value(fill), dtype=np.int16)

    @property
    def w(self) -> int:
        return int(self.grid.shape[1])

    @property
    def h(self) -> int:
        return int(self.grid.shape[0])

    def _with(self, grid: np.ndarray) -> Canvas:
        """A new canvas holding `grid` (a copy, so the two never share pixels)."""
        out = Canvas(0, 0)
        out.grid = grid.copy()
        return out

    # --- reading ---------------------------------------------------------------------------------
    def get(self, x: int, y: int) -> str | None:
        """The colour at a pixel (None where clear or off the canvas)."""
        if not (0 <= x < self.w and 0 <= y < self.h):
            return None
        v = int(self.grid[y, x])
        return None if v == CLEAR else NAMES[v]

    def mask_of(self, *colours: str) -> Mask:
        """Where the canvas currently holds any of the colours."""
        return np.isin(self.grid, [idx(c) for c in colours])

    def solid(self) -> Mask:
        return self.grid != CLEAR

    # --- painting masks --------------------------------------------------------------------------
    def put(self, mask: Mask, colour: str | None) -> None:
        """Fill a mask with one colour (None clears it)."""
        self.grid[mask] = _value(colour)

    def recolour(self, mapping: Mapping[str, str], where: Mask | None = None) -> None:
        """Swap colours (inside `where`), e.g. to dim a layer or build a silhouette."""
        src = self.grid.copy()
        for a, b in mapping.items():
            m = src == idx(a)
            if where is not None:
                m &= where
            self.grid[m] = idx(b)

    def paint(
        self,
        mask: Mask,
        fill: str,
        *,
        shade: str | None = None,
        light: str | None = None,
        outline: str | None = None,
        light_from: tuple[int, int] = (1, -1),
        depth: int = 3,
        clip: Mask | None = None,
    ) -> None:
        """Fill a shape with a 2–3 tone ramp lit from one side and an optional outline.

        The shade is the band of the shape that faces away from the light (found by shifting the mask
        toward the light), the highlight the thin band that faces it: the same rule for every part,
        so all pictures agree on where the light is.
        """
        if clip is not None:
            mask = mask & clip
        lx, ly = light_from
        self.put(mask, fill)
        if shade is not None:
            # past the canvas border counts as "more of the shape": a body cut off by the frame
            # does not get a shadow along the cut
            self.put(mask & ~shifted(mask, -lx * depth, -ly * depth, beyond=True), shade)
        if light is not None:
            self.put(mask & ~shifted(mask, lx, ly, beyond=True) & shifted(mask, -lx * 2, -ly * 2), light)
        if outline is not None:
            self.put(edge(mask), outline)

    def outline(self, colour: str = "ink", diagonal: bool = False) -> None:
        """Surround every opaque shape with a one-pixel outline, the way sprites are inked."""
        self.put(halo(self.solid(), diagonal), colour)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, colour: str | None) -> None:
        self.put(ellipse(self.w, self.h, cx, cy, rx, ry), colour)

    def checker(self, x: int, y: int, w: int, h: int, colour: str, phase: int = 0) -> None:
        """Dither: every other pixel in a rectangle, for soft gradients inside a strict palette."""
        self.put(box(self.w, self.h, x, y, w, h) & checker(self.w, self.h, phase), colour)

    # --- placing pixels --------------------------------------------------------------------------
    def px(self, x: int, y: int, colour: str | None) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.grid[y, x] = _value(colour)

    def rect(self, x: int, y: int, w: int, h: int, colour: str | None) -> None:
        x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, self.w), min(y + h, self.h)
        if x1 > x0 and y1 > y0:
            self.grid[y0:y1, x0:x1] = _value(colour)

    def fill(self, colour: str | None) -> None:
        self.rect(0, 0, self.w, self.h, colour)

    def hline(self, x: int, y: int, w: int, colour: str) -> None:
        self.rect(x, y, w, 1, colour)

    def vline(self, x: int, y: int, h: int, colour: str) -> None:
        self.rect(x, y, 1, h, colour)

    def frame(self, x: int, y: int, w: int, h: int, colour: str) -> None:
        self.hline(x, y, w, colour)
        self.hline(x, y + h - 1, w, colour)
        self.vline(x, y, h, colour)
        self.vline(x + w - 1, y, h, colour)

    def line(self, x0: int, y0: int, x1: int, y1: int, colour: str) -> None:
        """Bresenham line: one pixel wide, no anti-aliasing, identical every run."""
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            self.px(x0, y0, colour)
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def text(self, rows: Iterable[str], key: Mapping[str, str | None], x: int = 0, y: int = 0) -> None:
        """Paint a picture written as characters; characters missing from `key` stay untouched."""
        for j, row in enumerate(rows):
            for i, ch in enumerate(row):
                if ch in key:
                    self.px(x + i, y + j, key[ch])

    def stamp(self, art: str, x: int, y: int, legend: Mapping[str, str | None], flip: bool = False) -> None:
        """Draw a small ASCII picture; '.' and unknown letters are skipped, so stamps overlay cleanly."""
        rows = art.strip("\n").split("\n")
        width = max(len(r) for r in rows)
        rows = [r.ljust(width, ".") for r in rows]
        self.text([r[::-1] for r in rows] if flip else rows, legend, x, y)

    def speckle(self, rng: random.Random, colours: Sequence[str], density: float,
                area: tuple[int, int, int, int] | None = None, only_on: str | None = None) -> None:
        """Scatter single pixels (grit, stars, wear) so flat areas read as material."""
        x, y, w, h = area or (0, 0, self.w, self.h)
        for yy in range(y, y + h):
            for xx in range(x, x + w):
                if rng.random() < density and (only_on is None or self.get(xx, yy) == only_on):
                    self.px(xx, yy, rng.choice(list(colours)))

    # --- composition -----------------------------------------------------------------------------
    def blit(self, other: Canvas, x: int, y: int) -> None:
        """Copy another canvas's opaque pixels onto this one."""
        h, w = other.grid.shape
        x0, y0 = max(x, 0), max(y, 0)
        x1, y1 = min(x + w, self.w), min(y + h, self.h)
        if x1 <= x0 or y1 <= y0:
            return
        src = other.grid[y0 - y : y1 - y, x0 - x : x1 - x]
        dst = self.grid[y0:y1, x0:x1]
        dst[src != CLEAR] = src[src != CLEAR]

    def copy(self) -> Canvas:
        return self._with(self.grid)

    def sub(self, x: int, y: int, w: int, h: int) -> Canvas:
        """The w×h piece at (x, y), e.g. one tile of a big drawing."""
        return self._with(self.grid[y : y + h, x : x + w])

    def flipped(self) -> Canvas:
        return self._with(self.grid[:, ::-1])

    def transposed(self) -> Canvas:
        """Mirrored across the diagonal: a north rail or wall piece turned into a west one."""
        return self._with(self.grid.T)

    def rolled(self, dx: int, dy: int) -> Canvas:
        """The picture moved by (dx, dy), wrapping round: scrolling belts, water and screens."""
        return self._with(np.roll(np.roll(self.grid, dy, axis=0), dx, axis=1))

    def rgba(self) -> np.ndarray:
        """h×w×4 uint8 pixels: palette colours, alpha 255, or fully transparent black."""
        out = np.zeros((self.h, self.w, 4), dtype=np.uint8)
        solid = self.grid != CLEAR
        out[solid, :3] = RGB[self.grid[solid]]
        out[solid, 3] = 255
        return out


# --- mask geometry ---------------------------------------------------------------------------------
def grid_xy(w: int, h: int) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates, so shapes land on the same pixels on every machine."""
    ys, xs = np.mgrid[0:h, 0:w]
    return xs + 0.5, ys + 0.5


def ellipse(w: int, h: int, cx: float, cy: float, rx: float, ry: float) -> Mask:
    x, y = grid_xy(w, h)
    return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0


def circle(w: int, h: int, cx: float, cy: float, r: float) -> Mask:
    return ellipse(w, h, cx, cy, r, r)


def box(w: int, h: int, x: int, y: int, bw: int, bh: int) -> Mask:
    m = np.zeros((h, w), dtype=bool)
    m[max(y, 0) : max(y + bh, 0), max(x, 0) : max(x + bw, 0)] = True
    return m


def rounded(w: int, h: int, x: int, y: int, bw: int, bh: int, r: int) -> Mask:
    """A box with round corners of radius r."""
    m = box(w, h, x + r, y, bw - 2 * r, bh) | box(w, h, x, y + r, bw, bh - 2 * r)
    for cx, cy in ((x + r, y + r), (x + bw - r, y + r), (x + r, y + bh - r), (x + bw - r, y + bh - r)):
        m |= circle(w, h, cx, cy, r)
    return m


def polygon(w: int, h: int, pts: list[tuple[float, float]]) -> Mask:
    """Even-odd fill of a polygon, tested at pixel centres."""
    x, y = grid_xy(w, h)
    inside = np.zeros((h, w), dtype=bool)
    n = len(pts)
    for i in range(n):
        x0, y0 = pts[i]
        x1, y1 = pts[(i + 1) % n]
        if y0 == y1:
            continue
        crosses = (y0 <= y) != (y1 <= y)
        xi = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
        inside ^= crosses & (x < xi)
    return inside


def shifted(mask: Mask, dx: int, dy: int, beyond: bool = False) -> Mask:
    """out[y, x] = mask[y + dy, x + dx]; `beyond` is what lies past the border."""
    h, w = mask.shape
    out = np.full_like(mask, beyond)
    ys0, ys1 = max(0, -dy), min(h, h - dy)
    xs0, xs1 = max(0, -dx), min(w, w - dx)
    if ys1 > ys0 and xs1 > xs0:
        out[ys0:ys1, xs0:xs1] = mask[ys0 + dy : ys1 + dy, xs0 + dx : xs1 + dx]
    return out


def grow(mask: Mask, n: int = 1, diagonal: bool = False) -> Mask:
    out = mask.copy()
    for _ in range(n):
        nxt = out | shifted(out, 1, 0) | shifted(out, -1, 0) | shifted(out, 0, 1) | shifted(out, 0, -1)
        if diagonal:
            nxt |= shifted(out, 1, 1) | shifted(out, -1, 1) | shifted(out, 1, -1) | shifted(out, -1, -1)
        out = nxt
    return out


def shrink(mask: Mask, n: int = 1) -> Mask:
    return ~grow(~mask, n)


def edge(mask: Mask, closed: bool = False) -> Mask:
    """The one-pixel inner border of a shape (4-connected), i.e. where an outline goes.

    By default the picture's own border is open (a bust cut off by the frame gets no line along
    the cut); `closed` outlines there too, as UI frames that fill their picture need.
    """
    if not closed:
        return mask & ~shrink(mask)
    inner = mask.copy()
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        inner &= shifted(mask, dx, dy, beyond=False)
    return mask & ~inner


def halo(mask: Mask, diagonal: bool = False) -> Mask:
    """The one-pixel ring just outside a shape (with its corners if `diagonal`)."""
    return grow(mask, diagonal=diagonal) & ~mask


def checker(w: int, h: int, phase: int = 0) -> Mask:
    """A 50% checkerboard, the dither used for soft transitions between two palette colours."""
    ys, xs = np.mgrid[0:h, 0:w]
    return (xs + ys + phase) % 2 == 0


BAYER4 = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]) / 16.0


def dither(level: np.ndarray) -> Mask:
    """Ordered (Bayer 4×4) dither of a 0..1 field: True where the upper colour goes."""
    h, w = level.shape
    ys, xs = np.mgrid[0:h, 0:w]
    return level > BAYER4[ys % 4, xs % 4]

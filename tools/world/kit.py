"""Shared tile recipes: textured floors, autotiled wall tops, 9-slices and 16-way edge sets.

Each tileset module draws its own look with these, so a wall in the lab and a wall in the sewer share
the same rules (cap on top, face below) and the map compiler can place them by name.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tools.canvas import Canvas
from tools.palette import dark, light
from tools.world.tileset import TILE, Tileset

N, E, S, W = 1, 2, 4, 8
SLICES = ("nw", "n", "ne", "w", "c", "e", "sw", "s", "se")


def rng(*key: object) -> random.Random:
    """A random source fixed by a key, so every build draws exactly the same pixels."""
    return random.Random("/".join(map(str, key)))


def textured(base: str, specks: dict[str, float], seed: object) -> Canvas:
    """A flat material made believable by scattered pixels of neighbouring shades."""
    c = Canvas(TILE, TILE, base)
    r = rng("tex", base, seed)
    for colour, density in specks.items():
        c.speckle(r, [colour], density)
    return c


def slabs(base: str, grout: str, size: int = 8, hi: str | None = None, seed: object = 0,
          specks: dict[str, float] | None = None) -> Canvas:
    """Paving or floor tiles: square slabs with grout lines and a lit top-left edge."""
    c = textured(base, specks or {}, seed)
    for k in range(0, TILE, size):
        c.hline(0, k, TILE, grout)
        c.vline(k, 0, TILE, grout)
        if hi:
            c.hline(1 + 0, k + 1, TILE, hi)
            for yy in range(k + 1, k + size):
                c.px(k + 1, yy, hi)
    if hi:  # re-draw grout crossing over the highlights
        for k in range(0, TILE, size):
            c.hline(0, k, TILE, grout)
            c.vline(k, 0, TILE, grout)
    return c


def planks(base: str, seed: object, vertical: bool = False, width: int = 8) -> Canvas:
    """Wooden planks with staggered joints and a little grain: the warm floors of the Su house."""
    r = rng("planks", base, seed)
    c = Canvas(TILE, TILE, base)
    seam, hi = dark(base), light(base)
    for i in range(0, TILE, width):
        c.hline(0, i + width - 1, TILE, seam)
        c.vline(r.randrange(2, TILE - 2), i, width - 1, seam)
        for _ in range(2):
            c.hline(r.randrange(TILE - 4), i + r.randrange(1, width - 2), r.randrange(3, 6), seam)
        c.hline(r.randrange(TILE - 2), i, 2, hi)
    return c.transposed() if vertical else c


def add_nine(ts: Tileset, name: str, draw: Callable[[Canvas], None], solid: bool = False) -> None:
    """Draw a 48×48 box and cut it into nine tiles (corners, edges, centre) for any-size regions."""
    big = Canvas(TILE * 3, TILE * 3)
    draw(big)
    for i, part in enumerate(SLICES):
        ts.add(f"{name}_{part}", big.sub((i % 3) * TILE, (i // 3) * TILE, TILE, TILE), solid)


def add_auto16(ts: Tileset, name: str, draw: Callable[[int], Canvas], solid: bool = False) -> None:
    """Sixteen variants by neighbour mask (N=1, E=2, S=4, W=8): curbs, wall tops, fences."""
    for mask in range(16):
        ts.add(f"{name}_{mask}", draw(mask), solid)


def cap(fill: str, edge: str, mask: int, inner: str | None = None, seed: object = 0) -> Canvas:
    """Top of a wall seen from above; an edge line wherever the neighbour is not wall (bit clear)."""
    c = textured(fill, {inner or light(fill): 0.012}, ("cap", fill, seed)) if inner != fill else Canvas(16, 16, fill)
    if not mask & N:
        c.hline(0, 0, TILE, edge)
        c.hline(0, 1, TILE, dark(edge))
    if not mask & S:
        c.hline(0, TILE - 2, TILE, dark(edge))
        c.hline(0, TILE - 1, TILE, edge)
    if not mask & W:
        c.vline(0, 0, TILE, edge)
        c.vline(1, 0, TILE, dark(edge))
    if not mask & E:
        c.vline(TILE - 2, 0, TILE, dark(edge))
        c.vline(TILE - 1, 0, TILE, edge)
    return c


def edged(base: Canvas, mask: int, lip: str, lip_hi: str, width: int = 2) -> Canvas:
    """A floor tile with a raised lip on the sides whose bit is set (curbs, channel edges)."""
    c = base.copy()
    if mask & N:
        c.rect(0, 0, TILE, width, lip)
        c.hline(0, width - 1, TILE, lip_hi)
    if mask & S:
        c.rect(0, TILE - width, TILE, width, lip)
        c.hline(0, TILE - width, TILE, lip_hi)
    if mask & W:
        c.rect(0, 0, width, TILE, lip)
        c.vline(width - 1, 0, TILE, lip_hi)
    if mask & E:
        c.rect(TILE - width, 0, width, TILE, lip)
        c.vline(TILE - width, 0, TILE, lip_hi)
    return c


def add_wall(ts: Tileset, style: str, cap_fill: str, cap_edge: str, faces: list[Canvas],
             faces_hi: list[Canvas]) -> None:
    """A complete interior wall: 16 autotiled caps plus face tiles (low row with skirting, upper row)."""
    add_auto16(ts, f"{style}_cap", lambda m: cap(cap_fill, cap_edge, m, seed=style), solid=True)
    for i, f in enumerate(faces):
        ts.add(f"{style}_face{i}", f, solid=True)
    for i, f in enumerate(faces_hi):
        ts.add(f"{style}_hi{i}", f, solid=True)


def glow_dot(c: Canvas, x: int, y: int, core: str, halo: str) -> None:
    """A small light: bright core with a dithered halo (no alpha in a strict palette)."""
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        c.px(x + dx, y + dy, halo)
    c.px(x, y, core)


def shadow_under(c: Canvas, x: int, y: int, w: int, colour: str = "ink") -> None:
    """A contact shadow strip under a prop so it sits on the floor."""
    c.checker(x, y, w, 1, colour)
    c.hline(x + 1, y, w - 2, colour)

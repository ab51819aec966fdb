"""Floors drawn as materials, not noise: planks with grain and joints, glazed tiles in grout, poured
concrete with aggregate, cracks and stains, grass in blades with flowers, riveted metal plates and
wet sewer stone.

Each recipe takes a seed and varies where the joints, knots, cracks and flowers fall, so the
variants a map scatters do not show the repeat.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.palette import dark, light
from tools.world.kit import rng
from tools.world.tileset import TILE


def planks(base: str, seed: object, width: int = 8, plain: bool = False) -> Canvas:
    """Floorboards running east–west: a dark seam under each board, grain streaks that wrap round
    the tile so a board reads as one long piece, an end joint with its nails now and then, a knot.
    A `plain` tile (the one a map lays most) keeps only the quiet grain, so its repeat does not show."""
    r = rng("boards", base, seed)
    seam, hi = dark(base), light(base)
    nail = "dark_wood" if base != "dark_wood" else "night"
    c = Canvas(TILE, TILE, base)
    for y0 in range(0, TILE, width):
        for row in sorted(r.sample(range(y0 + 1, y0 + width - 1), 1 if plain else 2)):
            x, n = r.randrange(TILE), r.randrange(5, 12)
            for k in range(n):
                if r.random() < 0.85:
                    c.px((x + k) % TILE, row, seam)
        c.hline(0, y0 + width - 1, TILE, seam)
        if plain:
            continue
        if r.random() < 0.5:
            c.hline(r.randrange(TILE // 2), y0, r.randrange(4, 9), hi)
        if r.random() < 0.3:
            joint = r.randrange(2, TILE - 2)
            c.vline(joint, y0, width - 1, seam)
            c.px(joint - 2, y0 + 1, nail)
            c.px(joint + 2, y0 + width - 3, nail)
        if r.random() < 0.15:
            kx = r.randrange(2, TILE - 4)
            ky = y0 + r.randrange(2, width - 3)
            c.hline(kx, ky, 3, seam)
            c.px(kx + 1, ky, nail)
            c.px(kx + 1, ky - 1, seam)
    return c


def glazed_tiles(a: str, b: str, grout: str, seed: object, size: int = 8) -> Canvas:
    """Square glazed tiles in two colours laid as a check, with grout, a glint on each and the odd chip."""
    r = rng("glazed", a, b, seed)
    c = Canvas(TILE, TILE, grout)
    for ty in range(0, TILE, size):
        for tx in range(0, TILE, size):
            col = a if (tx + ty) // size % 2 == 0 else b
            c.rect(tx + 1, ty + 1, size - 1, size - 1, col)
            c.hline(tx + 2, ty + 1, 2, light(col))
            c.px(tx + 1, ty + 2, light(col))
            c.hline(tx + 2, ty + size - 1, size - 2, dark(col))
            if r.random() < 0.12:  # a chipped corner
                c.px(tx + size - 1, ty + size - 1, grout)
                c.px(tx + size - 2, ty + size - 1, dark(grout))
    return c


def concrete(seed: object, base: str = "fog", crack: bool = False, stain: bool = False,
             joint: bool = False) -> Canvas:
    """Poured concrete: pebbles of aggregate in small clusters, a saw-cut joint, a crack, a stain."""
    r = rng("concrete", base, seed)
    c = Canvas(TILE, TILE, base)
    for _ in range(7):
        x, y = r.randrange(TILE), r.randrange(TILE)
        c.px(x, y, dark(base))
        if r.random() < 0.5:
            c.px(x + 1, y, light(base))
    if r.random() < 0.4:  # a faint trowel mark
        x, y = r.randrange(TILE - 6), r.randrange(TILE)
        c.hline(x, y, r.randrange(3, 5), light(base))
    if joint:
        c.hline(0, TILE - 1, TILE, dark(base))
        c.hline(0, TILE - 2, TILE, light(base))
    if stain:
        cx, cy = r.randrange(4, 12), r.randrange(4, 12)
        c.ellipse(cx, cy, 4, 2.5, dark(base))
        c.ellipse(cx - 1, cy, 2.5, 1.5, dark(dark(base)))
        c.px(cx + 4, cy + 1, dark(base))  # a drip beside the pool
    if crack:
        x, y = r.randrange(2, 8), r.randrange(0, 5)
        end = y + r.randrange(7, 11)
        while y < end and 0 <= x < TILE:
            c.px(x, y, dark(dark(base)))
            if r.random() < 0.3:
                c.px(x + 1, y, dark(base))
            x += r.choice([0, 1, 1, -1]) if r.random() < 0.7 else 0
            y += 1
    return c


def grass(seed: object, base: str = "green", flowers: int = 0, mown: bool = False) -> Canvas:
    """Grass as blades: clumps of two- and three-pixel strokes, lit tips, shade at the roots."""
    r = rng("blades", base, seed, mown)
    c = Canvas(TILE, TILE, base)
    tip, root = ("neon_lime", "teal") if base == "green" else (light(base), dark(base))
    for _ in range(9 if not mown else 6):
        x, y = r.randrange(TILE), r.randrange(2, TILE)
        for dx in (0, 2) if r.random() < 0.6 else (0,):
            h = r.randrange(2, 4) if not mown else 2
            c.vline(x + dx, y - h + 1, h, tip if dx == 0 else base)
            c.px(x + dx, y + 1, root)
            c.px(x + dx + 1, y, root)
    if mown:
        for _ in range(4):
            c.px(r.randrange(TILE), r.randrange(TILE), root)
    for _ in range(flowers):
        x, y = r.randrange(1, TILE - 2), r.randrange(2, TILE - 2)
        petal = r.choice(["neon_pink", "neon_yellow", "white", "holo"])
        c.px(x, y - 1, petal)
        c.px(x - 1, y, petal)
        c.px(x + 1, y, petal)
        c.px(x, y + 1, petal)
        c.px(x, y, "neon_yellow" if petal != "neon_yellow" else "orange")
        c.px(x, y + 2, root)
    return c


def metal_plate(seed: object, base: str = "steel", tread: bool = False, scuff: bool = False) -> Canvas:
    """A bolted floor plate: bevelled edges lit top-left, a rivet in each corner, tread or scuffs."""
    r = rng("plate", base, seed)
    c = Canvas(TILE, TILE, base)
    if tread:  # diamond tread: little raised dashes in alternating slants
        for y in range(3, TILE - 2, 4):
            for x in range(3 + (y // 4 % 2) * 2, TILE - 3, 4):
                c.px(x, y, light(base))
                c.px(x + 1, y + 1, dark(base))
    c.hline(0, 0, TILE, light(base))
    c.vline(0, 0, TILE, light(base))
    c.hline(0, TILE - 1, TILE, dark(base))
    c.vline(TILE - 1, 0, TILE, dark(base))
    for x, y in ((2, 2), (13, 2), (2, 13), (13, 13)):
        c.px(x, y, "mist")
        c.px(x + 1, y + 1, dark(dark(base)))
    if scuff:
        x, y = r.randrange(3, 8), r.randrange(4, 11)
        c.line(x, y, x + r.randrange(4, 7), y - r.randrange(1, 3), light(base))
        c.px(r.randrange(4, 12), r.randrange(4, 12), "brick")  # a spot of rust
    return c


def wet_stone(seed: object, base: str = "dusk", mortar: str = "night") -> Canvas:
    """Sewer flagstones: uneven courses in a few shades, black mortar, and water glinting on them."""
    r = rng("wetstone", base, seed)
    c = Canvas(TILE, TILE, mortar)
    shades = [base, base, dark(base), "steel" if base != "steel" else "fog"]
    for y0, h in ((0, 6), (6, 5), (11, 5)):
        x = -r.randrange(0, 6)
        while x < TILE:
            w = r.randrange(5, 10)
            col = r.choice(shades)
            c.rect(x + 1, y0 + 1, w - 1, h - 1, col)
            c.hline(x + 2, y0 + 1, max(1, w - 4), light(col))
            if r.random() < 0.35:  # a film of water catching the light
                gx = x + r.randrange(1, max(2, w - 1))
                c.hline(gx, y0 + h - 2, 2, "holo" if r.random() < 0.4 else "fog")
            x += w
    if r.random() < 0.5:
        c.px(r.randrange(TILE), r.randrange(TILE), "green")  # moss in a joint
    return c

"""The Su kitchen under its torn-off roof: the rain coming straight in through the gap, the slates
and plaster it brought down across the floor, and the half a beam that came down by the back door.

Added at the end of the home tileset, so no tile the maps already place changes its number.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world.kit import rng
from tools.world.tileset import TILE, Tileset

RAIN_FRAMES = 4
FALL = TILE // RAIN_FRAMES  # pixels a drop falls each frame: a cell's height in one turn of the loop


def rain(f: int) -> Canvas:
    """Rain falling in through the open roof, seen from above as slanting streaks over whatever is
    under it, and the splashes where it lands (frame `f`: the streaks a little further down)."""
    c = Canvas(TILE, TILE)
    r = rng("roofrain")
    for _ in range(5):
        x, y = r.randrange(TILE), r.randrange(TILE)
        c.line(x, y, x - 1, y + 3, "mist")
        c.px(x, y, "white")
    c = c.rolled(-(f % 2), f * FALL)
    for x, y in ((3, 12), (12, 4), (9, 14)):
        if (x + y + f) % 3 == 0:  # a splash, here and there, each in its turn
            c.px(x - 1, y, "holo")
            c.px(x + 1, y, "holo")
    return c


def slates(v: int) -> Canvas:
    """What the roof left on the floor as it went: broken slates, lumps of ceiling plaster, a lath."""
    c = Canvas(TILE, TILE)
    r = rng("slates", v)
    for _ in range(3):  # the slates, dark, a lighter edge where they broke
        x, y = r.randrange(1, TILE - 5), r.randrange(1, TILE - 4)
        c.rect(x, y, 4, 3, "indigo")
        c.hline(x, y, 4, "steel")
        c.px(x + 3, y + 2, "ink")
    for _ in range(3):  # plaster
        x, y = r.randrange(1, TILE - 3), r.randrange(1, TILE - 3)
        c.rect(x, y, 2, 2, "cream")
        c.px(x + 1, y + 1, "fog")
    x = r.randrange(1, 6)
    c.line(x, 13, x + 8, 10 + v % 3, "wood")  # a snapped lath
    return c


def beam(f: int = 0) -> Canvas:
    """Half a roof beam, fallen across the floor: dark old wood, the snapped end splintered pale, a
    bent nail or two, and a scatter of plaster round it."""
    w, h = 3 * TILE, TILE
    c = Canvas(w, h)
    c.rect(2, 5, w - 8, 6, "wood")
    c.hline(2, 5, w - 8, "lamp")  # its top, catching what light there is
    c.hline(2, 10, w - 8, "dark_wood")
    for x in range(6, w - 8, 7):
        c.px(x, 7 + x % 3, "dark_wood")  # the grain
    for i, y in enumerate(range(4, 12)):  # the snapped end, splintered
        c.hline(w - 6, y, 2 + (i * 3) % 4, "cream" if i % 2 else "wood")
    c.vline(12, 2, 4, "fog")  # bent nails
    c.line(30, 3, 32, 5, "fog")
    for x, y in ((1, 13), (20, 13), (38, 2), (44, 13)):
        c.rect(x, y, 2, 2, "cream")
    c.outline("ink")
    return c


def build(ts: Tileset) -> None:
    ts.add_anim("roofrain", [rain(f) for f in range(RAIN_FRAMES)], 140)
    for v in range(3):
        ts.add(f"roofslates{v}", slates(v))
    ts.add_big("fallen_beam", beam())

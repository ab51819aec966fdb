"""The Su kitchen under its torn-off roof: the rain coming straight in through the gap, the slates
and plaster it brought down across the floor, the half a beam that came down by the back door, and
the torn edge of what roof is left round the gap.

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
    for _ in range(7):  # a downpour, heavier than the rain outside looks from above: it falls on them
        x, y = r.randrange(TILE), r.randrange(TILE)
        c.line(x, y, x - 1, y + 4, "mist")
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


def torn_edge(v: int) -> Canvas:
    """The roof left standing at the west side of the gap, seen from above as the map is: a ragged band
    of slates broken off along the tile's west edge, their broken ends catching the sky, plaster
    hanging off them, and every other tile a snapped rafter sticking out over the gap; each throws
    its shadow on the floor below it, a little way in, so the edge reads as high over the room and
    not drawn on the tiles (no rain: laid over `rain`'s frames)."""
    c = Canvas(TILE, TILE)
    ends = [5 + (y * 5 + v * 3) % 4 for y in range(TILE)]  # the torn edge, jagged
    for y, w in enumerate(ends):
        c.checker(w + 2, y, 3, 1, "shadow", phase=v)  # its shadow, down on the floor
    rafter = 4 + v * 4 if v % 2 == 0 else None
    if rafter is not None:
        c.checker(6, rafter + 4, 9, 2, "shadow", phase=v)  # the rafter's shadow
    for y, w in enumerate(ends):
        c.hline(0, y, w, "indigo")
        if y % 4 == 3:
            c.hline(0, y, w - 1, "night")  # the gaps between the rows of slates
        c.px((y // 4) % 2 * 2 + 1, y, "night")  # and between the slates along a row
        c.px(w - 1, y, "steel")  # the broken ends catching the sky
        c.px(w, y, "ink")
        if (y + v) % 5 == 0:
            c.vline(w, y, 2, "cream")  # plaster hanging off it
    if rafter is not None:  # a rafter, snapped, out over the gap
        c.rect(0, rafter, 13, 3, "dark_wood")
        c.hline(0, rafter, 12, "wood")
        for i in range(3):
            c.px(13 + i % 2, rafter + i, "cream")  # the splintered end
    return c


# the torn edge round the gap, by which sides of a tile it runs along: west, east, south (`l`, `r`, `b`)
EDGES = ("l", "r", "b", "lb", "rb")


def edge(sides: str, v: int, f: int) -> Canvas:
    """A tile at the rim of the gap: the rain as under the gap (frame `f`), with the roof's torn edge
    along each of `sides`; drawn west and mirrored for the east, turned over for the south."""
    c = rain(f)
    west = torn_edge(v)
    south = west.transposed()
    south.grid = south.grid[::-1, :].copy()  # along the bottom, the rafters sticking up over the gap
    for side in sides:
        c.blit({"l": west, "r": west.flipped(), "b": south}[side], 0, 0)
    return c


def build(ts: Tileset) -> None:
    ts.add_anim("roofrain", [rain(f) for f in range(RAIN_FRAMES)], 140)
    for v in range(3):
        ts.add(f"roofslates{v}", slates(v))
    ts.add_big("fallen_beam", beam())
    for sides in EDGES:  # added after the rest, so the tiles before keep their numbers
        for v in range(2):
            ts.add_anim(f"roofedge_{sides}{v}", [edge(sides, v, f) for f in range(RAIN_FRAMES)], 140)

"""The flyover: a road on concrete legs over the streets, with its own traffic, and the pitch under it.

Seen from above and a little to the south, as the rest of the city: its deck is two tiles of road
(westbound over eastbound, the cars of `tiles_traffic` driving along it, the parapets over their
edges), then one tile of its concrete side, hanging over whatever is under it; its legs stand below
that side; its shadow falls on the ground beneath, dithered so the ground shows through it. The deck
and its side are drawn over the people (`above`): whoever walks under it goes under it.

`dress_flyover` lays it across a built map, from one column to another along one row.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world.kit import rng
from tools.world.tiles_traffic import FRAMES, MS, STRIP, lane_frames
from tools.world.tileset import TILE, Tileset


def _asphalt(seed: str) -> Canvas:
    """The deck's road surface, the whole strip long, with a little grit."""
    c = Canvas(STRIP * TILE, TILE, "night")
    c.speckle(rng("flyover", seed), ["indigo", "ink"], 0.08)
    return c


def _deck(row: int, look: str) -> list[Canvas]:
    """Each frame of one of the deck's two rows: its lane of cars (row 0 westbound, 1 eastbound) on
    the road, with the far parapet along the top of row 0, the near one along the bottom of row 1,
    and the dashed line between the lanes along the top of row 1."""
    frames = []
    for lane in lane_frames(look):
        c = _asphalt(f"{row}")
        c.blit(lane.flipped() if row == 0 else lane, 0, 0)
        w = c.w
        if row == 0:
            c.hline(0, 0, w, "fog")  # the far parapet's top, catching the light
            c.hline(0, 1, w, "steel")
            c.hline(0, 2, w, "ink")
        else:
            for x in range(0, w, 8):
                c.hline(x + 1, 0, 4, "lamp")  # the dashes between the lanes
            c.hline(0, 13, w, "ink")
            c.hline(0, 14, w, "fog")  # the near parapet
            c.hline(0, 15, w, "steel")
        frames.append(c)
    return frames


def _side(leg: bool) -> Canvas:
    """The deck's concrete side, hanging down over what is under it, with a leg under it or not."""
    c = Canvas(TILE, TILE)
    c.rect(0, 0, TILE, 9, "dusk")
    c.hline(0, 0, TILE, "steel")
    c.hline(0, 4, TILE, "indigo")  # a seam between its slabs
    c.hline(0, 9, TILE, "ink")  # its underside's edge
    if leg:
        c.rect(4, 10, 8, 6, "indigo")
        c.vline(5, 10, 6, "dusk")  # the leg's lit edge
    return c


def _leg() -> Canvas:
    """A concrete leg down to the ground, its foot in its own shadow."""
    c = Canvas(TILE, TILE)
    c.rect(4, 0, 8, 12, "indigo")
    c.vline(5, 0, 12, "dusk")
    c.vline(11, 0, 12, "night")
    c.rect(3, 11, 10, 2, "steel")  # the footing
    c.checker(1, 13, 14, 3, "shadow")
    return c


def _shade(density: int) -> Canvas:
    """The deck's shadow on the ground: every other pixel (`density` 2) or one in four (4)."""
    c = Canvas(TILE, TILE)
    for y in range(TILE):
        for x in range(TILE):
            if density == 2 and (x + y) % 2 == 0 or density == 4 and x % 2 == 0 and y % 2 == 0:
                c.px(x, y, "shadow")
    return c


def build(ts: Tileset) -> None:
    for row, look in ((0, "b"), (1, "a")):
        frames = _deck(row, look)
        assert len(frames) == FRAMES
        ts.add_big_anim(f"flyover_{row}", frames, MS)
    ts.add("flyover_side", _side(False))
    ts.add("flyover_side_leg", _side(True))
    ts.add("flyover_leg", _leg())
    ts.add("flyover_shade", _shade(2))
    ts.add("flyover_shade_thin", _shade(4))


def dress_flyover(b, row: int, x0: int, x1: int, legs: tuple[int, ...]) -> None:  # noqa: ANN001 - a mapkit Builder
    """The deck over `row` and the row below it from column `x0` to `x1` (inclusive), its side on
    the row after, legs under it at `legs`, and its shadow on the two rows after that (where nothing
    is drawn on the ground's detail already)."""
    for x in range(x0, x1 + 1):
        for dy in (0, 1):
            b.put("above", x, row + dy, f"flyover_{dy}@{x % STRIP},0")
        b.put("above", x, row + 2, "flyover_side_leg" if x in legs else "flyover_side")
        for dy, shade in ((3, "flyover_shade"), (4, "flyover_shade_thin")):
            if x in legs and dy == 3:
                b.put("above", x, row + dy, "flyover_leg")
                b.block(x, row + dy)
            elif 0 <= row + dy < b.h and b.layers["detail"][row + dy][x] is None:
                b.put("detail", x, row + dy, shade)

"""Rain: the one long, thin thread of it that comes down the crack in the lower city's sky.

Added at the end of the city tileset, so no tile the maps already place changes its number. The
drops slide down a pixel column a few pixels a frame; every frame has as many drops as the last,
so the thread moves without getting brighter or darker (nothing here flashes).
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world.tileset import TILE, Tileset

RAIN_MS = 120  # a frame: the drops fall four pixels in it, about half a tile a quarter-second
STEP = 4


def _thread(f: int) -> Canvas:
    """One tile of the thread: a faint wet line with three drops on it, `f` steps further down."""
    c = Canvas(TILE, TILE)
    for y in range(TILE):
        if (y + f * STEP) % 2 == 0:
            c.px(8, y, "fog")
    for start in (1, 7, 12):
        y = (start + f * STEP) % TILE
        c.px(8, y, "white")
        c.px(8, (y + 1) % TILE, "white")
        c.px(8, (y + 2) % TILE, "holo")
        c.px(7 + (start % 2) * 2, (y + 3) % TILE, "mist")
    return c


def build(ts: Tileset) -> None:
    ts.add_anim("rainthread", [_thread(f) for f in range(TILE // STEP)], RAIN_MS)

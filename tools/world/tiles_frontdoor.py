"""The Su house's front door, in the living room's street wall: where the knock comes the evening
Rice arrives, and where Pin walks in the night after.

Added at the end of the home tileset, so no tile the maps already place changes its number.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world.tileset import TILE, Tileset


def _front_door() -> Canvas:
    """A panelled wooden door seen from inside, in its frame: a frosted pane, a brass handle, and the
    smart lock's little panel glowing beside it (the door usually answers for them)."""
    c = Canvas(TILE, 2 * TILE)
    c.rect(0, 2, 16, 30, "dark_wood")  # the frame
    c.rect(2, 4, 12, 28, "wood")
    c.vline(2, 4, 28, "lamp")
    c.vline(13, 4, 28, "brick")
    c.rect(4, 6, 8, 7, "mist")  # the frosted pane
    c.frame(4, 6, 8, 7, "dark_wood")
    c.px(5, 7, "white")
    for y in (16, 23):  # two panels below it
        c.frame(4, y, 8, 5, "brick")
    c.rect(11, 18, 2, 2, "neon_yellow")  # the handle
    c.rect(14, 12, 2, 4, "night")  # the smart lock, lit
    c.px(14, 13, "neon_lime")
    c.hline(0, 31, 16, "ink")  # the threshold
    return c


def build(ts: Tileset) -> None:
    ts.add_big("frontdoor", _front_door(), solid=True)

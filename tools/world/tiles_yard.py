"""The school's yard and the lights over its pitch: the lunch tables, the fountain Greenwood sits
down in, and the floodlight masts that click on over the pitch after dark.

Added at the end of the school tileset, so no tile the maps already place changes its number.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world.kit import glow_dot
from tools.world.tileset import TILE, Tileset


def _lunch_table() -> Canvas:
    """A picnic table seen from above: benches either side, trays and a carton on the top."""
    c = Canvas(2 * TILE, 2 * TILE)
    c.ellipse(16, 29, 14, 2.5, "shadow")
    for y in (3, 23):  # the benches
        c.rect(2, y, 28, 4, "wood")
        c.hline(2, y, 28, "lamp")
        c.hline(2, y + 3, 28, "dark_wood")
    c.rect(1, 8, 30, 14, "wood")
    c.hline(1, 8, 30, "lamp")
    c.hline(1, 21, 30, "dark_wood")
    for x in (5, 13, 21):
        c.vline(x + 3, 9, 12, "dark_wood")
    for x, y, food in ((4, 11, "orange"), (18, 13, "neon_lime")):  # lunch trays
        c.rect(x, y, 9, 6, "mist")
        c.frame(x, y, 9, 6, "fog")
        c.rect(x + 2, y + 2, 3, 2, food)
    c.rect(14, 10, 3, 4, "white")  # a milk carton
    c.px(15, 10, "holo")
    c.outline("ink")
    return c


def long_table() -> Canvas:
    """The corridor's long table, six tiles end to end: benches either side, a few trays, and at
    the east end the homework and pencils of whoever sits there alone."""
    w = 6 * TILE
    c = Canvas(w, 2 * TILE)
    c.ellipse(w // 2, 29, w // 2 - 2, 2.5, "shadow")
    for y in (3, 23):  # the benches
        c.rect(2, y, w - 4, 4, "wood")
        c.hline(2, y, w - 4, "lamp")
        c.hline(2, y + 3, w - 4, "dark_wood")
    c.rect(1, 8, w - 2, 14, "wood")
    c.hline(1, 8, w - 2, "lamp")
    c.hline(1, 21, w - 2, "dark_wood")
    for x in range(8, w - 4, 8):
        c.vline(x, 9, 12, "dark_wood")
    for x, y, food in ((10, 11, "orange"), (38, 13, "neon_lime")):  # lunch trays left behind
        c.rect(x, y, 9, 6, "mist")
        c.frame(x, y, 9, 6, "fog")
        c.rect(x + 2, y + 2, 3, 2, food)
    c.rect(w - 18, 10, 10, 8, "white")  # the homework at the far end, and a pencil
    c.hline(w - 16, 12, 6, "fog")
    c.hline(w - 16, 14, 5, "fog")
    c.line(w - 7, 17, w - 4, 11, "neon_yellow")
    c.outline("ink")
    return c


def _fountain() -> Canvas:
    """The yard's fountain: a round stone basin with a spout, water enough to sit down in."""
    c = Canvas(2 * TILE, 2 * TILE)
    c.ellipse(16, 17, 15, 12, "fog")
    c.ellipse(16, 17, 13, 10, "steel")
    c.ellipse(16, 17, 12, 9, "bot_blue")
    c.ellipse(16, 16, 9, 6, "holo")
    c.ellipse(14, 14, 3, 2, "white")
    c.rect(15, 11, 3, 7, "mist")
    c.px(16, 10, "white")
    c.hline(6, 28, 20, "dusk")
    c.outline("ink")
    return c


def _floodlight_mast() -> Canvas:
    """A floodlight mast for the school pitch: a lattice pole with a bank of lamps on top."""
    c = Canvas(TILE, 3 * TILE)
    c.ellipse(8, 46, 5, 1.5, "shadow")
    c.rect(6, 12, 4, 34, "steel")
    c.vline(6, 12, 34, "fog")
    for y in range(14, 44, 4):
        c.line(6, y, 9, y + 3, "fog")
    c.rect(0, 1, 16, 10, "night")
    c.frame(0, 1, 16, 10, "fog")
    for x in (2, 6, 10):
        for y in (3, 6):
            glow_dot(c, x + 1, y + 1, "white", "mist")
    return c


def build(ts: Tileset) -> None:
    ts.add_big("lunchtable", _lunch_table())
    ts.add_big("yardfountain", _fountain())
    ts.add_big("floodlight_mast", _floodlight_mast())

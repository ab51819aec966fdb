"""The night market on the streets map: stalls under striped awnings, each selling something the
lanterns strung over the aisle light up (skewers, fruit, paper lanterns), where the rain catches Mai,
7723 and Momo on the day out.

Added at the end of the city tileset, so no tile the maps already place changes its number.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world.tileset import TILE, Tileset

# each stall: its awning's two stripes and what is laid out on its counter
STALLS = {
    "stall_skewers": ("ares_red", "cream", "skewers"),
    "stall_fruit": ("teal", "mist", "fruit"),
    "stall_lanterns": ("neon_yellow", "brick", "lanterns"),
}


def _goods(c: Canvas, kind: str) -> None:
    """What is for sale, on the counter (rows 19..27)."""
    if kind == "skewers":
        for x in range(5, 27, 4):
            c.line(x, 26, x + 2, 20, "lamp")
            for y in (21, 23):
                c.rect(x + 1, y, 2, 2, "brick" if y == 21 else "orange")
    elif kind == "fruit":
        for x, colour in ((5, "orange"), (11, "neon_lime"), (17, "ares_red"), (23, "neon_yellow")):
            c.rect(x, 20, 5, 6, "dark_wood")
            for dx, dy in ((1, 1), (3, 1), (2, 3)):
                c.rect(x + dx - 1, 20 + dy, 2, 2, colour)
    else:
        for x in range(4, 28, 6):
            c.ellipse(x + 2.5, 23, 2.5, 3, "ares_red")
            c.hline(x + 1, 20, 3, "neon_yellow")
            c.vline(x + 2, 21, 5, "orange")


def stall(stripe: str, other: str, goods: str) -> Canvas:
    """A market stall seen from above and in front: the striped awning over it (the top row, drawn
    over passers-by), the wooden counter with the goods under it and a stool behind."""
    c = Canvas(2 * TILE, 2 * TILE)
    c.ellipse(16, 30, 15, 2, "shadow")
    for x in range(0, 32, 4):  # the awning, striped, its scalloped front edge
        c.rect(x, 1, 4, 13, stripe if x % 8 == 0 else other)
    c.hline(0, 1, 32, "mist")
    for x in range(0, 32, 4):
        c.rect(x + 1, 14, 2, 2, stripe if x % 8 == 0 else other)
    c.vline(1, 16, 13, "steel")  # the poles
    c.vline(30, 16, 13, "steel")
    c.rect(2, 18, 28, 10, "wood")  # the counter
    c.hline(2, 18, 28, "lamp")
    c.hline(2, 27, 28, "dark_wood")
    _goods(c, goods)
    c.outline("ink")
    return c


def build(ts: Tileset) -> None:
    for name, (stripe, other, goods) in STALLS.items():
        ts.add_big(name, stall(stripe, other, goods), solid=True)

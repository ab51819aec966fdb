"""The hole 7723 leaves in the wall of Rice's lab, the night he goes to give Mai's bag back: drawn by
the window over the wall (a `light` of kind fire that `shows` it) only once a direction lights the
fire, so the lab is whole until he walks through it.

Added at the end of the IQ tileset, so no tile the maps already place changes its number.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world.kit import rng
from tools.world.tileset import TILE, Tileset

SIZE = (2, 3)  # tiles: the thickness of the wall, and a little more than his height


def breach(f: int) -> Canvas:
    """A ragged hole through the thick wall seen from above: the night outside through it, chunks of
    wall on the floor, bent rebar and torn cables at its edges, the broken edges still glowing hot
    (frame `f` moves the sparks)."""
    w, h = SIZE[0] * TILE, SIZE[1] * TILE
    c = Canvas(w, h)
    r = rng("breach")
    edges = [(y, 3 + r.randrange(0, 5), w - 3 - r.randrange(0, 5)) for y in range(h)]
    top, bottom = 4 + r.randrange(0, 3), h - 5 - r.randrange(0, 3)
    for y, x0, x1 in edges:
        if top <= y <= bottom:
            c.hline(0, y, w, "ink")  # the night outside
            c.hline(0, y, x0, "steel")  # what is left of the wall's faces
            c.hline(x1, y, w - x1, "steel")
            c.px(x0, y, "orange")  # the broken edge, still hot
            c.px(x1 - 1, y, "orange")
    for x in range(2, w - 2, 5):  # lights of the city, far off through it
        c.px(x, top + 6 + (x * 7) % (bottom - top - 10), "lamp")
    c.hline(0, top, w, "neon_yellow")
    c.hline(0, bottom, w, "brick")
    for x, y in ((5, top + 2), (w - 8, bottom - 6), (w // 2, top + 10)):  # bent rebar
        c.line(x, y, x + 3, y + 4, "fog")
    for i, (x, y) in enumerate(((3, bottom - 2), (w - 6, top + 3), (w // 2 - 4, bottom - 9))):
        c.rect(x, y, 4, 3, "dusk")  # chunks of wall
        c.hline(x, y, 4, "fog")
        if (i + f) % 2 == 0:
            c.px(x + 1, y - 1, "neon_yellow")  # sparks off the cables
    c.line(w - 4, top + 8, w - 9, top + 14, "ares_red")  # a torn cable
    c.line(4, bottom - 12, 9, bottom - 7, "bot_blue")
    return c


def build(ts: Tileset) -> None:
    ts.add_big_anim("labbreach", [breach(f) for f in range(2)], [400, 400])

"""The lower city's two pictures that the words describe: the crack in the lid of light far overhead
where 7723 came through, and the mural of a family round a table, every one of them looking down at
a glowing screen, and behind them a robot holding the plates, the only one looking at the people.

Added at the end of the city tileset, after the night market, so no tile the maps already place
changes its number. Both are big pictures cut into tiles (`skycrack@x,y`, `mural@x,y`) that
`maps_city` lays on the lower city: the crack across the top of the map on the `above` layer, the
mural over the windows of the building the painted wall spot faces, on the `detail` layer.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world.tileset import TILE, Tileset

CRACK_TILES = (20, 3)  # its size in tiles
CRACK_LOW = 168  # the x of its lowest point, where the thread of rain comes down (a tile's middle)
# its jagged line, left to right (pixels), and the splinters off it
CRACK = [(0, 10), (18, 6), (34, 14), (52, 9), (70, 17), (88, 12), (104, 20), (122, 16), (140, 24),
         (156, 22), (CRACK_LOW, 29), (180, 21), (198, 25), (214, 15), (232, 19), (250, 11), (268, 14),
         (286, 7), (302, 11), (319, 4)]
SPLINTERS = [((70, 17), (63, 27)), ((122, 16), (115, 3)), ((214, 15), (224, 3)), ((268, 14), (277, 25)),
             ((34, 14), (40, 24)), ((286, 7), (281, 0))]


DROP = 12  # pixels the whole of it sits down from the map's top edge, clear of the window's title bar


def skycrack() -> Canvas:
    """A jagged split of white light with a cyan edge, clear everywhere else so the roofs show."""
    c = Canvas(CRACK_TILES[0] * TILE, CRACK_TILES[1] * TILE)
    down = [(x, y + DROP) for x, y in CRACK]
    lines = list(zip(down, down[1:], strict=False)) + [((a, b + DROP), (x, y + DROP)) for (a, b), (x, y) in SPLINTERS]
    for (x0, y0), (x1, y1) in lines:  # the glow round it first, the white core over it
        for dy in (-1, 1):
            c.line(x0, y0 + dy, x1, y1 + dy, "neon_cyan")
    for (x0, y0), (x1, y1) in lines:
        c.line(x0, y0, x1, y1, "white")
    c.vline(CRACK_LOW, 29 + DROP, c.h - 29 - DROP, "fog")  # the thread of rain, starting out of it
    return c


def mural() -> Canvas:
    """The painted wall: a family of four at a table, heads bowed to the glowing screens in their
    hands; behind them a white robot holding two plates, its one eye turned down on them."""
    c = Canvas(6 * TILE, 3 * TILE, "dusk")
    c.rect(1, 1, c.w - 2, c.h - 2, "indigo")  # the painted ground, a little faded
    c.rect(1, 30, c.w - 2, c.h - 31, "deep_blue")
    for i, (x, shirt, skin) in enumerate(((8, "neon_pink", "skin_light"), (24, "orange", "skin_mid"),
                                          (40, "green", "skin_dark"), (56, "neon_yellow", "skin_light"))):
        c.rect(x, 22, 10, 10, shirt)  # sitting behind the table
        c.rect(x + 2, 14 + (i % 2), 6, 6, skin)  # heads bowed
        c.rect(x + 2, 13 + (i % 2), 6, 2, "hair")
        c.rect(x + 3, 25, 4, 3, "neon_cyan")  # the screen in their hands, lighting their faces
        c.px(x + 4, 19 + (i % 2), "ink")  # eyes down at it
        c.px(x + 6, 19 + (i % 2), "ink")
    c.rect(4, 31, 66, 5, "wood")  # the table
    c.hline(4, 31, 66, "lamp")
    c.rect(76, 6, 12, 14, "white")  # the robot behind them, big and white
    c.rect(78, 20, 8, 16, "mist")
    c.rect(79, 9, 4, 3, "ink")
    c.px(80, 11, "neon_cyan")  # its eye, turned down on the family
    c.line(76, 22, 66, 27, "mist")  # an arm out over the table, a plate in its hand
    c.rect(61, 26, 7, 2, "white")
    c.line(87, 22, 91, 14, "mist")  # the other arm up, a second plate
    c.rect(88, 12, 7, 2, "white")
    c.frame(0, 0, c.w, c.h, "ink")
    return c


def build(ts: Tileset) -> None:
    ts.add_big("skycrack", skycrack())
    ts.add_big("mural", mural())

"""The tower lab's window after Ares goes out through it: drawn by the window over the lab's north
wall (a `light` of kind moon that `shows` it: the grey morning coming in) only once a direction
lights it, so the window is whole until he is thrown through it; and a whole window by the side door with the
dawn sky in it. And the launch-day footage the atrium's screens play the morning of the stadium
launch: GEN 6 TONIGHT over the crowd in the launch hall, and Molly big in the middle of it, laughing,
her phone up filming the stage (shown by lights of kind feed, while a direction has them on).

Added at the end of the IQ tileset, so no tile the maps already place changes its number.
"""

from __future__ import annotations

from tools.art.props_screens import words
from tools.canvas import Canvas
from tools.world.kit import rng
from tools.world.tileset import TILE, Tileset

SIZE = (2, 3)  # tiles: the wall's top and face with the hole in it, and the floor below, glass on it
HOLE_ROWS = 2  # the top two rows are wall (the hole); the last is floor (only the shards are drawn)
DAWN_SIZE = (2, 2)  # tiles: the whole window by the side door, its frame and the sky in it
FEED_SIZE = (4, 2)  # tiles: one of the atrium's screens
CROWD = ("hair", "dark_wood", "hair_purple", "cream", "wood", "ink", "orange", "hair")  # heads in the hall


def broken_window(f: int) -> Canvas:
    """A ragged hole smashed through the window of the wall seen from above: the grey dawn sky and the
    tops of far towers through it, teeth of glass still in the frame, shards across the floor below
    (frame `f` moves the glints on the glass)."""
    w, h = SIZE[0] * TILE, SIZE[1] * TILE
    wall = HOLE_ROWS * TILE
    c = Canvas(w, h)
    r = rng("tower_window")
    c.rect(0, 2, w, wall - 2, "steel")  # the window's frame, bent
    top, bottom = 5, wall - 3
    for y in range(top, bottom):
        x0, x1 = 3 + r.randrange(0, 4), w - 3 - r.randrange(0, 4)
        sky = "mist" if y < top + 8 else "fog" if y < top + 16 else "dusk"  # dawn, paling upward
        c.hline(x0, y, x1 - x0, sky)
        c.px(x0, y, "white")  # the broken edge of the glass, catching the light
        c.px(x1 - 1, y, "white")
    for x, tall in ((6, 9), (11, 6), (19, 11), (24, 7)):  # far towers against the sky
        c.rect(x, bottom - tall, 3, tall, "indigo")
    c.px(20, bottom - 9, "ares_red")  # a beacon on one of them
    for x0, x1, down in ((3, 9, True), (12, 16, False), (20, 29, True)):  # teeth of glass left in the frame
        c.line(x0, top, (x0 + x1) // 2, top + (7 if down else 4), "neon_cyan")
        c.line((x0 + x1) // 2, top + (7 if down else 4), x1, top, "holo")
    c.line(4, bottom - 1, 9, bottom - 5, "neon_cyan")  # and up from the sill
    c.line(22, bottom - 1, 27, bottom - 6, "neon_cyan")
    c.hline(0, 2, w, "fog")  # the frame's top, and its bent sill
    c.line(0, wall - 2, w - 1, wall - 1, "mist")
    for i in range(14):  # the shards, blown in across the floor
        x, y = r.randrange(1, w - 3), wall + r.randrange(0, TILE - 2)
        c.line(x, y, x + r.randrange(1, 3), y + r.randrange(0, 2), "neon_cyan" if i % 3 else "white")
    for i, (x, y) in enumerate(((7, wall + 3), (22, wall + 6), (14, wall + 11), (4, wall + 12))):
        if (i + f) % 2 == 0:
            c.px(x, y, "white")  # glints, one set and then the other
    return c


def dawn_window() -> Canvas:
    """A whole window in the tower's outer wall by the side door, seen from above: the sky through it
    at dawn, night still at its top, pink, then orange low down over the far towers, so that without a
    word the morning reads (a `light` of kind screens shows it, lit all the while the tower is)."""
    w, h = DAWN_SIZE[0] * TILE, DAWN_SIZE[1] * TILE
    c = Canvas(w, h)
    c.rect(0, 1, w, h - 2, "steel")  # the frame
    bands = ("indigo", "dusk", "magenta", "neon_pink", "neon_pink", "orange", "orange", "neon_yellow")
    top, bottom = 4, h - 4
    for y in range(top, bottom):
        c.hline(3, y, w - 6, bands[(y - top) * len(bands) // (bottom - top)])  # dawn, paling downward
    for x, tall in ((5, 7), (10, 11), (16, 5), (21, 9), (26, 6)):  # the far towers against it
        c.rect(x, bottom - tall, 3, tall, "night")
    c.vline(w // 2, top, bottom - top, "fog")  # the mullion
    c.hline(0, 1, w, "fog")
    c.hline(0, h - 2, w, "mist")  # the sill, lit
    return c


def launch_feed() -> Canvas:
    """The launch-day footage on one screen: the words across the top, the crowd's heads along the
    bottom, Molly in the middle, the bun of her hair, her mouth open laughing, her teal top, the phone
    held up at her side."""
    w, h = FEED_SIZE[0] * TILE, FEED_SIZE[1] * TILE
    c = Canvas(w, h)
    c.rect(0, 0, w, h, "steel")  # the hall's light behind her, so her dark hair stands out from it
    c.rect(0, 0, w, 7, "indigo")
    words(c, "GEN 6 TONIGHT", 5, 1, "neon_yellow")
    for i, colour in enumerate(CROWD):  # the crowd, shoulder to shoulder under her
        x = 3 + i * 8 + (i % 2)
        c.rect(x - 3, 28, 7, 4, "steel" if i % 3 else "deep_blue")
        c.ellipse(x, 25, 2.5, 2.5, "skin_mid" if i % 2 else "skin_light")
        c.ellipse(x, 23.5, 2.5, 1.5, colour)
    c.rect(24, 23, 16, 9, "teal")  # Molly: her shoulders, her face, her hair up in its bun
    c.hline(29, 23, 6, "white")  # her collar
    c.ellipse(32, 16, 5, 6, "skin_mid")
    c.ellipse(32, 11.5, 5.5, 3, "hair")
    c.ellipse(32, 7.5, 2.5, 2, "hair")
    c.px(30, 15, "ink")
    c.px(34, 15, "ink")
    c.rect(31, 18, 3, 2, "blood")  # laughing
    c.rect(40, 12, 4, 7, "white")  # the phone, up, filming
    c.rect(41, 13, 2, 4, "neon_cyan")
    c.rect(38, 18, 3, 5, "skin_mid")  # the hand holding it
    return c


def build(ts: Tileset) -> None:
    ts.add_big_anim("towerwindow", [broken_window(f) for f in range(2)], [500, 500])
    ts.add_big("dawnwindow", dawn_window())
    ts.add_big("launchfeed", launch_feed())

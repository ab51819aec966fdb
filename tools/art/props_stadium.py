"""Props of the stadium's pitch and touchline (`tools/art/props.py` lists them): the turf 7723 tears
up digging his heels in as he holds Ares, and the fallen ad board lifted up off Greenwood by her team.
"""

from __future__ import annotations

import random

from tools.art.prop_frames import pair
from tools.canvas import Canvas

TURF_W, TURF_H = 48, 22


def torn_turf() -> Canvas:
    """Turf torn up by two heels dug in and dragged: a pair of dark furrows of bare earth gouged into
    the grass side by side, deepest where the heels went in, the sods they ripped out thrown up in
    ragged green lumps along and past their ends, roots and soil showing under them, and crumbs of
    earth flung about. Wider than it is deep, so set down behind someone it reads as the ground
    their feet went through."""
    rng = random.Random("torn_turf")
    c = Canvas(TURF_W, TURF_H)
    for y0 in (5, 13):  # the two furrows, one heel each, a little out of line with each other
        x0 = 3 + (y0 - 5) // 2
        for x in range(x0, x0 + 30):
            depth = 2 + (x - x0) // 8  # wider towards where the heels stopped
            top = y0 - depth // 2 + rng.choice((0, 0, 1))
            c.vline(x, top - 1, depth + 3, "ink")  # the ragged dark edge of the cut
            c.vline(x, top, depth + 1, "wood")  # bare earth, turned up fresh
            c.px(x, top, "lamp")  # its cut edge catching the floodlights
            c.px(x, top + depth, "dark_wood")  # the far wall of the furrow in shadow
            if rng.random() < 0.3:
                c.px(x, top + 1 + rng.randrange(max(1, depth - 1)), "brick")  # clods in it
        for x, y, w in ((x0 + 29, y0 - 4, 7), (x0 + 33, y0, 6)):  # the sods ripped out, thrown ahead
            c.rect(x, y, w, 3, "green")
            c.hline(x, y, w, "neon_lime")  # grass on top
            c.hline(x, y + 3, w, "wood")  # soil and roots underneath, turned up
            c.px(x + w - 1, y + 3, "brick")
            c.frame(x - 1, y - 1, w + 2, 6, "ink")
        for x in range(x0, x0 + 28, 4):  # the turf's torn lips along the furrow, peeled back
            c.px(x + rng.randrange(3), y0 - 4, "neon_lime")
            c.px(x + rng.randrange(3), y0 + 4, "neon_lime")
    for _ in range(24):  # earth flung about
        c.px(rng.randrange(TURF_W), rng.randrange(TURF_H), rng.choice(("wood", "brick", "neon_lime")))
    return pair(c)


BOARD_W, BOARD_H = 40, 34
LIFT = 14  # how far off the ground the board is held: at the hands of the girls round it


def board_lifted() -> Canvas:
    """The touchline ad board that fell on Greenwood, lifted off her: held up level at hand height,
    its lit face towards us (the dark band, the sponsor's yellow letters, the cyan dot and the pink
    bars, the crack across it, as it lay), its snapped feet hanging. It is drawn over the people
    round it (`on_top`), so set down where it lay, with four people round it, it is the board in
    their hands, over whoever lies under it; lying anywhere else it is the board held up."""
    c = Canvas(BOARD_W, BOARD_H)
    top = BOARD_H - LIFT - 14
    c.rect(4, top, 32, 13, "ink")  # the board, up off the ground
    c.rect(5, top + 1, 30, 11, "night")
    c.hline(5, top + 1, 30, "steel")
    c.hline(5, top + 11, 30, "indigo")
    for x in range(7, 22, 4):  # the sponsor's letters
        c.rect(x, top + 4, 3, 4, "neon_yellow")
        c.px(x + 1, top + 5, "night")
    c.ellipse(25, top + 6, 1.6, 1.6, "neon_cyan")
    c.hline(28, top + 5, 5, "neon_pink")
    c.hline(28, top + 7, 4, "magenta")
    c.line(16, top + 1, 21, top + 11, "ink")  # the crack across it from the fall
    for x, y in ((9, top + 5), (18, top + 6), (29, top + 5)):
        c.px(x, y, "night")
    c.rect(6, top + 13, 2, 3, "fog")  # its snapped feet, hanging
    c.rect(32, top + 13, 2, 2, "fog")
    return pair(c)

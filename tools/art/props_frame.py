"""The pictures the Su family's smart frame shows on the living-room wall (`tools/art/props.py` lists
them): Dad with Mai on his shoulders, when she taps it until he comes up, and the stock beach it
chimes on to. Each is the whole frame as the wall tile draws it (a dark wooden edge round the
picture), so set down `at: photo_frame` it covers the one on the wall."""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas

W, H = 10, 9  # the frame on the wall tile, edge and all


def _frame() -> Canvas:
    c = Canvas(W, H)
    c.rect(0, 0, W, H, "dark_wood")
    return c


def photo_dad() -> Canvas:
    """Dad, with little Mai on his shoulders, both muddy, both laughing: a man's head and shoulders
    under a small girl's, on green, the mud brown down them."""
    c = _frame()
    c.rect(1, 1, 8, 7, "green")
    c.rect(1, 1, 8, 2, "holo")  # the sky
    c.rect(3, 5, 5, 3, "bot_blue")  # his shirt
    c.px(4, 6, "dark_wood")  # mud on it
    c.px(6, 7, "dark_wood")
    c.rect(4, 3, 3, 2, "skin_mid")  # his face
    c.px(5, 4, "ink")  # laughing
    c.rect(4, 1, 3, 2, "skin_light")  # hers, up on his shoulders
    c.px(4, 1, "hair")
    c.px(6, 1, "hair")
    c.px(3, 3, "skin_light")  # her legs down either side of his head
    c.px(7, 3, "skin_light")
    c.px(7, 2, "dark_wood")
    return pair(c, c.copy())


def photo_beach() -> Canvas:
    """A stock photo of a beach: blue sky, sea, sand and a palm, nobody in it."""
    c = _frame()
    c.rect(1, 1, 8, 3, "holo")  # sky
    c.rect(1, 4, 8, 2, "bot_blue")  # sea
    c.hline(1, 4, 8, "white")
    c.rect(1, 6, 8, 2, "cream")  # sand
    c.vline(7, 2, 4, "wood")  # a palm
    c.hline(6, 2, 3, "green")
    c.px(8, 3, "green")
    c.px(2, 1, "neon_yellow")  # the sun
    return pair(c, c.copy())


def ice_pack() -> Canvas:
    """The ice pack the fridge dispenses: a small pale-blue gel pouch, frosted, a white cap at one end."""
    c = Canvas(8, 5)
    c.rect(1, 1, 6, 3, "holo")
    c.hline(1, 1, 6, "white")
    c.px(3, 2, "white")
    c.px(5, 3, "mist")
    c.rect(0, 1, 1, 3, "fog")  # the cap
    c.outline("ink")
    return pair(c, c.copy())

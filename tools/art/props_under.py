"""Props of the tunnels under the city (`tools/art/props.py` lists them): the big pipe on the ledge
that Momo puts his head in, and the same pipe while it rings with what he shouted into it; and what
is left of the hideout round the bend: a calendar on the wall with every day crossed off, a kettle."""

from __future__ import annotations

import math

from tools.art.prop_frames import pair
from tools.canvas import Canvas

W, H = 80, 36  # the mouth at the middle, so that set down where Momo stands his head is in it
MOUTH = W // 2 + 4  # the open end: a dog's length of him left of it, his head (facing right) in it
END = MOUTH + 18  # the far end, open too: what goes in comes out there, and down the tunnel
AXIS = 28  # the pipe's middle, from the top (room above it for the rings)
R = 7  # its radius: a head's height above the ledge, as tall as a small dog


def big_pipe() -> Canvas:
    """A length of concrete pipe as tall as Momo, lying along the ledge: its open end to the left,
    a dark hole in a pale rim, its body to the right lit along the top. Drawn over whoever stands
    at it (`on_top`), so a dog facing into it has his head inside; clear to the left of the mouth."""
    return pair(_pipe())


def echoing_pipe(loud: bool = True) -> Canvas:
    """The big pipe while it echoes: rings of sound spreading out of its far end, near and far by
    turns (`loud`: the nearer; the window shows the two in turn, so the rings pulse outwards)."""
    c = _pipe()
    for r in ((5, 9) if loud else (7, 12)):
        _ring(c, END, AXIS, r)
    _ring(c, MOUTH - 14, AXIS - R - 2, 3 if loud else 5, up=True)  # and his tail going, over his back
    return pair(c)


def _pipe() -> Canvas:
    c = Canvas(W, H)
    c.rect(MOUTH, AXIS - R, END - MOUTH, 2 * R + 1, "steel")  # the body
    c.hline(MOUTH, AXIS - R, END - MOUTH, "mist")  # lit along the top
    c.hline(MOUTH, AXIS - R + 1, END - MOUTH, "fog")
    c.hline(MOUTH, AXIS + R, END - MOUTH, "indigo")  # in its own shadow below
    c.vline(MOUTH + 9, AXIS - R + 1, 2 * R - 1, "dusk")  # the joint between its sections
    c.ellipse(END, AXIS, 3, R + 0.5, "fog")  # the far end's rim
    c.ellipse(END, AXIS, 1.5, R - 1, "ink")
    c.ellipse(MOUTH, AXIS, 3.5, R + 1.5, "mist")  # the open end: a pale rim round a black hole
    c.ellipse(MOUTH, AXIS, 2, R, "ink")
    c.px(MOUTH - 2, AXIS - R + 1, "white")
    c.hline(MOUTH + 2, AXIS + R + 1, END - MOUTH, "shadow")
    return c


def _ring(c: Canvas, cx: int, cy: int, r: int, up: bool = False) -> None:
    """An arc of sound, a bracket round (cx, cy) opening away from the pipe (or upwards)."""
    for deg in range(-55, 56, 6):
        a = math.radians(deg)
        x = cx + round(r * (math.sin(a) if up else math.cos(a)))
        y = cy + round(r * (-math.cos(a) if up else 1.1 * math.sin(a)))
        if 0 <= x < W and 0 <= y < H:
            c.px(x, y, "white")


BED_W = 38  # the pallets' width: the old bed's two props are drawn round it, set down at the same spot


def calendar() -> Canvas:
    """A wall calendar, every day of its month crossed off in red: a page hung on a nail, a red band
    for the month, four weeks of small red crosses. Tall, the page at its top and nothing below, so
    set down at the old bed it hangs on the wall over the bed's head."""
    c = Canvas(18, 48)
    c.px(9, 0, "steel")  # the nail
    c.rect(1, 1, 16, 19, "cream")  # the page, curling with damp
    c.rect(1, 1, 16, 4, "ares_red")  # the month
    c.hline(4, 2, 10, "white")
    for row in range(4):  # four weeks, five days a row, every one crossed off
        for col in range(5):
            x, y = 2 + col * 3, 6 + row * 3
            c.px(x, y, "blood")
            c.px(x + 1, y + 1, "blood")
            c.px(x + 1, y, "ares_red")
            c.px(x, y + 1, "ares_red")
    c.hline(1, 19, 16, "fog")
    c.outline("ink")
    return pair(c)


def kettle() -> Canvas:
    """A dented camping kettle on the floor just left of the old bed, at its head, where the camp stove
    is (the picture is as wide as the bed with the kettle past its left end, so set down at the bed it
    stands beside it, clear of whoever comes to the bed from the right)."""
    c = Canvas(BED_W + 24, 16)
    x = 1
    c.rect(x, 8, 8, 7, "steel")  # the body
    c.hline(x, 8, 8, "mist")
    c.hline(x + 1, 14, 6, "indigo")
    c.rect(x + 2, 6, 4, 2, "fog")  # the lid
    c.px(x + 3, 5, "ink")
    c.line(x + 8, 10, x + 10, 7, "steel")  # the spout
    for dx in range(1, 7):  # the handle, arched over the lid
        c.px(x + dx, 3 if 1 < dx < 6 else 4, "dusk")
    c.px(x + 5, 11, "fog")  # the dent
    c.outline("ink")
    return pair(c)

"""Props of the tunnels under the city (`tools/art/props.py` lists them): the big pipe on the ledge
that Momo puts his head in, and the same pipe while it rings with what he shouted into it."""

from __future__ import annotations

import math

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
    return _pair(_pipe())


def echoing_pipe(loud: bool = True) -> Canvas:
    """The big pipe while it echoes: rings of sound spreading out of its far end, near and far by
    turns (`loud`: the nearer; the window shows the two in turn, so the rings pulse outwards)."""
    c = _pipe()
    for r in ((5, 9) if loud else (7, 12)):
        _ring(c, END, AXIS, r)
    _ring(c, MOUTH - 14, AXIS - R - 2, 3 if loud else 5, up=True)  # and his tail going, over his back
    return _pair(c)


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


def _pair(c: Canvas) -> Canvas:
    both = Canvas(2 * c.w, c.h)
    both.blit(c, 0, 0)
    both.blit(c, c.w, 0)
    return both

"""A prop that shows where a light comes from (`tools/art/props.py` lists it): the shaft of orange
streetlight a manhole cover lets down into the tunnels at night, falling from the cover high up to a
coin of light on the ledge, so whoever stands in it is seen standing in light from the street above."""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas, box, checker, polygon

W, H = 48, 124  # set down where someone stands, the coin lies round their feet and the shaft rises over them
TOP_R, FOOT_R = 7, 16  # the shaft's half-width at the cover and at the ledge


def manhole_shaft() -> Canvas:
    """The cover high up, a dark disc with its holes lit by the street lamp above it; a dithered
    shaft of light widening down from it, dim at the top and orange near the ground; and a coin of
    light on the ground, bright in the middle, dim at its rim. Drawn under the people, so someone
    standing at the spot stands in the coin with the light falling round them."""
    c = Canvas(W, H)
    cx, foot = W // 2, H - 22  # the coin round the feet of whoever stands at the spot
    shaft = polygon(W, H, [(cx - TOP_R, 10), (cx + TOP_R, 10), (cx + FOOT_R, foot), (cx - FOOT_R, foot)])
    dither = checker(W, H)
    c.put(shaft & dither & box(W, H, 0, 10, W, foot - 40), "brick")  # high up, the light still thin
    c.put(shaft & dither & box(W, H, 0, foot - 30, W, 30), "orange")  # thicker as it reaches the ledge
    c.ellipse(cx, foot, FOOT_R + 3, 7, "brick")  # the coin's dim rim
    c.ellipse(cx, foot, FOOT_R, 5.5, "orange")  # the coin itself
    c.ellipse(cx, foot, FOOT_R - 6, 3.5, "neon_yellow")
    c.ellipse(cx, 7, TOP_R + 2, 4, "ink")  # the cover, seen from below
    for dx, dy in ((-5, 0), (-2, -2), (-2, 2), (1, 0), (4, -2), (4, 2), (7, 0)):
        c.px(cx + dx - 1, 7 + dy, "neon_yellow")  # its holes, the street lamp shining through
    return pair(c)

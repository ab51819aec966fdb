"""The ball on the old pitch under the flyover (`tools/art/props.py` lists it): lying where Mai finds it,
in a clump of weeds grown up through the plastic grass, so that the words' "a ball in the weeds" is
seen before she picks it up."""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas

# the weeds' blades: (foot x, height, lean), those drawn behind the ball and those in front of it
BEHIND = ((1, 11, -2), (4, 14, -1), (8, 15, 1), (12, 13, 2), (15, 10, 3))
IN_FRONT = ((3, 7, -1), (6, 9, 0), (10, 8, 1), (13, 6, 2))


def _blades(c: Canvas, blades: tuple[tuple[int, int, int], ...]) -> None:
    for x, h, lean in blades:
        c.line(x, c.h - 1, x + lean, c.h - h, "green")
        c.px(x + lean, c.h - h, "neon_lime")  # the tip, in the light


def ball_in_weeds() -> Canvas:
    """The soccer ball half hidden in a clump of tall weeds: blades behind it and over its lower half,
    its white top and dark pentagon showing above them."""
    c = Canvas(18, 16)
    _blades(c, BEHIND)
    c.ellipse(8, 10, 4, 4, "white")
    for x, y in ((7, 9), (8, 9), (9, 9), (7, 10), (8, 10), (9, 10), (8, 11)):  # the middle pentagon
        c.px(x, y, "ink")
    c.px(6, 7, "fog")
    c.px(10, 7, "fog")
    for x in range(4, 13):
        for y in range(5, 15):
            if c.get(x, y) == "white" and any(c.get(x + dx, y + dy) in (None, "green", "neon_lime")
                                              for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))):
                c.px(x, y, "fog")  # its edge
    _blades(c, IN_FRONT)
    c.checker(0, 14, 18, 2, "shadow")
    return pair(c)

"""A prop that shows a machine reporting what it saw (`tools/art/props.py` lists it): Bubbles's red
eye sending the night in the garage to IQ Robotics, as rings of red signal going up and out of it and
a dotted beam climbing away, so the betrayal reads as a transmission and not as a robot looking on.
"""

from __future__ import annotations

import math

from tools.art.prop_frames import pair
from tools.canvas import Canvas

W, H = 44, 64  # a Q-Bot's width and more: set down where it stands, the signal rises over its head
CX, CY = W // 2, H - 19  # where the rings start: just over the head of a 16-pixel Q-Bot at the bottom
NEAR, FAR = (5, 11, 17), (8, 14, 20)  # the rings' radii, by turns: the window shows both, so they rise


def signal(far: bool = False) -> Canvas:
    """Red arcs opening upwards over the Q-Bot, bright near it and fading as they climb, a bright
    point where they start, and a dotted beam going straight up out of the picture. `far`: the same a
    beat later, every ring and dash moved on, which the window shows in turn with the first, so the
    signal keeps going out while it lies there."""
    c = Canvas(W, H)
    for i, r in enumerate(FAR if far else NEAR):
        _arc(c, r, ("white", "neon_pink", "ares_red")[i])
    for y in range(CY - 24 + (3 if far else 0), -1, -6):
        c.rect(CX, y, 1, 3, "ares_red")  # the beam: dashes going up and away
    c.rect(CX - 1, CY - 1, 3, 3, "ares_red")
    c.px(CX, CY - 1, "white" if not far else "neon_pink")
    return pair(c)


def _arc(c: Canvas, r: int, colour: str) -> None:
    """An arc of signal round (CX, CY), opening upwards, a little wider than high."""
    for deg in range(-60, 61, 4):
        a = math.radians(deg)
        x = CX + round(1.2 * r * math.sin(a))
        y = CY - round(r * math.cos(a))
        if 0 <= x < W and 0 <= y < H:
            c.px(x, y, colour)

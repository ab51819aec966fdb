"""Props that show what a moment left behind (`tools/art/props.py` lists them): the dent a bat leaves
in the turf beside someone, and 7723's weapons module hanging over him as a small hologram, lit red
while it is there and three empty grey slots once it is deleted, so the deletion reads without words;
and the sparks flying from the noodle robot's speaker port while 7723 has a finger in it.
"""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas

SLOTS = 3  # the weapons take three of his core's slots
TOWARD = 8  # pixels the dent sits left of its spot: under the end of a bat swung from the left


def dent() -> Canvas:
    """A bat's dent in the turf: a dark gouge torn into the grass, its lip of bare earth, and a puff of
    dirt and torn grass flung up out of it, so a swing that lands on the ground reads as landing
    there and not on whoever lies beside it."""
    c = Canvas(24 + 2 * TOWARD, 22)  # wider than the dent, which sits to its left: towards the bat
    c.ellipse(12, 17, 9, 3.5, "dark_wood")  # the lip of bare earth thrown up round it
    c.ellipse(12, 17, 6.5, 2.2, "shadow")  # the gouge itself
    c.hline(8, 16, 8, "ink")
    c.hline(5, 14, 4, "wood")  # the earth's lit edge
    c.hline(15, 14, 4, "wood")
    for x, y in ((3, 9), (6, 5), (10, 2), (14, 3), (18, 6), (21, 10), (8, 8), (16, 9), (12, 6)):
        c.rect(x, y, 2, 2, "dark_wood")  # clods of earth in the air
        c.px(x, y, "wood")
    for x0, y0, x1, y1 in ((5, 12, 2, 7), (19, 12, 22, 7), (11, 11, 10, 4), (14, 11, 16, 5)):
        c.line(x0, y0, x1, y1, "green")  # blades of grass torn out with it
    for x, y in ((7, 11), (17, 11), (12, 9), (4, 4), (20, 3)):
        c.px(x, y, "fog")  # the dust of it
    return pair(c)


def weapons_module(gone: bool = False) -> Canvas:
    """His weapons module over his head, as the review's hologram draws memories: a frame with the arm
    cannon in it and under it its three slots, lit red; `gone`: the module's frame empty and grey and
    the slots three empty grey frames. Tall, with the picture at its top, so set down where he stands it
    hangs above his head."""
    c = Canvas(30, 72)
    edge, fill = ("mist", "night") if gone else ("ares_red", "blood")
    c.rect(0, 0, 30, 25, "night")  # the hologram's dark pane, so it reads over a lit wall as in the dark
    c.frame(1, 1, 28, 13, edge)  # the module's frame
    c.rect(2, 2, 26, 11, fill)
    if not gone:  # gone, the frame stands empty: nothing in it that could still be read as a gun
        c.rect(6, 6, 14, 4, "orange")  # the cannon, side on: barrel, grip and muzzle
        c.rect(9, 9, 3, 3, "orange")
        c.rect(20, 5, 3, 6, "neon_yellow")
    for i in range(SLOTS):  # its three slots in his core
        x = 3 + i * 9
        if gone:
            c.frame(x, 17, 7, 6, "mist")
        else:
            c.rect(x, 17, 7, 6, "ares_red")
            c.hline(x, 17, 7, "orange")
    return pair(c)


def port_sparks(other: bool = False) -> Canvas:
    """Sparks crackling out of the noodle robot's speaker port where 7723 has a finger in it: a white
    spark and yellow and orange rays, at hand height just left of him (the picture is his width and
    height with the sparks at its left, so set down where he stands facing left, the robot two tiles
    left of him, they fly between the two). `other`: the next crackle, its rays turned, which the
    window shows in turn with the first, so the sparks keep flying while he plays."""
    c = Canvas(48, 48)
    cx, cy = 7, 26
    rays = ((-5, -4), (5, -5), (6, 2), (-4, 5), (0, -7), (1, 6)) if not other else \
        ((-6, -1), (3, -6), (6, -2), (4, 5), (-3, -6), (-5, 4))
    for i, (dx, dy) in enumerate(rays):
        c.line(cx, cy, cx + dx, cy + dy, "neon_yellow" if i % 2 else "orange")
        c.px(cx + dx, cy + dy, "white")
    c.rect(cx - 1, cy - 1, 3, 3, "neon_yellow")
    c.px(cx, cy, "white")
    return pair(c)

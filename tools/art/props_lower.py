"""Props of the lower city (`tools/art/props.py` lists them): the crater 7723 makes where he lands,
full of rainwater and bits of freeway, which he wakes up lying in; and the circle SW-11 has swept
clean in the wet for eleven years, a ring of clean floor in the grime that 7723 steps over.
"""

from __future__ import annotations

import math
import random

from tools.art.prop_frames import pair
from tools.canvas import Canvas, ellipse, grow, polygon

CRATER_W, CRATER_H = 112, 68  # wider than 7723 lying down, so he lies inside it with room round him
CRATER_MID = (56, 36)  # the middle of its hollow, from the top-left: set down, the bottom edge is on its mark
POOL = (56, 48, 30, 11)  # the rainwater in the bottom of it: middle x, y, half-width, half-height


def crater() -> Canvas:
    """The hole 7723 punched in the alley floor when he came down through the crack: a ragged rim of
    broken paving thrown up round a dark hollow, rainwater lying in the bottom of it with the light
    from the crack on it, and chunks of the freeway he fell off scattered in and round it (grey slabs
    with the yellow of a lane line on them, rusty rods of rebar sticking out), so that it reads as a
    crater and not a shadow, and the slabs say where it came from."""
    rng = random.Random("crater")
    c = Canvas(CRATER_W, CRATER_H)
    cx, cy = CRATER_MID
    rim = [(cx + 52 * math.cos(a) * (1 + 0.08 * math.sin(5 * a)),
            cy + 30 * math.sin(a) * (1 + 0.1 * math.cos(7 * a))) for a in (i * math.tau / 28 for i in range(28))]
    outer = polygon(CRATER_W, CRATER_H, rim)
    c.put(outer, "steel")  # the paving thrown up round it, lit by the city far above
    c.put(outer & ~grow(~outer, 2), "fog")  # its broken outer lip catches the light
    c.speckle(rng, ["fog", "mist", "dusk"], 0.18, only_on="steel")
    hollow = ellipse(CRATER_W, CRATER_H, cx, cy + 2, 44, 23)
    c.put(hollow, "indigo")  # the sides going down
    c.put(ellipse(CRATER_W, CRATER_H, cx, cy + 5, 38, 18), "night")
    c.speckle(rng, ["dusk", "ink"], 0.12, only_on="indigo")
    px, py, prx, pry = POOL
    c.put(ellipse(CRATER_W, CRATER_H, px, py, prx, pry), "deep_blue")  # the rainwater in the bottom
    c.put(ellipse(CRATER_W, CRATER_H, px, py + 1, prx - 4, pry - 3), "bot_blue")
    for x, y, n in ((px - 18, py - 4, 7), (px + 6, py - 6, 9), (px - 6, py + 3, 5), (px + 14, py + 2, 6)):
        c.hline(x, y, n, "holo")  # the crack's light on the water
        c.px(x + n // 2, y, "white")
    for ox, oy in ((0, 0), (3, 1)):  # rings where the thread of rain lands in it
        c.px(px + ox - 2, py - 2 + oy, "holo")
    for x, y, w, h, lane in ((10, 20, 16, 8, True), (80, 14, 18, 9, True), (22, 48, 13, 7, False),
                             (84, 44, 15, 8, True), (44, 9, 12, 6, False), (62, 56, 11, 5, False)):
        _slab(c, x, y, w, h, lane)
    for x0, y0, x1, y1 in ((25, 22, 31, 15), (97, 18, 103, 11), (35, 50, 40, 44), (98, 47, 105, 42), (56, 11, 60, 5)):
        c.line(x0, y0, x1, y1, "brick")  # rebar out of the broken slabs, rusted
        c.px(x1, y1, "orange")
    for x, y in ((4, 36), (106, 30), (30, 4), (74, 6), (12, 56), (100, 58), (50, 64)):
        c.rect(x, y, 2, 2, "fog")  # grit flung out over the floor round it
        c.px(x + 1, y + 1, "indigo")
    return pair(c)


def _slab(c: Canvas, x: int, y: int, w: int, h: int, lane: bool) -> None:
    """A chunk of the freeway's deck, tipped: grey concrete lit along its top, its broken face in
    shadow, and (where it was) a dash of the yellow lane line across it."""
    c.rect(x, y, w, h, "fog")
    c.hline(x, y, w, "mist")
    c.rect(x, y + h - 2, w, 2, "dusk")  # its broken face
    for i in range(0, w, 4):
        c.px(x + i + 1, y + h - 1, "indigo")
    if lane:
        c.rect(x + 2, y + 2, max(3, w // 2), 2, "neon_yellow")
    c.frame(x - 1, y - 1, w + 2, h + 1, "ink")


CIRCLE_W, CIRCLE_H = 72, 46  # a ring about three tiles across, wide enough for 7723 to step over
CIRCLE_MID = (36, 22)  # its middle, from the top-left: where SW-11 turns about (sweeping.py: RADII)


def swept_circle() -> Canvas:
    """The circle SW-11 has swept for eleven years: inside it the floor is clean and wet and shining,
    brush strokes going round with it; round the outside the grime it swept is heaped in a dark ridge,
    leaves and litter in it. The floor outside is as the map draws it, not clean: so it reads as a
    swept ring in the dirt and nothing else."""
    rng = random.Random("swept_circle")
    c = Canvas(CIRCLE_W, CIRCLE_H)
    cx, cy = CIRCLE_MID
    ridge = ellipse(CIRCLE_W, CIRCLE_H, cx, cy, 34, 21)
    clean = ellipse(CIRCLE_W, CIRCLE_H, cx, cy, 31, 18)
    c.put(ridge & ~clean, "dark_wood")  # the swept-up grime, heaped round the edge
    c.speckle(rng, ["ink", "wood", "green", "night"], 0.35, only_on="dark_wood")
    c.put(clean, "dusk")  # swept clean, wet
    c.put(ellipse(CIRCLE_W, CIRCLE_H, cx, cy, 25, 13) & ~ellipse(CIRCLE_W, CIRCLE_H, cx, cy, 17, 8), "steel")  # the brush's round
    for r, dim in ((28, "steel"), (21, "fog"), (14, "steel")):  # strokes going round with the brush
        for deg in range(0, 360, 9):
            if (deg // 9 + r) % 3 == 0:
                continue
            a = math.radians(deg)
            c.px(cx + round(r * math.cos(a)), cy + round(r * 0.6 * math.sin(a)), dim)
    for x, y, n in ((cx - 14, cy - 9, 6), (cx + 6, cy - 11, 5), (cx - 4, cy + 7, 7), (cx + 16, cy + 4, 4)):
        c.hline(x, y, n, "holo")  # the wet on it, catching the lanterns
    return pair(c)

"""The monorail Mai, Momo and 7723 ride on the outside of (`tools/art/props.py` lists it): a stretch of
its beam high over the streets on its concrete pillars, the beam's shadow far below it, and one car
running along it, seen from above and a little to the south as the rest of the city, with a roof wide
enough for the three of them to sit and stand on and the wind streaking behind it.

Set down at the montage's mark `monorail` on the streets (over the avenue, where the beam bridges it),
the picture stands on the mark: the people put on the car stand on its roof (`ROOF_Y` up from the
mark), so they read as riding it and not as standing in the street.
"""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas

W, H = 720, 84  # forty-five tiles of beam, wider than the view; from the car's roof down to the pillars' feet on the mark
BEAM = 44  # the beam's top face, where the car sits astride it
CAR_X, CAR_W = 296, 168  # the car: ten and a half tiles long, its front a little right of the middle
ROOF, SIDE = 14, 32  # its roof's top and the top of its side (the roof's near edge)
ROOF_Y = H - 26  # the roof's middle, up from the mark: where the riders' feet are
PILLARS = (56, 216, 516, 676)  # where the pillars stand under the beam, either side of the avenue
DROP = 26  # how far below the beam its shadow falls on the city


def monorail() -> Canvas:
    """The beam across the whole picture on its pillars, its shadow dithered far below; the car on it,
    a long white pod with rounded ends, its roof's ridge and vents, a band of lit windows along its
    side over a pink stripe, a windscreen at the front (right: the way it runs), and streaks of wind
    trailing off its back end."""
    c = Canvas(W, H)
    _shadow(c)
    for x in PILLARS:
        _pillar(c, x)
    _beam(c)
    _car(c)
    _wind(c)
    return pair(c)


def _shadow(c: Canvas) -> None:
    """The beam's and the car's shadow on the roofs and the road far below them, dithered."""
    y = BEAM + DROP
    c.checker(0, y, W, 5, "shadow")
    c.checker(CAR_X + 10, y - 4, CAR_W - 20, 4, "shadow")


def _pillar(c: Canvas, x: int) -> None:
    """A concrete pillar from under the beam down to its foot on the mark's row, lit on one edge."""
    top = BEAM + 12
    c.rect(x, top, 12, H - top - 2, "indigo")
    c.vline(x + 1, top, H - top - 2, "dusk")
    c.vline(x + 11, top, H - top - 2, "night")
    c.rect(x - 2, H - 3, 16, 3, "steel")  # the footing


def _beam(c: Canvas) -> None:
    """The beam: its top face with the guide rail along it, its side, the underside's dark edge."""
    c.rect(0, BEAM, W, 4, "fog")
    c.hline(0, BEAM + 1, W, "mist")  # the guide rail, catching the light
    c.rect(0, BEAM + 4, W, 7, "steel")
    for x in range(0, W, 32):
        c.vline(x, BEAM + 4, 7, "indigo")  # the seams between its spans
    c.hline(0, BEAM + 11, W, "ink")


def _car(into: Canvas) -> None:
    """The car on its own canvas, outlined, then set on the beam."""
    c = Canvas(CAR_W + 2, BEAM + 9)  # a pixel round it for the outline
    x0, x1 = 1, CAR_W + 1
    # the body: roof on top, side below, the skirt down over the beam it straddles
    c.rect(x0, ROOF, CAR_W, SIDE - ROOF, "mist")
    c.hline(x0, ROOF, CAR_W, "white")
    c.hline(x0 + 4, ROOF + 8, CAR_W - 8, "white")  # the roof's ridge
    c.rect(x0, SIDE, CAR_W, BEAM + 6 - SIDE, "fog")
    c.hline(x0, SIDE, CAR_W, "white")  # the roof's near edge
    c.rect(x0 + 6, SIDE + 3, CAR_W - 30, 7, "night")  # the window band
    for x in range(x0 + 8, x1 - 26, 12):
        c.rect(x, SIDE + 4, 9, 5, "neon_cyan")
        c.px(x, SIDE + 4, "white")
    c.rect(x1 - 22, SIDE + 2, 16, 9, "holo")  # the windscreen, at the front
    c.hline(x1 - 22, SIDE + 2, 16, "white")
    c.hline(x0, SIDE + 12, CAR_W, "neon_pink")  # the stripe along its side
    c.hline(x0, SIDE + 13, CAR_W, "magenta")
    c.rect(x0 + 2, BEAM + 6, CAR_W - 4, 2, "steel")  # the skirt's edge over the beam
    for x in (x0 + 30, x0 + 84, x0 + 130):  # vents on the roof, behind the riders
        c.rect(x, ROOF + 2, 10, 4, "fog")
        c.hline(x, ROOF + 2, 10, "steel")
    c.rect(x1 - 4, SIDE + 8, 2, 3, "neon_yellow")  # the headlamp
    c.rect(x0 + 2, SIDE + 8, 2, 3, "ares_red")  # the tail lamp
    # round the ends off
    for i, cut in enumerate((5, 3, 2, 1, 1)):
        for x in range(cut):
            for y in (ROOF + i, BEAM + 7 - i):
                c.px(x0 + x, y, None)
                c.px(x1 - 1 - x, y, None)
    c.outline("ink")
    into.blit(c, CAR_X - 1, 0)


def _wind(c: Canvas) -> None:
    """Streaks of wind trailing off its back end: it is going, to the right."""
    for y, length, gap in ((ROOF + 3, 70, 6), (ROOF + 12, 110, 2), (SIDE + 6, 90, 10), (SIDE + 11, 60, 4)):
        c.hline(CAR_X - gap - length, y, length, "mist")
        c.hline(CAR_X - gap - length - 20, y, 12, "fog")

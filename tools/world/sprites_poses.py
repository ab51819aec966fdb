"""Sheets for the poses people walk in, laid out like their walk sheets: 7723 carrying Mai in both arms
(`7723_carry`), and the Gen 6 (`gen6`: the small white house robot of the launch, its chest warm
orange) and the same Gen 6 gone wrong, crawling on all fours with its chest burning red (`gen6_crawl`).

The window reads a sheet named `<sprite>_<pose>` for someone in that pose (`game/scenes/poses.py`).
7723's frames are his own walk, with his arms brought in under her and Mai drawn across them: her
head at one end, her magenta hoodie, her jeans and white trainers at the other.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.canvas import Canvas
from tools.world.sprites_bots import _7723
from tools.world.walk import walk_sheet

HAIR, SKIN, TOP, JEANS, SHOES, STREAK = "hair", "skin_light", "magenta", "indigo", "white", "neon_cyan"


def _mai_across(c: Canvas, y: int) -> None:
    """Mai lying across his arms at chest height `y` (the top of her), seen from the side: her head
    on his right arm (the left of the picture), her knees over his left."""
    c.ellipse(5, y + 4, 3.5, 3.5, SKIN)  # her head, hair falling below it
    c.ellipse(2.5, y + 3.5, 2.5, 3.5, HAIR)
    c.rect(0, y + 5, 3, 4, HAIR)
    c.px(3, y + 1, STREAK)
    c.hline(6, y + 3, 2, "ink")  # her shut eye
    c.rect(8, y + 1, 12, 8, TOP)  # the hoodie, a shade under it
    c.hline(8, y + 1, 12, "neon_pink")
    c.hline(8, y + 8, 12, "night")
    c.rect(20, y + 2, 8, 5, JEANS)  # the legs, knees over his arm
    c.hline(20, y + 2, 8, "deep_blue")
    c.rect(27, y + 5, 4, 3, SHOES)  # trainers dangling
    c.hline(27, y + 8, 4, "ink")


def _arms_under(c: Canvas, y: int) -> None:
    """His two hands under her: one under her back, one under her knees."""
    for hx in (10, 23):
        c.ellipse(hx, y + 10, 3.5, 2.5, "white")
        c.hline(hx - 3, y + 12, 7, "mist")


def _7723_carry(d: str, f: int) -> Canvas:
    """7723 walking with Mai in his arms: across his chest from the front, held out in front of him
    from the side, her head and trainers past his shoulders from behind."""
    c = _7723(d if d != "right" else "left", f)
    bob = 1 if f in (1, 3) else 0
    if d in ("down", "up"):
        for ax in (0, 25):  # his arms no longer hang at his sides: they are bent up to hold her
            c.rect(ax, 20 + bob, 7, 24, None)
            c.rect(ax + 1, 19 + bob, 5, 8, "white")
            c.vline(ax + 5, 19 + bob, 8, "mist")
    if d == "down":
        _mai_across(c, 19 + bob)
        _arms_under(c, 19 + bob)
    elif d == "up":  # from behind: his back in front of her, her head and trainers either side of him
        c.ellipse(3, 17 + bob, 3, 3, HAIR)
        c.rect(0, 18 + bob, 3, 4, HAIR)
        c.rect(27, 22 + bob, 4, 3, JEANS)
        c.rect(28, 25 + bob, 4, 3, SHOES)
    elif d in ("left", "right"):  # seen from the side, facing left: she is held out in front of him
        c.rect(0, 17 + bob, 12, 17, None)
        c.ellipse(5, 17 + bob, 3.5, 3.5, SKIN)  # her head over his arm, facing up
        c.ellipse(5, 16 + bob, 3.5, 2.5, HAIR)
        c.px(3, 16 + bob, STREAK)
        c.rect(2, 20 + bob, 10, 7, TOP)
        c.hline(2, 20 + bob, 10, "neon_pink")
        c.rect(2, 27 + bob, 10, 3, "white")  # his forearm under her
        c.hline(2, 29 + bob, 10, "mist")
        c.rect(3, 30 + bob, 3, 3, JEANS)  # her legs hanging past his arm
        c.rect(2, 33 + bob, 4, 2, SHOES)
    c.outline("ink")
    return c.flipped() if d == "right" else c


def _gen6(d: str, f: int) -> Canvas:
    """A Gen 6 on its feet: a small white egg of a robot, round head, chest glowing warm orange."""
    c = Canvas(16, 16)
    bob = (0, 1, 0, 1)[f]
    c.ellipse(8, 14.5, 4, 1, "shadow")
    for i, lx in enumerate((5, 9)):
        lift = 1 if (f == 1 and i == 0) or (f == 3 and i == 1) else 0
        c.rect(lx, 11 - lift, 2, 3, "steel")
    c.ellipse(8, 9 + bob, 4, 3, "white")
    c.ellipse(9, 10 + bob, 3, 2, "mist")
    c.ellipse(8, 4 + bob, 4, 3, "white")
    if d != "up":
        fx = {"down": 5, "left": 4, "right": 6}[d]
        c.rect(fx, 3 + bob, 6 if d == "down" else 5, 2, "ink")
        c.px(fx + 1, 3 + bob, "teal")
        c.px(fx + (4 if d == "down" else 3), 3 + bob, "teal")
        c.ellipse(8, 9 + bob, 1.5, 1.5, "orange")
        c.px(8, 9 + bob, "neon_yellow")
    c.outline("ink")
    return c


def _gen6_crawl(d: str, f: int) -> Canvas:
    """A Gen 6 gone wrong: low on four limbs, head thrust forward, eyes and chest burning red."""
    c = Canvas(16, 16)
    c.ellipse(8, 14.5, 6, 1, "shadow")
    for i, lx in enumerate((3, 6, 9, 12)):
        lift = 1 if (i + f) % 2 == 0 and f in (1, 3) else 0
        c.rect(lx, 12 - lift, 1, 3, "steel")
    if d in ("left", "right"):
        c.ellipse(9, 10, 5, 2.5, "white")
        c.hline(5, 12, 9, "mist")
        c.ellipse(4, 9, 3, 2.5, "white")  # the head, low and forward
        c.rect(2, 8, 3, 2, "ink")
        c.px(2, 8, "ares_red")
        c.ellipse(9, 11, 1.5, 1, "ares_red")
    else:
        c.ellipse(8, 10, 5.5, 3, "white")
        c.hline(3, 12, 11, "mist")
        if d == "down":
            c.ellipse(8, 9, 3, 2.5, "white")
            c.rect(6, 8, 5, 2, "ink")
            c.px(6, 8, "ares_red")
            c.px(10, 8, "ares_red")
            c.ellipse(8, 11, 1, 1, "blood")
        else:
            c.ellipse(8, 8, 3, 2, "mist")
            c.px(8, 10, "ares_red")
    c.outline("ink")
    return c.flipped() if d == "right" else c


POSED: dict[str, tuple[tuple[int, int], Callable[[str, int], Canvas]]] = {
    "7723_carry": ((32, 48), _7723_carry),
    "gen6": ((16, 16), _gen6),
    "gen6_crawl": ((16, 16), _gen6_crawl),
}


def sheet(name: str) -> Canvas:
    (w, h), draw = POSED[name]
    return walk_sheet(draw, w, h)

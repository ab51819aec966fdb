"""Sheets for the poses people walk in, laid out like their walk sheets: 7723 carrying Mai in both arms
(`7723_carry`) or on his back (`7723_piggyback`, `sprites_piggyback.py`), and the Gen 6 (`gen6`: the
small white house robot of the launch, its chest warm orange) and the same Gen 6 gone wrong, crawling
on all fours with its chest burning red (`gen6_crawl`), as much of a robot as one standing, only low.

The window reads a sheet named `<sprite>_<pose>` for someone in that pose (`game/scenes/poses.py`).
7723's frames are his own walk, with his arms brought in under her and Mai drawn across them: her
head at one end, her magenta hoodie, her jeans and white trainers at the other.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.canvas import Canvas
from tools.world import sprites_aim, sprites_grabs
from tools.world.sprites_bots import _7723
from tools.world.sprites_piggyback import H, W, piggyback
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
    """A Gen 6 gone wrong, as big as one on its feet but low: a long back hunched over four jointed
    limbs, its white shell glowing red-hot, the head thrust forward with two burning eyes.
    Wider than its standing frame (28×16), so that at the game's scale it reads as a robot crawling,
    not a crumb."""
    c = Canvas(28, 16)
    c.ellipse(14, 14.5, 12, 1.5, "shadow")
    if d in ("left", "right"):
        _crawl_side(c, f)
    else:
        _crawl_front(c, d, f)
    c.outline("ink")
    return c.flipped() if d == "right" else c


def _crawl_side(c: Canvas, f: int) -> None:
    """Facing left: the far limbs a shade darker, each limb a bent elbow or knee, pacing in turn."""
    for i, (hip, far) in enumerate(((9, True), (20, True), (7, False), (18, False))):
        step = (0, 2, 0, -2)[f] * (1 if i % 2 == 0 else -1)
        colour = "fog" if far else "steel"
        c.line(hip, 9, hip - 2 + step // 2, 11, colour)  # upper limb out to the joint
        c.line(hip - 2 + step // 2, 11, hip + step, 14, colour)  # and down to the ground
        c.rect(hip + step - 1, 14, 3, 1, colour)
    c.ellipse(16, 8, 8, 3.5, "ares_red")  # the hunched back, its white shell gone red with the heat
    c.ellipse(17, 9.5, 6.5, 2, "blood")
    c.hline(11, 5, 9, "orange")  # the hottest of it along the spine
    c.px(14, 6, "neon_yellow")
    c.ellipse(15, 10, 2, 1.2, "orange")  # the chest, burning through from underneath
    c.px(15, 10, "neon_yellow")
    c.ellipse(5, 8, 4.5, 3.5, "mist")  # the head, low and forward, the one part still pale
    c.rect(1, 7, 5, 3, "ink")
    c.px(1, 8, "ares_red")
    c.px(4, 8, "ares_red")


def _crawl_front(c: Canvas, d: str, f: int) -> None:
    """Towards us or away: the limbs splayed out wide either side of a broad low body."""
    lift = (0, 1, 0, 1)[f]
    for i, (sx, ex) in enumerate(((8, 3), (10, 6), (19, 24), (17, 21))):
        up = lift if i in (0, 2) else 1 - lift
        c.line(sx, 9, ex, 11 - up, "steel")
        c.line(ex, 11 - up, ex, 14 - up, "steel")
        c.rect(ex - 1, 14 - up, 3, 1, "steel")
    c.ellipse(14, 9, 8, 3.5, "ares_red")  # the shell gone red with the heat
    c.hline(8, 12, 12, "blood")
    c.hline(9, 6, 10, "orange")
    if d == "down":
        c.ellipse(14, 8, 4.5, 3.5, "mist")  # the head, thrust at us
        c.rect(10, 7, 9, 3, "ink")
        c.px(11, 8, "ares_red")
        c.px(17, 8, "ares_red")
        c.ellipse(14, 11.5, 1.5, 1, "ares_red")
    else:
        c.ellipse(14, 7, 5, 2.5, "blood")  # its back, the heat showing through the seams
        c.hline(11, 8, 7, "orange")
        c.px(14, 10, "neon_yellow")


POSED: dict[str, tuple[tuple[int, int], Callable[[str, int], Canvas]]] = {
    "7723_carry": ((32, 48), _7723_carry),
    "gen6": ((16, 16), _gen6),
    "gen6_crawl": ((28, 16), _gen6_crawl),
    "7723_piggyback": ((W, H), piggyback),
    **sprites_aim.POSED,  # poses held standing: 7723's arm cannon up, Mai's bat swing
    **sprites_grabs.POSED,  # Ares holding Molly up in one claw, Pin's hand raised with the light in it
}


def sheet(name: str) -> Canvas:
    (w, h), draw = POSED[name]
    return walk_sheet(draw, w, h)

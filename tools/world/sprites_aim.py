"""Sheets for poses held standing: 7723 with his arm cannon up (`7723_aim`), his arm up with nothing
left in it (`7723_reach`), and Mai mid-swing with her bat (`mai_swing`).

The window reads a sheet named `<sprite>_<pose>` for someone in that pose (`game/scenes/poses.py`),
and draws the rest itself: the red dot on whatever he aims at (`game/scenes/aiming.py`) and the bat
out in front of whoever swings it (a held prop, `game/scenes/props.py`), so these sheets draw the
body only. Each facing has four frames like a walk sheet, the muzzle's red changing through them;
the window holds the pose on the first, and the dot throbs on its own.

7723's frame is wider than his own (48×48, his figure in the middle) so the barrel can reach out past
his side: from the side his right arm is raised level at the shoulder, the forearm opened into a
barrel with a red muzzle; towards us the barrel points at us, a round mouth glowing red in front of
his chest; from behind his arm is up and forward past his shoulder. Mai's arms both reach out in front
of her to where her hands meet on the grip, her body turned into the swing.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from tools.canvas import Canvas
from tools.world.sprites_bots import _7723
from tools.world.sprites_looks import LOOKS
from tools.world.sprites_people import PEOPLE, person_frame
from tools.world.walk import walk_sheet

AIM_W, AIM_H = 48, 48
AT = 8  # where his own 32-wide frame sits across the wider one
GLOW = ("ares_red", "orange", "ares_red", "blood")  # the muzzle, frame by frame: it hums


def _bare(c: Canvas) -> Canvas:
    """`c` without its outer ink, so that a limb moved and inked again is not ringed twice."""
    solid = c.solid()
    pad = np.pad(solid, 1, constant_values=False)
    open_side = ~pad[:-2, 1:-1] | ~pad[2:, 1:-1] | ~pad[1:-1, :-2] | ~pad[1:-1, 2:]
    c.put(c.mask_of("ink") & open_side, None)
    return c


def _7723_aim(d: str, f: int) -> Canvas:
    """7723 standing with his arm cannon up, the way he faces."""
    own = _bare(_7723("left" if d == "right" else d, 0))
    if d in ("left", "right"):
        _arm_gone(own)
    c = Canvas(AIM_W, AIM_H)
    c.blit(own, AT, 0)
    glow = GLOW[f]
    if d in ("left", "right"):
        _aim_side(c, glow)
    elif d == "down":
        _aim_front(c, glow)
    else:
        _aim_back(c)
    c.outline("ink")
    return c.flipped() if d == "right" else c


def _arm_gone(c: Canvas) -> None:
    """His own frame facing left without the arm that hangs at his side: his side, the panel on his
    back, his hips and his legs painted again where it was."""
    c.rect(15, 21, 5, 12, "white")
    c.rect(18, 18, 5, 10, "deep_blue")
    c.rect(20, 27, 3, 6, "fog")
    c.rect(9, 32, 14, 4, "steel")
    c.hline(9, 32, 14, "fog")
    c.rect(13, 36, 6, 7, "mist")
    c.rect(19, 36, 3, 4, None)
    c.rect(12, 36, 1, 4, None)


def _aim_side(c: Canvas, glow: str) -> None:
    """Facing left: the arm up level from the shoulder, the forearm opened into a barrel past the hand."""
    c.ellipse(AT + 18, 18, 4.5, 4, "white")  # the shoulder
    c.hline(AT + 14, 18, 9, "bot_blue")
    c.rect(AT - 2, 17, 20, 5, "white")  # the upper arm and forearm, level
    c.hline(AT - 2, 21, 20, "mist")
    c.rect(AT + 6, 17, 2, 5, "steel")  # the elbow joint
    c.rect(0, 16, AT - 1, 7, "steel")  # the barrel, opened out of the forearm
    c.hline(0, 16, AT - 1, "fog")
    c.hline(0, 22, AT - 1, "night")
    c.vline(3, 16, 7, "bot_blue")
    c.rect(0, 18, 2, 3, glow)  # the muzzle
    c.px(0, 19, "neon_yellow")


def _aim_front(c: Canvas, glow: str) -> None:
    """Towards us: his right arm (the left of the picture) raised at us, seen end on as a round barrel."""
    c.rect(AT + 0, 20, 8, 20, None)  # the arm that hung at his side
    c.ellipse(AT + 4, 18, 4, 3.5, "white")  # the shoulder, lifted
    c.hline(AT + 1, 18, 7, "bot_blue")
    c.ellipse(AT + 4, 23, 6, 6, "white")  # the forearm coming at us
    c.ellipse(AT + 4, 23, 4.5, 4.5, "steel")  # the barrel's rim
    c.ellipse(AT + 4, 23, 3, 3, "night")
    c.ellipse(AT + 4, 23, 2, 2, glow)  # the muzzle
    c.px(AT + 4, 23, "neon_yellow")


def _aim_back(c: Canvas) -> None:
    """From behind: his right arm (the right of the picture) up and forward, past his shoulder."""
    c.rect(AT + 25, 20, 8, 20, None)
    c.ellipse(AT + 28, 18, 4, 3.5, "white")
    c.hline(AT + 25, 18, 7, "bot_blue")
    c.rect(AT + 26, 8, 5, 11, "white")  # the arm up ahead of him
    c.vline(AT + 30, 8, 11, "mist")
    c.rect(AT + 26, 3, 5, 6, "steel")  # the barrel, pointing away
    c.hline(AT + 26, 3, 5, "fog")


def _7723_reach(d: str, f: int) -> Canvas:
    """7723's arm up the way he faces, as for the cannon, out of habit, with nothing in it: the forearm
    ends in an open hand, no barrel, no red."""
    own = _bare(_7723("left" if d == "right" else d, 0))
    if d in ("left", "right"):
        _arm_gone(own)
    c = Canvas(AIM_W, AIM_H)
    c.blit(own, AT, 0)
    if d in ("left", "right"):
        _reach_side(c)
    elif d == "down":
        _reach_front(c)
    else:
        _reach_back(c)
    c.outline("ink")
    return c.flipped() if d == "right" else c


def _reach_side(c: Canvas) -> None:
    """Facing left: the arm up level from the shoulder, as when it aimed, and at its end only a hand,
    the fingers open on nothing."""
    c.ellipse(AT + 18, 18, 4.5, 4, "white")  # the shoulder
    c.hline(AT + 14, 18, 9, "bot_blue")
    c.rect(AT - 2, 17, 20, 5, "white")  # the upper arm and forearm, level
    c.hline(AT - 2, 21, 20, "mist")
    c.rect(AT + 6, 17, 2, 5, "steel")  # the elbow joint
    c.rect(AT - 5, 17, 3, 5, "fog")  # the palm, open
    for y in (16, 18, 20, 22):  # the fingers, spread
        c.hline(AT - 8, y, 3, "fog")


def _reach_front(c: Canvas) -> None:
    """Towards us: his right arm raised at us, the palm open and empty where the barrel's mouth was."""
    c.rect(AT + 0, 20, 8, 20, None)  # the arm that hung at his side
    c.ellipse(AT + 4, 18, 4, 3.5, "white")  # the shoulder, lifted
    c.hline(AT + 1, 18, 7, "bot_blue")
    c.ellipse(AT + 4, 23, 5, 5, "fog")  # the palm, towards us
    c.ellipse(AT + 4, 24, 3, 3, "mist")
    for x in (AT, AT + 2, AT + 4, AT + 6, AT + 8):  # the fingers, spread round it
        c.vline(x, 16, 3, "fog")


def _reach_back(c: Canvas) -> None:
    """From behind: his right arm up and forward past his shoulder, the hand open at its end."""
    c.rect(AT + 25, 20, 8, 20, None)
    c.ellipse(AT + 28, 18, 4, 3.5, "white")
    c.hline(AT + 25, 18, 7, "bot_blue")
    c.rect(AT + 26, 8, 5, 11, "white")  # the arm up ahead of him
    c.vline(AT + 30, 8, 11, "mist")
    c.rect(AT + 26, 5, 5, 3, "fog")  # the hand, open
    for x in (AT + 26, AT + 28, AT + 30):
        c.vline(x, 2, 3, "fog")


def _mai_swing(d: str, f: int) -> Canvas:
    """Mai mid-swing: her arms out together in front of her, her hands on the grip."""
    look = PEOPLE["mai"]
    own = _bare(person_frame(look, "left" if d == "right" else d, 0))
    c = own.copy()
    skin, top = look.skin, look.top
    if d in ("left", "right"):  # facing left: both arms out level in front, the hands at the edge
        hand = own.mask_of(skin)
        hand[:TORSO + 4, :] = False
        c.put(hand, top)  # the hand that hung at her side is gone up with the arm
        c.line(7, TORSO + 1, 1, TORSO + 3, top)
        c.line(7, TORSO + 2, 1, TORSO + 4, top)
        c.rect(0, TORSO + 3, 2, 2, skin)
    elif d == "down":  # towards us: both arms across to her right (our left), the grip past her side
        for x in (3, 4, 11, 12):
            c.rect(x, TORSO + 1, 1, 8, None)
        c.line(6, TORSO + 1, 2, TORSO + 4, top)
        c.line(10, TORSO + 2, 3, TORSO + 5, top)
        c.rect(0, TORSO + 4, 3, 2, skin)
    else:  # from behind: her arms forward out of sight, only the elbows out at her sides
        for x in (3, 4, 11, 12):
            c.rect(x, TORSO + 1, 1, 8, None)
        c.rect(4, TORSO + 1, 1, 3, top)
        c.rect(11, TORSO + 1, 1, 3, top)
    c.outline("ink")
    return c.flipped() if d == "right" else c


SWUNG = 16, 32  # Mai's frame, as her walk's
TORSO = 16  # the top of her hoodie in it

def _looking(name: str) -> Callable[[str, int], Canvas]:
    """Mai's swing as she looks for a while (`mai_black_eye`): the look painted over it as over her walk."""
    paint = LOOKS[name][1]

    def draw(d: str, f: int) -> Canvas:
        c = _mai_swing(d, f)
        paint(c, d, 0, 0)
        return c
    return draw


POSED: dict[str, tuple[tuple[int, int], Callable[[str, int], Canvas]]] = {
    "7723_aim": ((AIM_W, AIM_H), _7723_aim),
    "7723_reach": ((AIM_W, AIM_H), _7723_reach),
    "mai_swing": (SWUNG, _mai_swing),
    **{f"{name}_swing": (SWUNG, _looking(name)) for name, (owner, _) in LOOKS.items() if owner == "mai"},
}


def sheet(name: str) -> Canvas:
    (w, h), draw = POSED[name]
    return walk_sheet(draw, w, h)

"""Sheets for two moments that must read without words: Ares holding Molly up off the floor in one
claw (`ares_carry`, the pose `carry`: he lifts her out through the roof of the kitchen), and Justin Pin
with one hand raised, open, a white light in the palm (`pin_reach`, the pose `reach`: the light that
kills Rice comes from his hand, not from anything on the bench).

The window reads a sheet named `<sprite>_<pose>` for someone in that pose (`game/scenes/poses.py`).
Ares's frame is his own (64×96), Molly held in front of his chest where the whole of her shows
below the roof he looms in at; Pin's is wider than his (32×32) so that the arm reaches out past his
side.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.canvas import Canvas
from tools.world.sprites_aim import _bare
from tools.world.sprites_bots import _ares
from tools.world.sprites_people import PEOPLE, _geometry, person_frame

CARRY_W, CARRY_H = 64, 96  # his own frame's size
HAND = {"down": (32, 46), "up": (8, 46), "left": (8, 46)}  # his claw round her middle, by facing
SHOULDER = (10, 28)  # the shoulder the raised arm comes from
REACH_W = 32
PIN_AT = 8  # Pin's own 16-wide frame in the middle of the wider one


def _ares_carry(d: str, f: int) -> Canvas:
    """Ares with Molly held up off the floor in his right claw (the left of the picture facing us):
    the arm that hung at his side bent up across him, her figure in front of his chest, her feet
    dangling half his height above the floor."""
    c = _ares("left" if d == "right" else d, f)
    if d in ("down", "up"):
        c.rect(2, 36, 10, 48, None)  # the arm that hung on that side, gone up with her
    hx, hy = HAND["left" if d == "right" else d]
    c.blit(person_frame(PEOPLE["molly"], "down", 0), hx - 8, hy - 22)  # her waist in his claw
    for k in range(-2, 3):  # the raised arm, thick, red with dark edges
        c.line(SHOULDER[0] + k, SHOULDER[1], hx - 4 + k, hy + 2, "ares_red" if abs(k) < 2 else "blood")
    c.ellipse(hx, hy, 6, 3, "ares_red")  # the claw closed round her
    c.hline(hx - 5, hy - 2, 10, "orange")
    for k in range(3):
        c.vline(hx - 4 + k * 4, hy + 2, 3, "mist")
    c.outline("shadow")
    return c.flipped() if d == "right" else c


def _pin_reach(d: str, f: int) -> Canvas:
    """Pin's hand raised the way he faces, almost lazily: from the side the arm up level from the
    shoulder, the palm open, a white light in it; facing us or away, the hand up beside his head."""
    look = PEOPLE["pin"]
    _, torso, _ = _geometry(look)
    own = _bare(person_frame(look, "left" if d == "right" else d, 0))
    hand = own.mask_of(look.skin)
    hand[: torso + 4, :] = False
    own.put(hand, look.top)  # the hand that hung at his side goes up with the arm
    c = Canvas(REACH_W, 32)
    c.blit(own, PIN_AT, 0)
    if d in ("left", "right"):  # facing left: the arm out level, the open palm at its end
        c.line(PIN_AT + 7, torso + 1, PIN_AT - 3, torso - 1, look.top)
        c.line(PIN_AT + 7, torso + 2, PIN_AT - 3, torso, look.top)
        c.rect(PIN_AT - 5, torso - 2, 2, 3, look.skin)
        glow = (PIN_AT - 7, torso - 1)  # just past the open palm
    else:  # facing us or away: the right hand up beside the head
        c.line(PIN_AT + 3, torso + 1, PIN_AT + 1, torso - 5, look.top)
        c.rect(PIN_AT, torso - 8, 2, 3, look.skin)
        glow = (PIN_AT + 1, torso - 10)
    c.outline("ink")
    c.ellipse(glow[0], glow[1], 1.5, 1.5, "white")  # the light in his palm
    c.px(glow[0], glow[1] - 2, "neon_cyan")
    c.px(glow[0], glow[1] + 2, "neon_cyan")
    return c.flipped() if d == "right" else c


POSED: dict[str, tuple[tuple[int, int], Callable[[str, int], Canvas]]] = {
    "ares_carry": ((CARRY_W, CARRY_H), _ares_carry),
    "pin_reach": ((REACH_W, 32), _pin_reach),
}

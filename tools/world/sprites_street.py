"""The street's machines that are not Q-Bots: the yellow parking bot on Fifth Street, the size of a
wheelie bin, and the noodle-cup robot that sings there, the size of a fridge (both against Mai's
16×32, so the words' sizes hold on the map).

Each function draws one frame for a facing and a walk frame, laid out by `walk.walk_sheet` like the
rest. Neither walks far: the parking bot trundles on two small wheels, the noodle robot only bobs.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.canvas import Canvas
from tools.world.walk import walk_sheet


def _parking_bot(d: str, f: int) -> Canvas:
    """A yellow box on two wheels, a wheelie bin's height (two-thirds of Mai): a dark visor with a
    green eye, a ticket slot with a ticket in it, and an amber lamp on its lid that blinks as it goes."""
    c = Canvas(16, 24)
    bob = (0, -1, 0, -1)[f]
    c.ellipse(8, 22.5, 6, 1, "shadow")
    y = 6 + bob  # the top of its body
    c.rect(2, y, 12, 15, "neon_yellow")
    c.vline(13, y, 15, "orange")  # its shaded side
    c.hline(2, y + 14, 12, "orange")
    c.rect(2, y - 1, 12, 2, "orange")  # the lid
    c.hline(3, y - 2, 10, "neon_yellow")
    c.rect(7, y - 5, 2, 3, "orange" if f % 2 else "neon_yellow")  # the lamp, blinking
    c.px(7, y - 5, "white" if f % 2 == 0 else "orange")
    if d != "up":
        vx, vw = {"down": (4, 8), "left": (2, 7), "right": (7, 7)}[d]
        c.rect(vx, y + 2, vw, 4, "ink")  # the visor
        c.rect(vx + vw // 2 - 1, y + 3, 2, 2, "neon_lime")  # its eye
        c.hline(vx + 1, y + 9, vw - 2, "ink")  # the ticket slot
        c.rect(vx + 2, y + 10, vw - 4, 2, "white")  # a ticket, half out
    else:
        for yy in (y + 3, y + 6, y + 9):  # the vents on its back
            c.hline(4, yy, 8, "orange")
    for wx in (3, 10):  # its wheels
        c.rect(wx, y + 15, 3, 3 - (f == 1 and wx == 3) - (f == 3 and wx == 10), "ink")
    c.outline("ink")
    return c


def _noodle_robot(d: str, f: int) -> Canvas:
    """A noodle cup grown to a fridge's height (a head taller than Mai): a white cup with a red band,
    HAPPY CUP's pink lid on its head, a screen of a face with a smile, little arms, a neon glow."""
    c = Canvas(24, 40)
    bob = (0, -1, -1, 0)[f]
    c.ellipse(12, 38, 9, 1.5, "shadow")
    top = 8 + bob
    for row in range(28):  # the cup, wider at the top
        half = 8 - row // 9
        c.hline(12 - half, top + row, 2 * half, "white")
        c.px(12 + half - 1, top + row, "mist")
    c.rect(4, top + 12, 16, 4, "ares_red")  # the band round it
    c.hline(4, top + 12, 16, "neon_pink")
    c.rect(2, top - 4, 20, 4, "neon_pink")  # the lid
    c.hline(3, top - 5, 18, "magenta")
    c.rect(10, top - 7, 4, 2, "magenta")  # its tab
    if d != "up":
        for x in range(4, 20, 3):  # HAPPY CUP on the lid, too small to read but plainly words
            c.px(x, top - 3, "white")
        fx = {"down": 6, "left": 4, "right": 8}[d]
        c.rect(fx, top + 2, 10, 8, "ink")  # the screen of a face
        c.px(fx + 2, top + 4, "neon_cyan")
        c.px(fx + 7, top + 4, "neon_cyan")
        c.hline(fx + 3, top + 7, 4, "neon_cyan")  # the smile
        c.px(fx + 2, top + 6, "neon_cyan")
        c.px(fx + 7, top + 6, "neon_cyan")
    arm = 1 if f in (1, 2) else 0
    c.rect(1, top + 16 - arm, 3, 2, "fog")  # little arms out to the side, waving on the beat
    c.rect(20, top + 16 - (1 - arm), 3, 2, "fog")
    c.outline("ink")
    return c


STREET: dict[str, tuple[tuple[int, int], Callable[[str, int], Canvas]]] = {
    "parking_bot": ((16, 24), _parking_bot),  # a wheelie bin's height
    "noodle_robot": ((24, 40), _noodle_robot),  # a fridge's height, a head over Mai
}


def sheet(name: str) -> Canvas:
    (w, h), draw = STREET[name]
    return walk_sheet(draw, w, h)

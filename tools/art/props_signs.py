"""Props that are mostly a message, big enough to read from the picture alone: the note stuck on
Mai's locker (PSYCHO, in red, over a drawing of her with her bat) and the police's light bar on the
Skyway's roadblock, whose red and blue lamps flash by turns (its `_dark` picture is the blue turn,
which the window shows in turn with the red one: `game/scenes/blinking.py`).
"""

from __future__ import annotations

from tools.canvas import Canvas

# PSYCHO in a 3 × 5 hand: one letter a column of three, a column apart
PSYCHO = [
    "### ### # # ### # # ###",
    "# # #   # # #   # # # #",
    "### ###  #  #   ### # #",
    "#     #  #  #   # # # #",
    "#   ###  #  ### # # ###",
]


def _pair(ground: Canvas, held: Canvas) -> Canvas:
    """The two frames side by side, at the size of the larger (as `props._pair`)."""
    w, h = max(ground.w, held.w), max(ground.h, held.h)
    out = Canvas(w * 2, h)
    out.blit(ground, (w - ground.w) // 2, h - ground.h)
    out.blit(held, w + (w - held.w) // 2, h - held.h)
    return out


def psycho_note() -> Canvas:
    """A sheet of paper taped on her locker: a stick girl with a bat, a robot in bits at her feet, an
    arrow at her, and PSYCHO across the foot in red marker."""
    c = Canvas(27, 22)
    c.rect(0, 1, 27, 21, "white")
    c.hline(0, 21, 27, "mist")  # the paper's curling foot
    c.rect(11, 0, 5, 2, "fog")  # the tape
    c.rect(5, 3, 3, 3, "ink")  # the girl: a head of black hair, a stick body, her bat up
    c.vline(6, 6, 5, "ink")
    c.line(6, 11, 4, 14, "ink")
    c.line(6, 11, 8, 14, "ink")
    c.line(6, 7, 9, 5, "ink")
    c.line(9, 5, 11, 2, "wood")
    c.rect(12, 12, 3, 2, "steel")  # the robot in bits
    c.px(16, 13, "steel")
    c.px(14, 11, "neon_cyan")
    c.line(19, 4, 22, 4, "ares_red")  # the arrow, in case she missed who it was
    c.line(19, 4, 9, 8, "ares_red")
    c.px(10, 7, "ares_red")
    c.px(10, 9, "ares_red")
    c.text(PSYCHO, {"#": "ares_red"}, 2, 15)
    c.outline("ink")
    return _pair(c, c.copy())


def police_lights(red: bool = True) -> Canvas:
    """The police's light bar on the roadblock: a black bar on a stand, its red lamp lit on one turn
    and its blue on the other, each with a burst of its light round it."""
    c = Canvas(32, 17)
    c.rect(14, 10, 4, 7, "steel")  # the stand
    c.rect(2, 4, 28, 7, "ink")  # the bar
    lit, off = ("ares_red", "neon_pink") if red else ("bot_blue", "holo")
    x0 = 3 if red else 17
    c.rect(3, 5, 12, 5, "blood")  # both lamps, dark
    c.rect(17, 5, 12, 5, "deep_blue")
    c.rect(x0, 5, 12, 5, lit)
    c.hline(x0 + 1, 5, 10, off)
    c.rect(x0 + 4, 6, 3, 2, "white")
    c.outline("ink")
    for dx, dy in ((0, 2), (2, 1), (5, 0), (6, 0), (9, 1), (11, 2), (-2, 6), (13, 6)):  # its burst of light
        c.px(x0 + dx, dy, off if dy else lit)
    return _pair(c, c.copy())

"""Ares: Pin's towering red-and-black "bodyguard". No face at all, only one narrow red eye.

His expressions live entirely in that slit: thin and steady, bent into a cold smile, flared and
white-hot, or dimmed to a drooping ember.
"""

from __future__ import annotations

from tools.art import bust
from tools.art.bust import poly
from tools.canvas import Canvas, edge, grow, shifted

S = bust.S

# the eye slit per mood: (left x, right x, centre y, bend, thickness). The bend curls the ends up
# into a cold smile (< 0), lets them droop (> 0), or, for anger, tilts the whole slit into a glare.
EYE = {
    "neutral": (34, 70, 42, 0, 1),
    "happy": (36, 70, 43, -2, 1),
    "angry": (32, 72, 41, 3, 2),
    "sad": (38, 66, 42, 2, 1),
}


def slit(face: str) -> Canvas:
    """The eye as its own layer, so the groove and bloom can be grown around it."""
    x0, x1, yc, bend, thick = EYE[face]
    eye = Canvas(S, S)
    mid, half = (x0 + x1) / 2, (x1 - x0) / 2
    for x in range(x0, x1 + 1):
        t = (x - mid) / half
        y = yc + (round(bend * t) if face == "angry" else round(bend * t * t))
        width = thick if abs(t) < 0.75 else 1
        for k in range(width):
            eye.px(x, y + k, "ares_red")
    return eye


def draw(face: str) -> Canvas:
    c = Canvas(S, S)
    # blade-like pauldrons
    for pts in ([(0, 96), (0, 74), (14, 64), (34, 70), (36, 96)], [(58, 96), (62, 70), (84, 62), (96, 70), (96, 96)]):
        pad = poly(pts)
        c.paint(pad, "ares_red", shade="blood", light="orange", outline="shadow", depth=4)
        c.put(pad & shifted(poly([(p[0], p[1] + 10) for p in pts]), 0, 0) & ~edge(pad), "night")
    neck = poly([(36, 64), (60, 64), (58, 96), (38, 96)])
    c.paint(neck, "night", shade="ink", light="indigo", outline="shadow", depth=3)
    for y in range(70, 96, 5):
        c.line(38, y, 57, y, "ink")
    spike = poly([(14, 64), (4, 50), (24, 62)])
    c.paint(spike, "night", light="steel", outline="shadow", depth=1)

    # the head: a tall, narrow, faceless wedge
    head = poly([(30, 18), (40, 4), (58, 2), (72, 12), (76, 38), (70, 58), (56, 70), (40, 70), (30, 56), (26, 36)])
    c.paint(head, "night", shade="ink", light="indigo", outline="shadow", depth=4)
    crest = poly([(46, 2), (56, 2), (55, 32), (50, 36), (47, 32)])
    c.paint(crest & head, "ares_red", shade="blood", light="orange", outline="blood", depth=2)
    horn = poly([(30, 34), (12, 16), (20, 14), (34, 24)])
    c.paint(horn, "ares_red", shade="blood", light="orange", outline="shadow", depth=2)
    cheek = poly([(52, 52), (74, 46), (70, 58), (56, 70)]) & head
    c.paint(cheek, "ares_red", shade="blood", light="orange", outline="blood", depth=2)
    c.line(30, 56, 42, 46, "indigo")
    c.line(32, 20, 44, 30, "indigo")
    for x, y in ((36, 52), (66, 20)):
        c.px(x, y, "steel")

    # the eye: a groove in the armour, then the slit glowing in it
    eye = slit(face)
    m = eye.solid()
    groove = grow(m, 1, diagonal=True) & head
    c.put(groove, "ink")
    bloom = grow(m, 2) & ~groove & head
    c.put(bloom & ~edge(head), "blood")
    c.put(m, "ares_red")
    core = m & shifted(m, 1, 0) & shifted(m, -1, 0)
    if face == "angry":
        c.put(core, "neon_yellow")
        c.put(grow(m, 3) & ~grow(m, 2) & head & ~edge(head), "blood")
    elif face != "sad":
        c.put(core, "orange")
    bust.rim(c, {"night": "blood", "ink": "blood", "shadow": "blood"}, side=-1)
    bust.rim(c, {"ares_red": "neon_pink"}, side=-1)
    bust.outline_all(c)
    return c

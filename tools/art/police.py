"""Grainland police unit: a robot in a blue riot helmet whose visor goes from polite to lethal."""

from __future__ import annotations

from tools.art import bust
from tools.art.bust import oval, poly
from tools.art.faces import screen_face
from tools.canvas import Canvas, edge, rounded, shifted

S = bust.S

GLOW = {
    "neutral": ("holo", "bot_blue", "deep_blue"),
    "happy": ("neon_lime", "green", "deep_blue"),
    "angry": ("ares_red", "blood", "night"),
    "sad": ("steel", "indigo", "night"),
}


def draw(face: str) -> Canvas:
    c = Canvas(S, S)
    body = poly([(0, 96), (2, 80), (16, 70), (78, 70), (94, 80), (96, 96)])
    c.paint(body, "deep_blue", shade="night", light="bot_blue", outline="ink", depth=4)
    vest = poly([(26, 72), (68, 72), (64, 96), (30, 96)])
    c.paint(vest, "indigo", shade="night", light="dusk", outline="ink", depth=3)
    badge = poly([(58, 78), (64, 78), (64, 84), (61, 87), (58, 84)])
    c.paint(badge, "neon_yellow", shade="orange", outline="dark_wood", depth=1)
    c.put(oval(20, 82, 6, 3), "white")  # shoulder flash
    c.rect(16, 82, 9, 1, "bot_blue")
    neck = rounded(S, S, 36, 60, 24, 14, 3)
    c.paint(neck, "steel", shade="indigo", outline="night", depth=2)

    helmet = oval(48, 38, 30, 30) & ~poly([(0, 62), (96, 56), (96, 96), (0, 96)])
    c.paint(helmet, "deep_blue", shade="night", light="bot_blue", outline="ink", depth=4)
    stripe = helmet & poly([(44, 0), (52, 0), (54, 30), (46, 30)])
    c.put(stripe & ~edge(helmet), "white")
    # light bar on the crown: red and blue
    c.paint(rounded(S, S, 34, 4, 12, 5, 2), "ares_red", light="neon_pink", outline="blood", depth=1)
    c.paint(rounded(S, S, 50, 4, 12, 5, 2), "bot_blue", light="holo", outline="deep_blue", depth=1)
    jaw = poly([(26, 54), (74, 50), (70, 64), (32, 66)])
    c.paint(jaw, "steel", shade="indigo", light="fog", outline="night", depth=2)
    for x in (40, 46, 52, 58):
        c.line(x, 57, x, 62, "indigo")
    visor = poly([(24, 28), (78, 24), (80, 44), (26, 50)])
    c.paint(visor, "ink", outline="night")
    inside = visor & ~edge(visor)
    screen_face(c, face, inside, near=(38, 30), far=(62, 28), mouth=None, glow=GLOW[face], core="white", scale=2)
    c.put(inside & shifted(inside, 0, -1) & ~shifted(inside, 0, -2) & ~c.mask_of(*GLOW[face]), "indigo")
    bust.rim(c, {"deep_blue": "neon_cyan", "night": "bot_blue", "ink": "bot_blue"}, side=-1)
    bust.outline_all(c)
    return c

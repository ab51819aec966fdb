"""Q-Bots: IQ's round household helpers, and Alfredo, Dr. Rice's older, dented lab assistant.

Both wear their faces on a screen, drawn with the same glowing kit as 7723's visor but in their
own colours, so a player can tell a Q-Bot from 7723 at a glance.
"""

from __future__ import annotations

from tools.art import bust
from tools.art.bust import oval, poly
from tools.art.faces import screen_face
from tools.canvas import Canvas, edge, rounded, shifted

S = bust.S


def qbot(face: str) -> Canvas:
    """A Gen-6 Q-Bot: a glossy white ball with a pink antenna bulb and a smiley screen."""
    c = Canvas(S, S)
    body = oval(48, 104, 36, 28)
    c.paint(body, "white", shade="mist", light=None, outline="fog", depth=5)
    c.put(body & ~shifted(body, -8, 8, beyond=True) & ~edge(body), "fog")
    band = body & ~oval(48, 110, 36, 28)
    c.put(band & ~edge(body), "bot_blue")
    c.put(oval(48, 88, 4, 3), "neon_pink")  # IQ light on the chest
    c.px(47, 87, "white")
    collar = rounded(S, S, 34, 72, 28, 6, 3)
    c.paint(collar, "steel", shade="indigo", outline="night", depth=2)
    head = oval(48, 42, 32, 30)
    c.paint(head, "white", shade="mist", light=None, outline="fog", depth=5)
    c.put(head & ~shifted(head, -9, 9, beyond=True) & ~edge(head), "fog")
    c.line(50, 12, 52, 4, "steel")
    c.put(oval(53, 4, 3, 3), "neon_pink")
    c.px(52, 3, "white")
    screen = oval(54, 44, 21, 17)
    c.paint(screen, "ink", outline="steel")
    inside = screen & ~edge(screen)
    screen_face(c, face, inside, near=(42, 34), far=(60, 34), mouth=(50, 50),
                glow=("holo", "bot_blue", "deep_blue"), core="white", scale=2, mouth_scale=1)
    if face == "happy":
        for x in (40, 66):
            c.rect(x, 46, 3, 1, "neon_pink")
    c.px(38, 31, "indigo")
    c.px(39, 30, "indigo")
    bust.rim(c, {"white": "holo", "fog": "holo", "mist": "holo"}, side=-1)
    bust.outline_all(c)
    return c


def alfredo(face: str) -> Canvas:
    """Alfredo: an older, boxier Q-Bot in cream enamel, a bent antenna, a bow tie and a green screen."""
    c = Canvas(S, S)
    body = rounded(S, S, 22, 74, 52, 30, 8)
    c.paint(body, "cream", shade="lamp", light="white", outline="wood", depth=4)
    c.put(oval(36, 86, 3, 3), "dark_wood")  # a dent, patched
    c.px(36, 86, "wood")
    for x in (56, 60, 64):
        c.px(x, 84, "dark_wood")
    bow = poly([(38, 72), (47, 76), (56, 72), (56, 82), (47, 78), (38, 82)])
    c.paint(bow, "ares_red", shade="blood", outline="blood", depth=1)
    c.put(oval(47, 77, 2, 2), "blood")
    head = rounded(S, S, 18, 18, 60, 54, 14)
    c.paint(head, "cream", shade="lamp", light="white", outline="wood", depth=4)
    c.put(head & ~shifted(head, -7, 7, beyond=True) & ~edge(head), "wood")
    c.line(40, 18, 36, 8, "steel")  # bent antenna
    c.line(36, 8, 42, 4, "steel")
    c.put(oval(43, 4, 2.5, 2.5), "neon_lime")
    # rivets
    for x, y in ((24, 30), (24, 60), (74, 30), (74, 60)):
        c.px(x, y, "wood")
    c.paint(oval(20, 44, 4, 7), "steel", outline="indigo")
    screen = rounded(S, S, 30, 28, 42, 32, 7)
    c.paint(screen, "ink", outline="dark_wood")
    inside = screen & ~edge(screen)
    # an old green monochrome screen, with scanlines
    screen_face(c, face, inside, near=(38, 33), far=(56, 33), mouth=(47, 50),
                glow=("neon_lime", "green", "night"), core="white", tear="neon_lime", scale=2, mouth_scale=1)
    dark = inside & c.mask_of("ink")
    for y in range(30, 60, 3):
        c.put(dark & oval(51, y + 0.5, 40, 0.5), "night")
    bust.rim(c, {"cream": "white", "wood": "lamp"}, side=-1)
    bust.outline_all(c)
    return c

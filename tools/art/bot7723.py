"""7723: a battle robot with a white-and-blue shell and a visor that wears his feelings in cyan light."""

from __future__ import annotations

from tools.art import bust
from tools.art.bust import oval, poly
from tools.art.faces import screen_face
from tools.canvas import Canvas, edge, rounded, shifted

S = bust.S


def draw(face: str) -> Canvas:
    c = Canvas(S, S)
    # massive shoulders and a cabled neck
    for pts in ([(0, 96), (0, 78), (10, 70), (30, 70), (36, 78), (34, 96)],
                [(60, 96), (58, 78), (64, 70), (86, 70), (96, 78), (96, 96)]):
        pad = poly(pts)
        c.paint(pad, "white", shade="fog", light=None, outline="steel", depth=4)
        c.put(pad & shifted(poly([(p[0], p[1] + 8) for p in pts]), 0, 0) & ~edge(pad), "bot_blue")
    neck = poly([(34, 66), (62, 66), (60, 96), (36, 96)])
    c.paint(neck, "indigo", shade="night", light="steel", outline="ink", depth=3)
    for x in (40, 46, 52):
        c.line(x, 70, x + 1, 95, "steel")
    c.put(oval(48, 86, 6, 6), "deep_blue")  # chest core
    c.put(oval(48, 86, 4, 4), "teal")
    c.put(oval(48, 86, 2.5, 2.5), "neon_cyan")
    c.px(47, 85, "white")

    # the head: rounded white shell, blue crest and cheek plates, side "ear" disc
    shell = rounded(S, S, 16, 8, 66, 62, 16)
    c.paint(shell, "white", shade="mist", light=None, outline="steel", depth=5)
    c.put(shell & ~shifted(shell, -9, 9, beyond=True) & ~edge(shell), "fog")
    crest = poly([(40, 8), (62, 8), (60, 22), (44, 22)]) & shell
    c.paint(crest, "bot_blue", shade="deep_blue", light="holo", outline="deep_blue", depth=2)
    side = poly([(16, 30), (30, 28), (32, 62), (20, 62)]) & shell
    c.paint(side, "bot_blue", shade="deep_blue", light="holo", outline="deep_blue", depth=2)
    ear = oval(24, 44, 7, 8)
    c.paint(ear, "deep_blue", outline="night")
    c.put(oval(24, 44, 5, 6) & ~oval(24, 44, 3.5, 4.5), "teal")
    c.put(oval(24, 44, 2, 3), "neon_cyan")
    jaw = poly([(34, 62), (80, 60), (74, 70), (40, 72)])
    c.paint(jaw, "bot_blue", shade="deep_blue", light="holo", outline="deep_blue", depth=2)
    for x in (46, 52, 58, 64):
        c.line(x, 64, x, 68, "deep_blue")
    # panel seams and bolts on the shell, so it reads as armour and not a helmet
    c.line(30, 12, 36, 22, "fog")
    c.line(66, 12, 74, 20, "fog")
    c.line(34, 62, 30, 66, "fog")
    for x, y in ((34, 14), (70, 15), (78, 52), (36, 60)):
        c.px(x, y, "steel")
        c.px(x + 1, y, "fog")
    # antenna nub
    c.paint(rounded(S, S, 64, 2, 6, 10, 2), "bot_blue", shade="deep_blue", outline="deep_blue", depth=1)
    c.px(66, 3, "neon_cyan")

    # the visor: dark glass set to the right of centre, a glint across it
    visor = rounded(S, S, 34, 24, 48, 36, 9)
    c.paint(visor, "ink", outline="deep_blue")
    c.put(edge(visor & ~edge(visor)) & shifted(visor, 0, 2), "night")
    screen = visor & ~edge(visor)
    screen_face(c, face, screen, near=(42, 29), far=(64, 29), mouth=(53, 50), scale=2, mouth_scale=2)
    for k in range(4):  # glass glint
        c.px(38 + k, 28 - k + 3, "indigo")
        c.px(40 + k, 28 - k + 3, "dusk")
    bust.rim(c, {"white": "holo", "mist": "holo", "steel": "neon_cyan", "fog": "holo"}, side=-1)
    bust.outline_all(c)
    return c

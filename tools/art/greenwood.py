"""Greenwood: captain of the school team and queen of the hallway. High ponytail, team jacket, smirk."""

from __future__ import annotations

from tools.art import bust
from tools.art.bust import DARK, oval, poly
from tools.art.faces import Expression, FaceStyle, draw_face
from tools.canvas import Canvas

STYLE = FaceStyle(line="shadow", iris="dark_wood", iris_dark="shadow", brow="shadow", lid="dark_wood",
                  crease="dark_wood", mouth_line="shadow", lip="dark_wood", mouth="blood")

FACES = {
    "neutral": Expression("calm", "neutral", "smirk"),
    "happy": Expression("smile", "raised", "grin"),
    "angry": Expression("glare", "angry", "grit"),
    "sad": Expression("sad_tear", "sad", "open_sad"),
}


def draw(face: str) -> Canvas:
    c = Canvas(bust.S, bust.S)
    skin = DARK
    head = bust.head_mask(cheek=1)
    # the ponytail swings out behind
    tail = poly([(26, 18), (18, 22), (12, 34), (10, 48), (14, 60), (12, 70), (20, 62), (22, 50), (24, 36),
                 (30, 24)])
    c.paint(tail, "hair", shade="shadow", light="indigo", outline="shadow", depth=2)
    bust.strand_lines(c, tail, [(20, 26, 14, 50), (24, 28, 18, 56)], "shadow")

    body = bust.shoulders_mask(width=3)
    c.paint(body, "green", shade="deep_blue", light="neon_lime", outline="deep_blue", depth=4)
    # team stripes down the sleeves and a high collar
    for x0 in (10, 80):
        c.line(x0, 96, x0 + (6 if x0 < 40 else -6), 80, "white")
        c.line(x0 + 2, 96, x0 + (8 if x0 < 40 else -4), 80, "white")
    collar = poly([(34, 70), (60, 70), (62, 80), (47, 84), (32, 80)])
    c.paint(collar, "white", shade="mist", outline="fog", depth=2)
    c.paint(poly([(38, 74), (56, 74), (47, 82)]), "deep_blue", outline="night")
    c.line(47, 82, 47, 96, "fog")  # zip
    c.stamp("yyy\nyny\n.y.", 62, 86, {"y": "neon_yellow", "n": "orange"})  # team crest
    bust.draw_skin(c, skin, head, bust.ear_mask(), bust.neck_mask(13) & ~collar)

    window = poly([(30, 52), (31, 38), (38, 32), (48, 30), (58, 31), (66, 36), (68, 44), (70, 90), (28, 90)])
    cap = oval(46, 37, 21, 20) & ~window
    c.paint(cap, "hair", shade="shadow", light="indigo", outline="shadow", depth=2)
    bust.sheen(c, cap, 46, 37, 18, "dusk", band=2)
    bust.strand_lines(c, cap, [(28, 24, 44, 32), (30, 20, 52, 30), (36, 18, 60, 28)], "shadow")
    c.rect(24, 20, 4, 5, "neon_lime")  # hair tie
    c.rect(24, 22, 4, 1, "green")
    # a gold stud
    c.px(29, 53, "neon_yellow")

    draw_face(c, FACES[face], STYLE, near=(37, 43), far=(55, 43), mouth=(50, 61), blush_colour="brick")
    bust.nose(c, skin, 54, 53)
    bust.rim(c, {"hair": "teal", "shadow": "teal", "dark_wood": "skin_mid"}, side=-1)
    bust.outline_all(c)
    return c

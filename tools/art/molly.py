"""Molly Su: Mai's mother. Neat bun, a cardigan over a pressed blouse, and eyes that need sleep."""

from __future__ import annotations

from tools.art import bust
from tools.art.bust import LIGHT, oval, poly
from tools.art.faces import Expression, FaceStyle, draw_face
from tools.canvas import Canvas

STYLE = FaceStyle(line="hair", iris="dark_wood", iris_dark="hair", brow="hair", lid="skin_mid",
                  crease="skin_mid", mouth_line="brick", lip="skin_mid")

FACES = {
    "neutral": Expression("tired", "neutral", "line"),
    "happy": Expression("smile", "happy", "small_smile", blush=True),
    "angry": Expression("glare", "angry", "frown"),
    "sad": Expression("sad", "sad", "frown"),
}


def draw(face: str) -> Canvas:
    c = Canvas(bust.S, bust.S)
    skin = LIGHT
    head = bust.head_mask(chin=72)
    # the bun sits low at the back of the head
    bun = oval(24, 36, 9, 9)
    c.paint(bun, "hair", shade="shadow", light="indigo", outline="shadow", depth=2)
    bust.strand_lines(c, bun, [(18, 32, 28, 42), (22, 29, 30, 37)], "shadow")
    c.rect(29, 30, 2, 10, "neon_yellow")  # a hair stick

    body = bust.shoulders_mask(width=-2, top=78)
    c.paint(body, "wood", shade="dark_wood", light="lamp", outline="dark_wood", depth=4)
    blouse = poly([(34, 76), (60, 76), (56, 96), (38, 96)])
    c.paint(blouse, "cream", shade="lamp", outline="wood", depth=2)
    collar_l = poly([(34, 74), (46, 80), (40, 86)])
    collar_r = poly([(60, 74), (48, 80), (54, 86)])
    for m in (collar_l, collar_r):
        c.paint(m, "white", shade="mist", outline="fog", depth=1)
    for y in (88, 93):
        c.px(47, y, "fog")
    bust.draw_skin(c, skin, head, bust.ear_mask(), bust.neck_mask(13) & ~collar_l & ~collar_r & ~poly([(30, 80), (64, 80), (64, 96), (30, 96)]))
    c.px(47, 78, "neon_yellow")  # pendant
    c.px(46, 77, "lamp")
    c.px(48, 77, "lamp")
    c.put(oval(29, 53, 1.5, 1.5), "neon_yellow")  # earring

    # neat hair: a side part, pulled back, one soft wave over the brow
    window = poly([(31, 52), (31, 40), (36, 36), (44, 34), (50, 35), (56, 31), (62, 30), (67, 36), (68, 44),
                   (70, 90), (28, 90)])
    cap = oval(46, 37, 22, 21) & ~window
    wave = poly([(34, 26), (46, 24), (56, 28), (50, 32), (40, 34), (33, 38)])
    top = cap | wave | poly([(25, 30), (31, 36), (31, 52), (27, 46)])
    c.paint(top, "hair", shade="shadow", light="indigo", outline="shadow", depth=2)
    bust.cast_shadow(c, top, skin.base, skin.shade, dy=2)
    bust.sheen(c, top, 44, 36, 19, "dusk", band=2)
    bust.strand_lines(c, top, [(34, 24, 48, 30), (38, 22, 56, 28), (27, 34, 30, 46)], "shadow")

    draw_face(c, FACES[face], STYLE, near=(37, 44), far=(55, 44), mouth=(51, 62), blush_colour="brick")
    bust.nose(c, skin, 54, 54)
    bust.rim(c, {"hair": "dusk", "shadow": "dusk"}, side=-1)
    bust.rim(c, {"wood": "lamp", "dark_wood": "wood"}, side=-1)
    bust.outline_all(c)
    return c

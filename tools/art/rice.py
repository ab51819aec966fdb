"""Dr. Tanner Rice: co-founder, worrier, inventor of 7723. Round glasses, hair that lost an argument."""

from __future__ import annotations

from tools.art import bust
from tools.art.bust import LIGHT, oval, poly
from tools.art.faces import Expression, FaceStyle, draw_face
from tools.canvas import Canvas

STYLE = FaceStyle(line="dark_wood", iris="teal", iris_dark="deep_blue", brow="steel", lid="skin_mid",
                  mouth_line="brick", lip="skin_mid", iris_w=3)

FACES = {
    "neutral": Expression("wide", "raised", "wobble"),
    "happy": Expression("smile", "happy", "small_smile"),
    "angry": Expression("angry", "angry", "grit"),
    "sad": Expression("sad_tear", "sad", "frown"),
}


def glasses(c: Canvas) -> None:
    """Round wire frames with a glint of lab light on each lens."""
    for cx, rx in ((41.5, 7), (59, 5.5)):
        ring = oval(cx, 47, rx, 6) & ~oval(cx, 47, rx - 1, 5)
        c.put(ring, "steel")
    c.line(49, 45, 53, 45, "steel")
    c.line(34, 46, 29, 45, "steel")
    c.px(37, 43, "white")
    c.px(38, 42, "white")
    c.px(57, 43, "holo")


def draw(face: str) -> Canvas:
    c = Canvas(bust.S, bust.S)
    skin = LIGHT
    head = bust.head_mask(chin=73, cheek=1)
    body = bust.shoulders_mask(width=2)
    c.paint(body, "white", shade="fog", light=None, outline="steel", depth=4)
    shirt = poly([(36, 74), (58, 74), (54, 96), (40, 96)])
    c.paint(shirt, "teal", shade="deep_blue", outline="deep_blue", depth=2)
    c.paint(poly([(45, 78), (49, 78), (50, 92), (47, 96), (44, 92)]), "orange", shade="brick", outline="brick")
    lapel_l = poly([(30, 76), (38, 74), (44, 96), (34, 96)])
    lapel_r = poly([(64, 76), (56, 74), (51, 96), (60, 96)])
    for m in (lapel_l, lapel_r):
        c.paint(m, "mist", shade="fog", outline="steel", depth=1)
    c.rect(62, 84, 6, 2, "bot_blue")  # pens in the pocket
    c.rect(63, 82, 1, 3, "ares_red")
    c.rect(65, 81, 1, 4, "neon_yellow")
    bust.draw_skin(c, skin, head, bust.ear_mask(), bust.neck_mask(14) & ~poly([(30, 74), (64, 74), (64, 96), (30, 96)]))
    # stubble along the jaw
    for x, y in ((44, 68), (47, 69), (50, 70), (53, 70), (56, 69), (59, 67), (46, 66), (55, 67), (41, 65)):
        c.px(x, y, "skin_mid")

    # messy hair: clumps that grew in every direction, a few strays
    clumps = [(46, 26, 20, 12), (30, 30, 8, 9), (36, 20, 9, 7), (50, 16, 10, 7), (62, 22, 9, 7), (66, 32, 5, 6),
              (27, 40, 5, 8), (42, 15, 6, 5)]
    hair = oval(46, 31, 21, 13)
    for cx, cy, rx, ry in clumps:
        hair |= oval(cx, cy, rx, ry)
    hair |= poly([(56, 14), (63, 9), (62, 18)]) | poly([(24, 28), (19, 24), (26, 33)])
    hair &= ~poly([(31, 52), (32, 40), (37, 38), (41, 34), (47, 37), (53, 33), (58, 37), (64, 35), (67, 42),
                   (70, 90), (28, 90)])
    c.paint(hair, "dark_wood", shade="hair", light="wood", outline="shadow", depth=2)
    bust.cast_shadow(c, hair, skin.base, skin.shade, dy=2)
    bust.strand_lines(c, hair, [(34, 18, 38, 30), (48, 12, 46, 28), (60, 16, 56, 30), (26, 30, 32, 38),
                                (40, 24, 44, 34)], "hair")
    bust.sheen(c, hair, 46, 28, 17, "wood", band=1.5)

    draw_face(c, FACES[face], STYLE, near=(37, 43), far=(55, 43), mouth=(50, 62), blush_colour="brick")
    bust.nose(c, skin, 55, 52)
    glasses(c)
    bust.rim(c, {"dark_wood": "teal", "hair": "teal", "shadow": "teal", "white": "holo"}, side=-1)
    bust.outline_all(c)
    return c

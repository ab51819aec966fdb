"""Ani: the classmate who keeps saying hi. Two long braids, an orange cardigan, an easy smile."""

from __future__ import annotations

from tools.art import bust
from tools.art.bust import MEDIUM, oval, poly
from tools.art.faces import Expression, FaceStyle, draw_face
from tools.canvas import Canvas

STYLE = FaceStyle(line="hair", iris="dark_wood", iris_dark="hair", brow="hair", lid="skin_dark",
                  crease="skin_dark", mouth_line="dark_wood", lip="skin_dark")

FACES = {
    "neutral": Expression("open", "neutral", "small_smile"),
    "happy": Expression("closed_happy", "happy", "grin", blush=True),
    "angry": Expression("angry", "angry", "frown"),
    "sad": Expression("sad_tear", "sad", "open_sad"),
}


def braid(c: Canvas, x: int, y0: int, y1: int) -> None:
    """A braid as a column of offset lobes, tied with a yellow band."""
    for k, y in enumerate(range(y0, y1, 5)):
        lobe = oval(x + (1 if k % 2 else -1), y + 2, 3.6, 3.2)
        c.paint(lobe, "hair", shade="shadow", light="indigo", outline="shadow", depth=1)
    c.rect(x - 2, y1, 5, 2, "neon_yellow")
    c.rect(x - 2, y1 + 1, 5, 1, "orange")
    tuft = poly([(x - 3, y1 + 2), (x + 3, y1 + 2), (x + 2, y1 + 7), (x, y1 + 5), (x - 2, y1 + 7)])
    c.paint(tuft, "hair", outline="shadow")


def draw(face: str) -> Canvas:
    c = Canvas(bust.S, bust.S)
    skin = MEDIUM
    head = bust.head_mask()
    body = bust.shoulders_mask(width=0)
    c.paint(body, "orange", shade="brick", light="neon_yellow", outline="dark_wood", depth=4)
    shirt = poly([(36, 74), (58, 74), (54, 96), (40, 96)])
    c.paint(shirt, "cream", shade="lamp", outline="wood", depth=2)
    c.line(38, 76, 42, 96, "brick")
    c.line(56, 76, 52, 96, "brick")
    c.stamp("tt.tt\nttttt\n.ttt.\n..t..", 44, 80, {"t": "teal"})  # a heart on her shirt
    for y in (84, 90):
        c.px(39 + (y - 76) // 5, y, "white")
    braid(c, 68, 50, 82)  # the far braid hangs behind the jaw
    bust.draw_skin(c, skin, head, bust.ear_mask(), bust.neck_mask(13) & ~poly([(30, 76), (64, 76), (64, 96), (30, 96)]))

    window = poly([(30, 50), (31, 36), (40, 32), (47, 28), (48, 24), (52, 30), (62, 33), (67, 40),
                   (70, 90), (28, 90)])
    cap = oval(46, 37, 22, 21) & ~window
    c.paint(cap, "hair", shade="shadow", light="indigo", outline="shadow", depth=2)
    bust.cast_shadow(c, cap, skin.base, skin.shade, dy=2)
    bust.sheen(c, cap, 46, 36, 19, "dusk", band=2)
    bust.strand_lines(c, cap, [(48, 17, 38, 32), (48, 17, 60, 30)], "shadow")
    braid(c, 27, 46, 80)

    draw_face(c, FACES[face], STYLE, near=(37, 43), far=(55, 43), mouth=(50, 61), blush_colour="brick")
    bust.nose(c, skin, 54, 53, small=True)
    bust.rim(c, {"hair": "teal", "shadow": "teal"}, side=-1)
    bust.outline_all(c)
    return c

"""Justin Pin: IQ's founder. Black turtleneck, perfect hair, a smile that never reaches his eyes.

His anger is cold: narrowed eyes, a flat mouth and, for one pixel, the red of the machine inside.
"""

from __future__ import annotations

from dataclasses import replace

from tools.art import bust
from tools.art.bust import LIGHT, oval, poly
from tools.art.faces import Expression, FaceStyle, draw_face
from tools.canvas import Canvas

STYLE = FaceStyle(line="hair", iris="steel", iris_dark="night", brow="hair", lid="skin_mid",
                  mouth_line="brick", lip="skin_mid", iris_w=3)

FACES = {
    "neutral": Expression("calm", "neutral", "small_smile"),
    "happy": Expression("smile", "neutral", "grin"),
    "angry": Expression("glare", "fierce", "cold"),
    "sad": Expression("calm", "sad", "line"),
}


def draw(face: str) -> Canvas:
    c = Canvas(bust.S, bust.S)
    skin = LIGHT
    head = bust.head_mask(chin=73)
    body = bust.shoulders_mask(width=-1, top=78)
    c.paint(body, "night", shade="ink", light="indigo", outline="shadow", depth=4)
    neck_roll = poly([(36, 66), (58, 66), (60, 80), (34, 80)])
    c.paint(neck_roll, "night", shade="ink", light="indigo", outline="shadow", depth=2)
    for y in (70, 74):
        c.line(37, y, 57, y, "ink")
    c.put(oval(74, 84, 2, 1.5), "mist")  # a small launch-day badge
    c.px(74, 84, "neon_cyan")
    bust.draw_skin(c, skin, head, bust.ear_mask(), bust.neck_mask(12) & ~neck_roll)

    # slicked hair with a sharp side part and a cold steel sheen
    window = poly([(31, 52), (31, 40), (40, 34), (52, 31), (64, 33), (68, 40), (70, 90), (28, 90)])
    cap = oval(46, 36, 21, 19) & ~window
    swoop = poly([(38, 22), (56, 16), (70, 24), (68, 34), (58, 28), (46, 28)])
    hair = cap | swoop
    c.paint(hair, "hair", shade="shadow", light="steel", outline="shadow", depth=2)
    bust.cast_shadow(c, hair, skin.base, skin.shade, dy=2)
    bust.sheen(c, hair, 50, 30, 17, "fog", band=1.5)
    bust.strand_lines(c, hair, [(36, 24, 60, 20), (32, 30, 50, 24), (40, 32, 62, 27)], "steel")
    c.line(38, 22, 30, 34, "shadow")  # the part

    style = replace(STYLE, iris_dark="ares_red") if face == "angry" else STYLE
    draw_face(c, FACES[face], style, near=(37, 44), far=(55, 44), mouth=(50, 62))
    bust.nose(c, skin, 55, 53)
    bust.rim(c, {"night": "dusk", "shadow": "indigo", "hair": "indigo"}, side=-1)
    bust.outline_all(c)
    return c

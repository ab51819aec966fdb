"""Mai Su: 13, black hair with a purple streak, a pink hoodie and the fiercest eyes in Grainland."""

from __future__ import annotations

from tools.art import bust
from tools.art.bust import LIGHT, oval, poly
from tools.art.faces import Expression, FaceStyle, draw_face
from tools.canvas import Canvas, edge, shifted

STYLE = FaceStyle(line="hair", iris="dark_wood", iris_dark="hair", brow="hair", lid="skin_mid",
                  mouth_line="dark_wood", lip="skin_mid")

FACES = {
    "neutral": Expression("fierce", "fierce", "set"),
    "happy": Expression("closed_happy", "happy", "laugh", blush=True),
    "angry": Expression("angry", "angry", "shout"),
    "sad": Expression("sad_tear", "sad", "wobble"),
}


# the face leaning in over the cradle, the first thing 7723 ever saw: eyes gone wide, a scab on the chin
FIRST_SIGHT = Expression("wide", "raised", "line")


def first_face() -> Canvas:
    """Mai as 7723 first saw her, the picture his first memory replays big: plain (before the black
    eye), her eyes gone wide, brows up, and the scab on her chin."""
    c = draw("neutral", expression=FIRST_SIGHT)
    c.put(oval(55, 67, 1.6, 1.1), "blood")  # the scab, on the point of the chin, off to one side
    c.px(55, 67, "dark_wood")
    return c


def draw(face: str, black_eye: bool = False, fading: bool = False, expression: Expression | None = None) -> Canvas:
    """Mai wearing `face` (or `expression`, a face of no portrait); with `black_eye`, her left eye (on
    the right of the picture) in a ring of bruise, from the ball on the bad day; with `fading`, what
    is left of it weeks later."""
    c = Canvas(bust.S, bust.S)
    skin = LIGHT
    head = bust.head_mask()
    # hair behind the head: shoulder length, choppy ends
    back = poly([(22, 30), (30, 16), (50, 12), (66, 18), (72, 34), (72, 60), (70, 72), (66, 66),
                 (63, 74), (58, 64), (30, 64), (27, 74), (23, 66), (18, 74), (20, 56), (19, 40)])
    c.paint(back, "hair", shade="shadow", outline="shadow", light_from=(1, -1), depth=3)

    # hoodie, hood bunched behind the neck
    body = bust.shoulders_mask(width=2)
    hood = poly([(26, 80), (30, 68), (40, 66), (56, 66), (66, 68), (70, 80), (60, 84), (36, 84)])
    c.paint(body, "magenta", shade="hair_purple", light="neon_pink", outline="blood", depth=4)
    c.paint(hood, "magenta", shade="hair_purple", outline="blood", depth=2)
    # collar opening: a V of shadow inside the hood, then the neck and head over it
    c.paint(poly([(40, 74), (54, 74), (47, 82)]), "hair_purple", outline="blood")
    neck = bust.neck_mask(14) & (~hood | oval(47, 70, 7, 6))
    bust.draw_skin(c, skin, head, bust.ear_mask(), neck)
    # drawstrings with metal tips
    for x, tip in ((42, 90), (52, 91)):
        c.line(x, 80, x - 1, tip, "cream")
        c.px(x - 1, tip + 1, "fog")
        c.px(x - 1, tip + 2, "fog")
    # seam and pocket hints
    c.line(16, 90, 24, 84, "hair_purple")
    c.line(78, 84, 84, 92, "hair_purple")
    # a lime pin on the hoodie: the one thing she likes about the city
    c.stamp(".g.\ngLg\n.g.", 66, 84, {"g": "green", "L": "neon_lime"})


    # hair on top: skull cap with a jagged fringe that leaves the face clear
    window = poly([(30, 48), (30, 39), (32, 41), (35, 33), (39, 40), (42, 31), (47, 37), (51, 30),
                   (55, 38), (58, 30), (61, 35), (65, 31), (68, 39), (70, 90), (28, 90)])
    cap = oval(46, 36, 23, 22) & ~window
    side_lock = poly([(26, 36), (32, 44), (33, 58), (30, 64), (26, 58), (24, 46)])
    front_lock = poly([(62, 34), (68, 38), (69, 52), (67, 60), (64, 50), (62, 42)])
    top = cap | side_lock | front_lock
    c.paint(top, "hair", shade="shadow", light="indigo", outline="shadow", light_from=(1, -1), depth=2)
    bust.cast_shadow(c, top, skin.base, skin.shade, dy=2)
    bust.sheen(c, top, 46, 38, 20, "dusk", band=2)
    bust.strand_lines(c, top, [(40, 20, 36, 36), (50, 18, 47, 33), (58, 22, 58, 31), (30, 30, 28, 44)], "shadow")
    # the purple streak, sweeping across the fringe from the crown
    streak = poly([(49, 15), (54, 15), (62, 26), (64, 38), (60, 32), (56, 40), (53, 28)])
    c.paint(streak & top, "hair_purple", light="magenta", outline=None, light_from=(1, -1))
    c.put(edge(streak & top) & shifted(top, 0, 1) & ~shifted(streak, -1, 0), "magenta")

    if black_eye:
        _bruise(c, skin)
    elif fading:
        _fading(c, skin)
    draw_face(c, expression or FACES[face], STYLE, near=(37, 43), far=(55, 43), mouth=(50, 61), blush_colour="neon_pink")
    bust.nose(c, skin, 54, 53, small=True)
    bust.rim(c, {"hair": "teal", "shadow": "teal"}, side=-1)
    bust.rim(c, {"magenta": "neon_pink", "blood": "magenta"}, side=-1)
    bust.outline_all(c)
    return c


def _bruise(c: Canvas, skin: bust.Skin) -> None:
    """A black eye round the far eye: dark in the socket, going purple and then yellow-green at the edge."""
    for rx, ry, colours in ((10, 7.5, {skin.base: "skin_mid", skin.light: "skin_mid"}),
                            (8, 5.5, {skin.base: "dusk", skin.light: "dusk", skin.shade: "dusk", "skin_mid": "dusk"}),
                            (5, 3.5, {"dusk": "hair_purple"})):
        c.recolour(colours, oval(57, 45, rx, ry))


def _fading(c: Canvas, skin: bust.Skin) -> None:
    """The same bruise weeks on: a yellow-brown stain round the eye, a little purple left at its heart."""
    c.recolour({skin.base: "skin_mid", skin.light: "skin_mid"}, oval(57, 45, 9, 6.5))
    c.recolour({"skin_mid": "lamp"}, oval(58, 47, 6, 3.5) & ~oval(57, 43, 5, 3))
    c.recolour({"skin_mid": "dusk"}, oval(60, 48, 2, 1.2))

"""Momo: Mai's small scruffy dog. Talks constantly, swears constantly; only 7723 understands him."""

from __future__ import annotations

import math

from tools.art import bust
from tools.art.bust import oval, poly
from tools.canvas import Canvas, edge, shifted

S = bust.S

EYES = {
    "neutral": """
.kkkk.
kkhkkk
kkkkkk
.kkkk.
""",
    "happy": """
......
.kkkk.
kk..kk
k....k
""",
    "angry": """
k.....
.kkk..
kkhkkk
.kkkk.
""",
    "sad": """
..kkk.
.kkhkk
kkkhkk
kkkkkk
.kkkk.
""",
}

MOUTHS = {
    "neutral": """
k.....k
.kkkkk.
""",
    "happy": """
kk.....kk
.kmmmmmk.
..krrrk..
...krk...
....k....
""",
    "angry": """
kkkkkkkkk
ktktktktk
kmmmmmmmk
.ktktktk.
..kkkkk..
""",
    "sad": """
..kkkkk..
.k.....k.
k.......k
""",
}

# (left, right) tilt of the brow tufts: each line runs from (x, y + tilt) to (x + 6, y - tilt)
BROWS = {"neutral": (0, 0), "happy": (0, 0), "angry": (-2, 2), "sad": (2, -2)}


def scruff(cx: float, cy: float, rx: float, ry: float, spikes: int, depth: float, phase: float = 0) -> list:
    """A ragged outline: an ellipse whose edge zig-zags, for fur that won't lie flat."""
    pts = []
    for k in range(spikes * 2):
        a = phase + math.pi * k / spikes
        r = 1.0 if k % 2 == 0 else 1.0 - depth
        pts.append((cx + rx * r * math.cos(a), cy + ry * r * math.sin(a)))
    return pts


def draw(face: str) -> Canvas:
    c = Canvas(S, S)
    fur = ("wood", "dark_wood", "lamp", "hair")
    chest = poly(scruff(46, 94, 32, 26, 14, 0.12, 0.1))
    c.paint(chest, fur[0], shade=fur[1], light=fur[2], outline=fur[3], depth=4)
    c.paint(poly(scruff(50, 92, 14, 16, 8, 0.15)), "cream", shade="lamp", outline="wood", depth=2)
    collar = poly([(26, 72), (70, 70), (70, 76), (26, 78)])
    c.paint(collar, "neon_cyan", shade="teal", outline="deep_blue", depth=1)
    c.paint(oval(52, 81, 3, 3.5), "neon_yellow", shade="orange", outline="dark_wood", depth=1)

    # ears: the left stands, the right flops (both droop when he is sad, flatten when angry)
    lift = {"neutral": 0, "happy": -2, "angry": 6, "sad": 10}[face]
    ear_l = poly([(22, 34), (18 - lift // 2, 8 + lift), (34, 22)])
    ear_r = poly([(60, 22), (78, 14 + lift), (80, 32 + lift // 2), (70, 34)])
    for e in (ear_l, ear_r):
        c.paint(e, fur[1], shade="hair", light=fur[0], outline=fur[3], depth=2)
    c.put(poly([(24, 30), (21 - lift // 2, 14 + lift), (30, 24)]), "brick")

    head = poly(scruff(46, 44, 28, 26, 16, 0.1, 0.2))
    c.paint(head, fur[0], shade=fur[1], light=fur[2], outline=fur[3], depth=4)
    # scruffy eyebrow tufts and a beard
    muzzle = poly(scruff(58, 58, 16, 12, 10, 0.16, 0.3))
    c.paint(muzzle, "cream", shade="lamp", light="white", depth=2)
    c.put(edge(muzzle) & ~shifted(muzzle, 0, 1), "wood")  # outline only under the chin
    c.put(oval(64, 50, 5, 3.5), "hair")  # nose
    c.px(62, 49, "steel")
    c.px(63, 48, "fog")

    e = EYES[face]
    legend = {"k": "hair", "h": "white"}
    c.stamp(e, 36, 38, legend)
    c.stamp(e, 54, 37, legend)
    bl, br = BROWS[face]
    for x0, y0, tilt in ((35, 34, bl), (53, 33, br)):
        c.line(x0, y0 + tilt, x0 + 6, y0 - tilt, "cream")
        c.line(x0, y0 + tilt - 1, x0 + 6, y0 - tilt - 1, "lamp")
    if face == "sad":
        c.px(37, 43, "holo")
        c.px(37, 44, "holo")
    c.stamp(MOUTHS[face], 56, 56, {"k": "hair", "m": "blood", "r": "neon_pink", "t": "white"})
    c.put(edge(head) & ~c.mask_of("hair") & ~muzzle, fur[3])
    bust.rim(c, {"wood": "lamp", "dark_wood": "wood", "hair": "dark_wood"}, side=-1)
    bust.outline_all(c)
    return c

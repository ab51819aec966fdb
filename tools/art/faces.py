"""The shared face kit: eyes, brows and mouths for each expression, so every cast member reads alike.

Stamps are drawn for the near (left) eye of a head turned slightly right; the far eye is the mirror
image, one column narrower. Irises are placed by code, not in the stamps, so both eyes look the same
way (a little to the right) and the highlight always sits toward the light.
Letters: k lid line, w eye white (where the iris may show), l lower lid, s crease shade, t tear;
in mouths k line, m mouth, t teeth, r tongue, l lip shade.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tools.canvas import Canvas, grow, shrink

FACES = ("neutral", "happy", "angry", "sad")

EYES: dict[str, str] = {
    # big round eyes: Ani, Molly at rest
    "open": """
..kkkkk..
.kkkkkkkk
kkwwwwwwk
.kwwwwwwk
.wwwwwwww
..wwwwww.
...llll..
""",
    # Mai: the straight, lowered upper lid is what makes her look fierce
    "fierce": """
kk.......
.kkkkkkk.
.kkwwwkkk
..wwwwwwk
..wwwwwww
...wwwww.
....lll..
""",
    # Molly: heavy lid and a shadow under the eye
    "tired": """
.........
..kkkkkk.
.kkkkkkkk
kkwwwwwwk
.wwwwwwww
..wwwwww.
.ssllllss
""",
    # Pin: calm, half-lidded, never quite wide
    "calm": """
.........
..kkkkkk.
kkkkkkkkk
.kwwwwwwk
..wwwwww.
...llll..
""",
    "wide": """
..kkkkk..
.kk...kk.
kwwwwwwwk
kwwwwwwwk
kwwwwwwwk
.wwwwwww.
..lllll..
""",
    "smile": """
.........
..kkkkkk.
.kkkkkkkk
kkwwwwwwk
.kwwwwww.
..kkkkkk.
.........
""",
    "closed_happy": """
.........
.........
...kkkk..
..kk..kk.
.kk....kk
.k......k
.........
""",
    "angry": """
k........
.kk......
..kkkkk..
.kkwkkkkk
..wwwwwwk
..wwwwww.
...llll..
""",
    "glare": """
.........
.........
kkk......
.kkkkkkkk
..wwwwwwk
...wwwww.
....lll..
""",
    "sad": """
......kk.
...kkkkkk
.kkkwwwwk
kkwwwwwww
..wwwwwww
..wwwwww.
...llll..
""",
    "sad_tear": """
......kk.
...kkkkkk
.kkkwwwwk
kkwwwwwww
..wwwwwww
..wwwwww.
.t.llll..
.t.......
""",
}

BROWS: dict[str, str] = {
    "neutral": """
...bbbbb.
.bbb.....
""",
    "fierce": """
bbb......
..bbbbbb.
""",
    "happy": """
..bbbbb..
.bb...bb.
""",
    "angry": """
bb.......
.bbbb....
....bbbbb
.......bb
""",
    "sad": """
.......bb
....bbbb.
.bbbb....
bb.......
""",
    "raised": """
..bbbbb..
.b.....b.
b........
""",
}

MOUTHS: dict[str, str] = {
    "line": """
.kkkkk.
.....l.
""",
    "set": """
kkkkkk.
.lll...
""",
    "small_smile": """
k.....k
.kkkkk.
..lll..
""",
    "smirk": """
......k
.kkkkk.
..ll...
""",
    "grin": """
kkkkkkkk
kttttttk
.kmmmmk.
..krrk..
...kk...
""",
    "laugh": """
kkkkkkkkk
kttttttkk
kmmmmmmk.
.kmrrrmk.
..kkkkk..
""",
    "shout": """
.kkkkkkk.
kttttttttk
kmmmmmmmmk
kmmmrrrmmk
.kmmmmmmk.
..kkkkkk..
""",
    "grit": """
.kkkkkkk.
ktktktktk
kkkkkkkkk
.l.....l.
""",
    "frown": """
..kkkk..
.k....k.
k......k
""",
    "wobble": """
..kk.kk.
.k..k..k
k.......
""",
    "cold": """
kkkkkkk
.......
""",
    "open_sad": """
..kkkk..
.kmmmmk.
kmmrrmmk
.kkkkkk.
""",
}


@dataclass(frozen=True)
class FaceStyle:
    """How one character's eyes and mouth are coloured."""

    line: str = "hair"
    white: str = "white"
    iris: str = "dark_wood"
    iris_dark: str = "hair"
    brow: str = "hair"
    lid: str = "skin_mid"
    crease: str = "skin_mid"
    mouth_line: str = "dark_wood"
    mouth: str = "blood"
    tongue: str = "neon_pink"
    lip: str = "skin_mid"
    tear: str = "holo"
    iris_w: int = 4


@dataclass(frozen=True)
class Expression:
    """One face: which eye, brow and mouth stamp to use."""

    eye: str
    brow: str
    mouth: str
    blush: bool = False


def rows(art: str) -> list[str]:
    lines = art.strip("\n").split("\n")
    width = max(len(r) for r in lines)
    return [r.ljust(width, ".") for r in lines]


def far_version(art: str) -> str:
    """Mirror a near-eye stamp and drop its second column: the far eye is foreshortened."""
    out = []
    for r in rows(art):
        m = r[::-1]
        out.append(m[0] + m[2:])
    return "\n".join(out)


def draw_eye(c: Canvas, art: str, x: int, y: int, style: FaceStyle, look: int = 1) -> None:
    """Stamp an eye, then lay the iris into its white so both eyes gaze the same way."""
    grid = rows(art)
    legend = {"k": style.line, "l": style.lid, "s": style.crease, "t": style.tear}
    c.stamp("\n".join(grid), x, y, legend)
    white = np.array([[ch == "w" for ch in r] for r in grid])
    if not white.any():
        return
    ys, xs = np.nonzero(white)
    x0, x1 = int(xs.min()), int(xs.max())
    y0, y1 = int(ys.min()), int(ys.max())
    iw = style.iris_w
    ix = x0 + (x1 - x0 + 1 - iw) // 2 + look
    for j in range(y0, y1 + 1):
        for i in range(x0, x1 + 1):
            if not white[j, i]:
                continue
            inside = ix <= i < ix + iw
            if not inside:
                c.px(x + i, y + j, style.white)
                continue
            top = j == y0
            pupil = (ix + 1 <= i < ix + iw - 1) and y0 + 1 <= j <= y0 + 2
            c.px(x + i, y + j, style.iris_dark if (top or pupil) else style.iris)
    # highlights: a bright catch-light upper left of the pupil and a small one low on the iris
    c.px(x + ix, y + y0 + 1, style.white)
    if y1 - y0 >= 3:
        c.px(x + ix + iw - 1, y + y1, style.white if y1 - y0 >= 4 else style.iris)


def draw_face(
    c: Canvas,
    expr: Expression,
    style: FaceStyle,
    near: tuple[int, int],
    far: tuple[int, int],
    mouth: tuple[int, int],
    brow_gap: int = 3,
    blush_colour: str = "neon_pink",
) -> None:
    """Place both eyes, both brows and the mouth; (x, y) are the top-left corners of the stamps."""
    eye = EYES[expr.eye]
    draw_eye(c, eye, near[0], near[1], style)
    draw_eye(c, far_version(eye), far[0], far[1], style)
    brow = BROWS[expr.brow]
    bh = len(rows(brow))
    c.stamp(brow, near[0], near[1] - bh - brow_gap + 2, {"b": style.brow})
    c.stamp(far_version(brow), far[0], far[1] - bh - brow_gap + 2, {"b": style.brow})
    c.stamp(MOUTHS[expr.mouth], mouth[0], mouth[1],
            {"k": style.mouth_line, "m": style.mouth, "t": style.white, "r": style.tongue, "l": style.lip})
    if expr.blush:
        eh = len(rows(eye))
        for bx, by in ((near[0] + 1, near[1] + eh + 1), (far[0] + 3, far[1] + eh + 1)):
            for k in range(4):
                c.px(bx + k, by, blush_colour)


# --- screen faces: robots show their mood as glowing shapes on a dark visor ------------------------
SCREEN_EYES: dict[str, str] = {
    "neutral": """
.cc.
cccc
cccc
cccc
cccc
cccc
.cc.
""",
    "happy": """
..cc..
.cccc.
cc..cc
c....c
""",
    "angry": """
c.....
ccc...
ccccc.
cccccc
.ccccc
..cccc
""",
    "sad": """
....cc
..cccc
cccccc
cccccc
.cccc.
......
..t...
..t...
""",
}

SCREEN_MOUTHS: dict[str, str] = {
    "neutral": """
cccc
""",
    "happy": """
c......c
.cccccc.
""",
    "angry": """
.c..c..c
c.cc.cc.
""",
    "sad": """
.cccc.
c....c
""",
}


def screen_face(
    c: Canvas,
    face: str,
    screen: np.ndarray,
    near: tuple[int, int],
    far: tuple[int, int],
    mouth: tuple[int, int] | None,
    glow: tuple[str, str, str] = ("neon_cyan", "teal", "deep_blue"),
    core: str | None = "holo",
    tear: str = "holo",
    scale: int = 1,
    mouth_scale: int = 1,
) -> None:
    """Glowing eyes (and mouth) on a visor: bright shape, a hot core, then two rings of glow.

    The far eye is the mirror image with one column fewer, like the human kit, so robot and
    human faces turn the same way. Only pixels inside `screen` are touched.
    """
    bright, mid, dim = glow
    shape = Canvas(c.w, c.h)
    tears = Canvas(c.w, c.h)
    eye = SCREEN_EYES[face]

    def put(art: str, x: int, y: int, scale: int = scale) -> None:
        for j, r in enumerate(rows(art)):
            for i, ch in enumerate(r):
                for dy in range(scale):
                    for dx in range(scale):
                        target = shape if ch == "c" else tears if ch == "t" else None
                        if target is not None:
                            target.px(x + i * scale + dx, y + j * scale + dy, bright)

    put(eye, *near)
    put(far_version(eye), *far)
    if mouth is not None:
        put(SCREEN_MOUTHS[face], *mouth, scale=mouth_scale)
    m = shape.solid()
    c.put(grow(m, 2) & ~grow(m, 1) & screen, dim)
    c.put(grow(m, 1) & ~m & screen, mid)
    c.put(m & screen, bright)
    if core is not None:
        c.put(shrink(m) & screen, core)
    c.put(tears.solid() & screen, tear)

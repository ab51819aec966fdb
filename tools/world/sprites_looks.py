"""Sheets of how someone looks for a while, laid out like their walk sheets: Mai with a black eye
(`mai_black_eye`), from the ball that hit her on the bad day, and what is left of it weeks later, a
stain going yellow round the eye (`mai_fading_bruise`); and 7723 with the light in his chest gone out
(`7723_chest_dark`), for the second of his reboot when it is dark.

The window reads a sheet named `<sprite>_<look>` for someone a direction gives that look
(`game/scenes/looks.py`). Each is its owner's own sheet with a little painted over it: for the black
eye, her left eye swollen half shut in a ring of bruise, seen when she faces us (on the right of the
picture) or faces left (her left side towards us); facing right or away, it does not show.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.canvas import Canvas
from tools.world import sprites_bots, sprites_people
from tools.world.walk import DIRS, FRAMES

SKIN, EYE, BRUISE, FADING = "skin_light", "ink", "dusk", "skin_mid"
FACE_ROWS = range(6, 16)  # where a person's eyes can be, in a 16×32 frame (they bob a pixel)


def _eyes(c: Canvas, x0: int, y0: int) -> list[tuple[int, int]]:
    """The eye pixels of the frame at (x0, y0): ink in the face with skin beside it."""
    out = []
    for y in FACE_ROWS:
        for x in range(1, 15):
            if c.get(x0 + x, y0 + y) == EYE and SKIN in (c.get(x0 + x - 1, y0 + y), c.get(x0 + x + 1, y0 + y)):
                out.append((x0 + x, y0 + y))
    return out


def _black_eye(c: Canvas, d: str, x0: int, y0: int) -> None:
    """Her left eye bruised: the one on the right of the picture facing us, the only one facing left."""
    _bruise(c, d, x0, y0, BRUISE, swollen=True)


def _fading_bruise(c: Canvas, d: str, x0: int, y0: int) -> None:
    """The same eye weeks later: open again, a yellowing stain round it."""
    _bruise(c, d, x0, y0, FADING, swollen=False)


def _bruise(c: Canvas, d: str, x0: int, y0: int, colour: str, swollen: bool) -> None:
    eyes = _eyes(c, x0, y0)
    if d == "down":
        eyes = [e for e in eyes if e[0] - x0 >= 8]
    elif d != "left":
        return
    if not eyes:
        return
    for ex, ey in eyes:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if c.get(ex + dx, ey + dy) == SKIN:
                    c.px(ex + dx, ey + dy, colour)
    top = min(y for _, y in eyes)
    for ex, ey in eyes:
        if swollen and ey == top and len({y for _, y in eyes}) > 1:
            c.px(ex, ey, colour)  # swollen: it won't open properly


# 7723's chest panel in his 32×48 frame, by facing (columns, rows, bobbing included), and what each of
# its colours goes to with the light out
PANEL = {"down": (range(11, 21), range(19, 28)), "up": (range(10, 22), range(18, 29)),
         "left": (range(9, 14), range(20, 28)), "right": (range(18, 23), range(20, 28))}
UNLIT = {"neon_cyan": "ink", "bot_blue": "indigo", "white": "night"}
EYES = "holo"  # the glow of his eyes in the visor, each with a white glint in it
POWERED_DOWN = {"white": "fog", "mist": "steel", "fog": "steel"}  # his white plating, unlit from within


def _chest_dark(c: Canvas, d: str, x0: int, y0: int) -> None:
    """His chest light out: facing us, the cyan light goes black and its white glint with it, in a
    panel gone dark blue; from the side or behind, the panel dims as well, so no side of him is lit.
    With it his eyes go out in the visor and his white plating goes grey, so for that second he reads
    as switched off, not as himself with one light fewer."""
    cols, rows = PANEL[d]
    for y in rows:
        for x in cols:
            got = c.get(x0 + x, y0 + y)
            glint = got == "white" and "neon_cyan" in (c.get(x0 + x + 1, y0 + y), c.get(x0 + x, y0 + y + 1))
            if got in ("neon_cyan", "bot_blue") or glint:
                c.px(x0 + x, y0 + y, UNLIT[got])
    w, h = sprites_bots.BOTS["7723"][0]
    eyes = [(x, y) for y in range(y0, y0 + h) for x in range(x0, x0 + w)
            if c.get(x, y) == EYES or (c.get(x, y) == "white" and EYES in (c.get(x - 1, y), c.get(x + 1, y)))]
    for x, y in eyes:
        c.px(x, y, "ink")
    for y in range(y0, y0 + h):
        for x in range(x0, x0 + w):
            got = c.get(x, y)
            if got in POWERED_DOWN:
                c.px(x, y, POWERED_DOWN[got])


LOOKS: dict[str, tuple[str, Callable[[Canvas, str, int, int], None]]] = {
    "mai_black_eye": ("mai", _black_eye),
    "mai_fading_bruise": ("mai", _fading_bruise),
    "7723_chest_dark": ("7723", _chest_dark),
}


def frame(name: str) -> tuple[int, int]:
    """The size of one frame of the look's sheet: its owner's."""
    owner = LOOKS[name][0]
    return (16, 32) if owner in sprites_people.PEOPLE else sprites_bots.BOTS[owner][0]


def sheet(name: str) -> Canvas:
    """The owner's walk sheet with the look painted over every frame."""
    owner, paint = LOOKS[name]
    c = sprites_people.sheet(sprites_people.PEOPLE[owner]) if owner in sprites_people.PEOPLE else sprites_bots.sheet(owner)
    w, h = frame(name)
    for row, d in enumerate(DIRS):
        for f in range(FRAMES):
            paint(c, d, f * w, row * h)
    return c

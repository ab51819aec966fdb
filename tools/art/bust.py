"""Shared head-and-shoulders geometry for the human cast (96×96, head turned slightly right).

Every human portrait starts from the same skull, jaw, ear, neck and shoulders, so the cast lines up
in the dialogue box and only hair, clothes and faces tell them apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tools.canvas import Canvas, Mask, edge, ellipse, grow, polygon, shifted

S = 96  # portrait size


@dataclass(frozen=True)
class Skin:
    """A skin ramp: highlight, base, shade, line."""

    light: str
    base: str
    shade: str
    line: str


LIGHT = Skin("cream", "skin_light", "skin_mid", "brick")
MEDIUM = Skin("skin_light", "skin_mid", "skin_dark", "dark_wood")
DARK = Skin("skin_mid", "skin_dark", "dark_wood", "hair")


def poly(pts: list[tuple[float, float]]) -> Mask:
    return polygon(S, S, pts)


def oval(cx: float, cy: float, rx: float, ry: float) -> Mask:
    return ellipse(S, S, cx, cy, rx, ry)


def head_mask(chin: int = 71, cheek: int = 0) -> Mask:
    """Skull plus a jaw whose chin sits right of centre (the face is turned right).

    `chin` lowers the chin for adults; `cheek` widens the jaw.
    """
    skull = oval(46, 40, 20, 21)
    return skull | poly([(27, 42), (30 - cheek, 54), (37 - cheek, 63), (46, chin - 2), (54, chin),
                         (60 + cheek // 2, chin - 4), (65 + cheek // 2, 58), (67, 46), (66, 38)])


def ear_mask(dx: int = 0) -> Mask:
    return oval(29 + dx, 48, 4, 6)


def neck_mask(w: int = 16) -> Mask:
    x0 = 47 - w // 2
    return poly([(x0, 60), (x0 + w, 60), (x0 + w + 1, 80), (x0 - 1, 80)])


def shoulders_mask(width: int = 0, top: int = 76) -> Mask:
    w = width
    return poly([(2 - w, 96), (8 - w, 86), (20 - w // 2, top + 2), (36, top - 2), (60, top - 2),
                 (76 + w // 2, top + 2), (88 + w, 86), (94 + w, 96)])


def draw_skin(c: Canvas, skin: Skin, head: Mask, ear: Mask, neck: Mask) -> None:
    """Neck in shadow under the chin, ear, then the head lit from the front-right."""
    c.paint(neck, skin.base, shade=skin.shade, outline=skin.line, light_from=(1, -1), depth=4)
    c.put(neck & shifted(head, 0, -4) & ~head, skin.shade)
    c.paint(ear, skin.base, shade=skin.shade, outline=skin.line)
    c.px(28, 47, skin.shade)
    c.px(28, 48, skin.shade)
    c.px(29, 49, skin.shade)
    c.paint(head, skin.base, shade=skin.shade, light=None, outline=skin.line, light_from=(1, -1), depth=3)
    # the lit side of the face: a thin highlight just inside the front contour, cheek to jaw
    lit = head & ~edge(head) & ~shifted(head & ~edge(head), 1, 0) & oval(60, 54, 10, 10)
    c.put(lit, skin.light)


def nose(c: Canvas, skin: Skin, x: int = 55, y: int = 52, small: bool = False) -> None:
    """A three-quarter nose: a shade stroke on the far side and a nostril dot."""
    c.px(x + 1, y, skin.shade)
    c.px(x + 1, y + 1, skin.shade)
    if not small:
        c.px(x + 2, y + 2, skin.shade)
    c.px(x, y + 2, skin.line)


def cast_shadow(c: Canvas, over: Mask, onto_colour: str, shade: str, dy: int = 2, dx: int = 0) -> None:
    """Shade the pixels of one colour just below another layer (hair on brow, chin on neck)."""
    below = shifted(over, -dx, -dy) & ~over
    c.put(below & c.mask_of(onto_colour), shade)


def rim(c: Canvas, colours: dict[str, str], side: int = -1, width: int = 1) -> None:
    """Neon rim light on one silhouette edge: the city behind the speaker lights its outline."""
    solid = c.solid()
    outside = ~solid
    near_edge = np.zeros_like(solid)
    for k in range(1, width + 1):
        near_edge |= solid & shifted(outside, side * k, 0)
    for a, b in colours.items():
        c.put(near_edge & c.mask_of(a), b)


def sheen(c: Canvas, hair: Mask, cx: float, cy: float, r: float, colour: str, band: float = 2.0) -> None:
    """The ring of shine across a head of hair, broken into strands."""
    ring = oval(cx, cy, r, r * 0.8) & ~oval(cx, cy, r - band, r * 0.8 - band)
    ys, xs = np.mgrid[0:S, 0:S]
    strands = ((xs // 3) % 3) != 0
    c.put(ring & hair & strands & ~edge(hair), colour)


def strand_lines(c: Canvas, hair: Mask, lines: list[tuple[int, int, int, int]], colour: str) -> None:
    """Dark strand separations inside a hair mass."""
    tmp = Canvas(S, S)
    for x0, y0, x1, y1 in lines:
        tmp.line(x0, y0, x1, y1, colour)
    c.put(tmp.solid() & hair & ~edge(hair), colour)


def outline_all(c: Canvas, colour: str = "shadow") -> None:
    """A final dark silhouette line so the portrait holds against any background."""
    solid = c.solid()
    ring = grow(solid) & ~solid
    c.put(ring, colour)

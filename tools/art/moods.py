"""Mood icons (16×16) for memory cards: one small, bright symbol per feeling a memory carries.

Shapes come from the same masks as everything else, painted with a light and a shade tone and an
ink outline so they stay legible on the dark cards; details are placed pixel by pixel.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

import numpy as np

from tools.canvas import Canvas, circle, edge, ellipse, polygon, rounded, shifted

N = 16


def icon(mask: np.ndarray, fill: str, shade: str, light: str, c: Canvas | None = None) -> Canvas:
    c = c or Canvas(N, N)
    c.paint(mask, fill, shade=shade, light=light, outline="ink", light_from=(-1, -1), depth=2)
    return c


def star_pts(cx: float, cy: float, r_out: float, r_in: float, points: int, turn: float = -math.pi / 2) -> list:
    pts = []
    for k in range(points * 2):
        r = r_out if k % 2 == 0 else r_in
        a = turn + math.pi * k / points
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def wonder() -> Canvas:
    c = icon(polygon(N, N, star_pts(7.5, 8, 7.5, 2.6, 4)), "neon_yellow", "orange", "white")
    c.px(7, 8, "white")
    c.px(13, 2, "holo")
    c.px(2, 13, "holo")
    return c


def resolve() -> Canvas:
    c = Canvas(N, N)
    c.rect(3, 1, 2, 15, "ink")
    c.rect(3, 2, 1, 13, "fog")
    flag = polygon(N, N, [(5, 2), (15, 4.5), (9, 6.5), (15, 9.5), (5, 10)])
    return icon(flag, "orange", "brick", "neon_yellow", c)


def fear() -> Canvas:
    c = icon(polygon(N, N, [(8, 0.5), (15.8, 15), (0.2, 15)]), "ares_red", "blood", "orange")
    c.rect(7, 5, 2, 5, "white")
    c.rect(7, 11, 2, 2, "white")
    return c


def loneliness() -> Canvas:
    moon = circle(N, N, 8, 8, 7) & ~circle(N, N, 11, 6, 6)
    c = icon(moon, "mist", "fog", "white")
    c.px(13, 12, "holo")
    c.px(12, 2, "white")
    return c


def warmth() -> Canvas:
    flame = polygon(N, N, [(8, 0), (12, 5), (14, 10), (12, 14.5), (8, 15.5), (4, 14.5), (2, 10), (4, 6),
                          (6, 8), (7, 4)])
    c = icon(flame, "orange", "brick", "neon_yellow")
    c.put(ellipse(N, N, 8.5, 11.5, 2.5, 3.5), "neon_yellow")
    c.put(ellipse(N, N, 8.5, 12.5, 1.2, 2), "white")
    return c


def comedy() -> Canvas:
    bubble = rounded(N, N, 0, 1, 16, 11, 4) | polygon(N, N, [(3, 10), (7, 10), (2, 15)])
    c = icon(bubble, "white", "mist", "white")
    c.stamp("""
.k.k..m.m
kkkkk.m.m
.k.k..m.m
kkkkk....
.k.k..m.m
""", 3, 4, {"k": "ink", "m": "magenta"})
    return c


def face(fill: str, shade: str, light: str) -> Canvas:
    return icon(circle(N, N, 8, 8, 7.6), fill, shade, light)


def joy() -> Canvas:
    c = face("neon_yellow", "orange", "white")
    c.stamp("""
.k....k.
k.k..k.k
........
kkkkkkkk
.krrrrk.
..kkkk..
""", 4, 4, {"k": "ink", "r": "ares_red"})
    return c


def wild_joy() -> Canvas:
    """Laughing past the point of stopping: joy's face gone red round the edges, eyes screwed shut,
    the mouth wide open."""
    c = face("neon_yellow", "ares_red", "white")
    c.stamp("""
kk....kk
..k..k..
........
kkkkkkkk
krrrrrrk
.krrrrk.
..kkkk..
""", 4, 3, {"k": "ink", "r": "ares_red"})
    return c


def peace() -> Canvas:
    # an ellipse turned 45°: u runs along the leaf, v across it
    ys, xs = np.mgrid[0:N, 0:N] + 0.5
    u, v = (xs - 8 + ys - 8) / math.sqrt(2), (ys - xs) / math.sqrt(2)
    leaf = (u / 7.6) ** 2 + (v / 4.2) ** 2 <= 1
    c = icon(leaf, "neon_lime", "green", "white")
    c.line(3, 3, 12, 12, "green")
    c.line(13, 13, 14, 14, "ink")
    return c


def tenderness() -> Canvas:
    c = Canvas(N, N)
    petals = np.zeros((N, N), dtype=bool)
    for k in range(5):
        a = -math.pi / 2 + 2 * math.pi * k / 5
        petals |= circle(N, N, 8 + 4 * math.cos(a), 8 + 4 * math.sin(a), 3.6)
    icon(petals, "neon_pink", "magenta", "white", c)
    c.put(circle(N, N, 8, 8, 2.6), "neon_yellow")
    c.px(7, 7, "white")
    return c


def belonging() -> Canvas:
    c = Canvas(N, N)
    wall = polygon(N, N, [(2.5, 7), (13.5, 7), (13.5, 15.5), (2.5, 15.5)])
    icon(wall, "cream", "lamp", "white", c)
    roof = polygon(N, N, [(8, 0.5), (16, 8), (0, 8)])
    icon(roof, "brick", "dark_wood", "orange", c)
    c.rect(6, 10, 4, 4, "lamp")
    c.rect(6, 10, 4, 1, "neon_yellow")
    c.px(7, 11, "white")
    c.rect(2, 15, 12, 1, "ink")
    return c


def pride() -> Canvas:
    c = Canvas(N, N)
    icon(polygon(N, N, [(3, 0), (7, 0), (9, 7), (5, 7)]), "bot_blue", "deep_blue", "holo", c)
    icon(polygon(N, N, [(9, 0), (13, 0), (11, 7), (7, 7)]), "ares_red", "blood", "neon_pink", c)
    icon(circle(N, N, 8, 10.5, 5.4), "neon_yellow", "orange", "white", c)
    c.put(polygon(N, N, star_pts(8, 10.6, 3.2, 1.3, 5)), "orange")
    return c


def pride_and_hurt() -> Canvas:
    """The medal of pride with a crack run down through it: a no that cost something to say."""
    c = pride()
    for x, y in ((9, 5), (8, 6), (8, 7), (9, 8), (8, 9), (7, 10), (8, 11), (8, 12), (7, 13), (7, 14)):
        c.px(x, y, "ink")
    return c


def heart_mask() -> np.ndarray:
    return (circle(N, N, 4.8, 5.5, 4.2) | circle(N, N, 11.2, 5.5, 4.2)
            | polygon(N, N, [(0.8, 6.5), (15.2, 6.5), (8, 15)]))


def devotion() -> Canvas:
    c = icon(heart_mask(), "ares_red", "blood", "neon_pink")
    c.px(4, 4, "white")
    c.px(5, 4, "white")
    c.px(4, 5, "white")
    return c


def repair() -> Canvas:
    c = Canvas(N, N)
    for flip in (False, True):
        pts = [(1, 11), (11, 1), (15, 5), (5, 15)]
        if flip:
            pts = [(N - x, y) for x, y in pts]
        icon(polygon(N, N, pts), "cream", "lamp", "white", c)
    c.put(rounded(N, N, 5, 5, 6, 6, 1), "lamp")
    for x, y in ((6, 6), (9, 6), (6, 9), (9, 9)):
        c.px(x, y, "wood")
    return c


def grief() -> Canvas:
    drop = circle(N, N, 8, 10.5, 5) | polygon(N, N, [(3.4, 9), (12.6, 9), (8, 0)])
    c = icon(drop, "bot_blue", "deep_blue", "holo")
    c.px(6, 9, "white")
    c.px(6, 10, "white")
    return c


def relief() -> Canvas:
    c = Canvas(N, N)
    icon(circle(N, N, 10.5, 5.5, 4.8), "neon_yellow", "orange", "white", c)
    cloud = (circle(N, N, 5, 10.5, 3.6) | circle(N, N, 9, 9, 4.2) | circle(N, N, 12.5, 11.5, 3)
             | rounded(N, N, 1, 10, 15, 5, 2))
    icon(cloud, "white", "mist", "white", c)
    return c


def silly() -> Canvas:
    c = face("neon_lime", "green", "white")
    c.stamp("""
kk....k.
.kk..k.k
kk......
........
.kkkkkk.
...krk..
...krk..
....k...
""", 4, 4, {"k": "ink", "r": "neon_pink"})
    return c


def comfort() -> Canvas:
    c = Canvas(N, N)
    canopy = circle(N, N, 8, 8, 7.6) & polygon(N, N, [(0, 0), (16, 0), (16, 8), (0, 8)])
    icon(canopy, "neon_cyan", "teal", "white", c)
    for x in (4, 8, 12):
        c.px(x, 7, "teal")
    c.put(shifted(canopy, 0, -1) & ~canopy & (np.mgrid[0:N, 0:N][1] % 4 == 1), "ink")
    c.rect(8, 8, 1, 6, "fog")
    c.rect(9, 8, 1, 6, "ink")
    c.stamp("k..k\nkffk\n.kk.", 5, 12, {"k": "ink", "f": "fog"})
    return c


def default() -> Canvas:
    chip = polygon(N, N, [(8, 0.5), (15.5, 8), (8, 15.5), (0.5, 8)])
    c = icon(chip, "holo", "bot_blue", "white")
    c.put(edge(polygon(N, N, [(8, 4.5), (11.5, 8), (8, 11.5), (4.5, 8)])), "deep_blue")
    return c


ICONS: dict[str, Callable[[], Canvas]] = {
    "wonder": wonder, "resolve": resolve, "fear": fear, "loneliness": loneliness, "warmth": warmth,
    "comedy": comedy, "joy": joy, "wild_joy": wild_joy, "peace": peace, "tenderness": tenderness,
    "belonging": belonging, "pride": pride, "pride_and_hurt": pride_and_hurt, "devotion": devotion,
    "repair": repair, "grief": grief, "relief": relief, "silly": silly, "comfort": comfort,
    "default": default,
}


def pictures() -> Iterator[tuple[str, np.ndarray]]:
    for mood, draw in ICONS.items():
        yield f"mood_{mood}.png", draw().rgba()

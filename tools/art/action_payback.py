"""Pictures for the Payback set-piece: the schoolyard at lunch seen from above, the lunch tables
whole and smashed, the team's Q-Bots (the sports bots and Greenwood's big one), Ric's little unit
with its cracked screen, and Mai's pointer.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import numpy as np

from tools.canvas import Canvas, circle, ellipse, polygon, rounded

W, H = 640, 360
TEAM = {"team": ("ares_red", "blood", "orange"), "big": ("neon_yellow", "orange", "white")}


def yard() -> Canvas:
    """Tarmac with a painted court, the school wall and doors at the top, the crowd along it."""
    rng = random.Random("payback-yard")
    c = Canvas(W, H, "steel")
    c.speckle(rng, ["fog", "indigo"], 0.03, (0, 0, W, H))
    c.rect(0, 0, W, 46, "brick")
    for y in range(4, 44, 8):
        c.hline(0, y, W, "blood")
        for x in range(8 if y % 16 else 0, W, 16):
            c.vline(x, y, 8, "blood")
    for x in (120, 300, 480):  # the doors
        c.rect(x, 14, 40, 32, "dark_wood")
        c.frame(x, 14, 40, 32, "ink")
        c.rect(x + 19, 14, 2, 32, "ink")
    c.hline(0, 46, W, "ink")
    # court lines and a centre circle
    c.frame(150, 90, 420, 250, "cream")
    c.vline(360, 90, 250, "cream")
    ring = ellipse(W, H, 360, 215, 42, 42) & ~ellipse(W, H, 360, 215, 40, 40)
    c.put(ring, "cream")
    # the crowd pressed along the wall: heads and shoulders in a row
    for x in range(4, W, 11):
        tone = rng.choice(("skin_light", "skin_mid", "skin_dark"))
        top = rng.choice(("bot_blue", "neon_pink", "green", "cream", "orange", "indigo"))
        c.put(ellipse(W, H, x + 5, 62, 5, 6), top)
        c.put(circle(W, H, x + 5, 53, 3.5), tone)
        c.px(x + 5, 50, "hair")
    return c


def table(smashed: bool) -> Canvas:
    """A lunch table from above, 76×30, with trays; smashed, it lies in two halves."""
    c = Canvas(76, 30)
    if not smashed:
        c.paint(rounded(76, 30, 0, 4, 76, 22, 3), "wood", shade="dark_wood", light="cream", outline="ink", depth=2)
        for x in (8, 30, 52):
            c.rect(x, 9, 14, 10, "fog")
            c.frame(x, 9, 14, 10, "steel")
            c.rect(x + 3, 12, 4, 4, "neon_lime")
        return c
    c.paint(polygon(76, 30, [(0, 6), (34, 2), (30, 28), (2, 26)]), "wood", shade="dark_wood", outline="ink", depth=2)
    c.paint(polygon(76, 30, [(42, 8), (76, 4), (74, 24), (40, 28)]), "wood", shade="dark_wood", outline="ink",
            depth=2)
    c.line(32, 0, 40, 30, "ink")
    for x, y in ((12, 12), (56, 14), (36, 4)):
        c.rect(x, y, 5, 3, "neon_lime")
    return c


def qbot(kind: str) -> Canvas:
    """A Q-Bot from above: the team's sports bot (28), Greenwood's big one (36) or Ric's (18)."""
    size = {"team": 28, "big": 36, "ric": 18}[kind]
    c = Canvas(size, size)
    m = size / 2
    if kind == "ric":
        c.paint(circle(size, size, m, m, m - 2), "fog", shade="steel", light="white", outline="ink", depth=1)
        c.rect(4, 5, 10, 7, "ink")
        c.rect(5, 6, 8, 5, "holo")
        c.line(6, 6, 11, 10, "ink")  # the crack across its screen
        c.rect(5, 13, 8, 3, "neon_yellow")  # RIC'S sticker
        return c
    body, shade, light = TEAM[kind]
    c.paint(circle(size, size, m, m, m - 2), body, shade=shade, light=light, outline="ink", depth=2)
    face = rounded(size, size, int(m - size * 0.3), int(m - size * 0.22), int(size * 0.6), int(size * 0.38), 3)
    c.put(face, "ink")
    c.rect(int(m - size * 0.2), int(m - size * 0.12), 3, 3, "neon_cyan")
    c.rect(int(m + size * 0.1), int(m - size * 0.12), 3, 3, "neon_cyan")
    c.hline(int(m - size * 0.15), int(m + size * 0.08), int(size * 0.3), "neon_cyan")
    c.put(circle(size, size, m, size - 5, 3), "white")  # the ball it carries
    return c


def pointer() -> Canvas:
    """Mai's pointer, 24×24: a ring with four ticks, bright on any floor."""
    c = Canvas(24, 24)
    ring = circle(24, 24, 12, 12, 9) & ~circle(24, 24, 12, 12, 7)
    c.put(ring, "neon_yellow")
    for x, y, w, h in ((11, 0, 2, 6), (11, 18, 2, 6), (0, 11, 6, 2), (18, 11, 6, 2)):
        c.rect(x, y, w, h, "neon_yellow")
    c.outline("ink")
    return c


def pictures() -> Iterator[tuple[str, np.ndarray]]:
    """(path under assets/, RGBA) for every picture of this piece."""
    yield "sprites/action/payback_yard.png", yard().rgba()
    yield "sprites/action/table.png", table(False).rgba()
    yield "sprites/action/table_smashed.png", table(True).rgba()
    for kind in ("team", "big", "ric"):
        yield f"sprites/action/qbot_{kind}.png", qbot(kind).rgba()
    yield "sprites/action/pointer.png", pointer().rgba()

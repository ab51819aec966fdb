"""Pictures for the Stadium set-piece: the lower tier Mai runs, the pitch where 7723 holds Ares,
knots of fans, and the Gen 6 units in their gift boxes, sleeping orange or armed red.

Ares at his real size and the effect strips come from `action_house` (one drawing, both pieces).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import numpy as np

from tools.canvas import Canvas, circle, ellipse

W, H = 640, 360
GATES = ((44, 338), (320, 350), (596, 338))  # as the piece places them
AISLES = (176, 320, 464)


def stand() -> Canvas:
    """The lower tier from above: rows of seats, aisles, the booth up top, three gates below."""
    rng = random.Random("stadium-stand")
    c = Canvas(W, H, "night")
    # the big screen and the booth above the tier
    c.rect(0, 0, W, 52, "ink")
    c.rect(200, 6, 240, 36, "indigo")
    c.frame(200, 6, 240, 36, "steel")
    c.rect(290, 40, 60, 14, "holo")
    c.frame(290, 40, 60, 14, "steel")
    for y in range(60, 326, 13):  # seat rows with the gift boxes under them
        c.rect(24, y, W - 48, 9, "deep_blue")
        c.hline(24, y, W - 48, "bot_blue")
        c.hline(24, y + 9, W - 48, "ink")
        for x in range(28, W - 28, 9):
            c.vline(x, y + 1, 8, "indigo")
            if rng.random() < 0.55:
                c.px(x + 4, y + 7, "orange")
    for x in AISLES:
        c.rect(x - 8, 56, 16, 280, "steel")
        for y in range(58, 336, 6):
            c.hline(x - 8, y, 16, "fog")
    c.rect(0, 330, W, 30, "ink")
    for gx, gy in GATES:
        c.rect(gx - 22, gy - 10, 44, 22, "night")
        c.frame(gx - 22, gy - 10, 44, 22, "neon_lime")
        for k in range(3):
            c.line(gx - 4 + k, gy - 6, gx + k, gy - 2, "neon_lime")
            c.line(gx + 4 + k, gy - 6, gx + k, gy - 2, "neon_lime")
    return c


def pitch() -> Canvas:
    """The pitch from above: stripes and lines, the full north stand, the empty south end."""
    c = Canvas(W, H, "green")
    even = np.indices((H, W)).sum(axis=0) % 2 == 0
    for x in range(0, W, 64):
        c.put(np.pad(np.ones((H, 32), dtype=bool), ((0, 0), (x, max(0, W - x - 32))))[:, :W] & even, "teal")
    c.frame(40, 40, 560, 300, "white")
    c.hline(40, 190, 560, "white")
    ring = ellipse(W, H, 320, 190, 48, 40) & ~ellipse(W, H, 320, 190, 47, 39)
    c.put(ring, "white")
    c.frame(260, 300, 120, 41, "white")
    c.frame(300, 336, 40, 8, "mist")
    rng = random.Random("stadium-pitch")
    c.rect(0, 0, W, 36, "deep_blue")  # the north stand, still full
    for y in range(2, 34, 6):
        for x in range(2, W, 5):
            if rng.random() < 0.8:
                c.px(x, y, rng.choice(["neon_pink", "neon_yellow", "skin_mid", "white", "neon_cyan"]))
                c.px(x, y + 1, rng.choice(["indigo", "magenta", "teal"]))
    c.rect(0, 344, W, 16, "indigo")  # the south end: empty seats
    for x in range(2, W, 5):
        c.vline(x, 346, 12, "deep_blue")
    return c


def knot(variant: int) -> Canvas:
    """Three or four fans huddled together, one knot of the crowd."""
    rng = random.Random(f"knot-{variant}")
    c = Canvas(16, 14)
    for i in range(3 + variant % 2):
        x, y = 2 + i * 3 + rng.randint(0, 1), 4 + rng.randint(0, 3)
        c.rect(x, y + 3, 3, 5, rng.choice(["neon_pink", "neon_cyan", "neon_yellow", "orange", "bot_blue", "neon_lime"]))
        c.rect(x, y, 3, 3, rng.choice(["skin_light", "skin_mid", "skin_dark"]))
        c.hline(x, y, 3, rng.choice(["hair", "dark_wood", "hair_purple"]))
    c.outline("ink")
    return c


def gen6(armed: bool) -> Canvas:
    """A Gen 6 curled in its gift box: warm orange asleep, red and hot once Ares speaks."""
    c = Canvas(12, 10)
    body = "ares_red" if armed else "orange"
    c.put(ellipse(12, 10, 6, 5, 5, 4), body)
    c.put(circle(12, 10, 6, 4, 1.5), "neon_yellow" if armed else "cream")
    c.outline("ink")
    return c


def pictures() -> Iterator[tuple[str, np.ndarray]]:
    """(path under assets/, RGBA) for every picture of this piece."""
    yield "sprites/action/stadium_stand.png", stand().rgba()
    yield "sprites/action/stadium_pitch.png", pitch().rgba()
    strip = Canvas(64, 14)
    for v in range(4):
        strip.blit(knot(v), v * 16, 0)
    yield "sprites/action/crowd_knots.png", strip.rgba()
    yield "sprites/action/gen6.png", gen6(False).rgba()
    yield "sprites/action/gen6_armed.png", gen6(True).rgba()

"""Pictures for the House set-piece, and the effects every set-piece shares.

The wrecked kitchen seen from above with the roof torn open, Ares looming in the gap at twice
7723's size, his fist and his reaching hand, the fridge standing and fallen, and the effect strips
(sparks off a shield, a hit, dust and smoke) that `assets/sprites/action/` holds for the window.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import numpy as np

from tools.art import ares as ares_bust
from tools.canvas import Canvas, circle, ellipse, polygon
from tools.world import sprites_bots

W, H = 640, 360
FLOOR_TOP = 96


def scaled(c: Canvas, k: int) -> Canvas:
    """Nearest-neighbour enlargement: pixel art stays crisp, only bigger."""
    out = Canvas(c.w * k, c.h * k)
    out.grid = np.repeat(np.repeat(c.grid, k, axis=0), k, axis=1)
    return out


def _sky(c: Canvas, rng: random.Random) -> None:
    c.rect(0, 0, W, FLOOR_TOP, "night")
    c.speckle(rng, ["mist", "white", "fog"], 0.012, (0, 0, W, 70))
    # the roof, peeled back: jagged rafters hanging over the wall
    edge = [(0, 70)]
    x = 0
    while x < W:
        x += rng.randint(14, 30)
        edge.append((x, rng.randint(58, 76) if not 180 < x < 460 else rng.randint(80, 90)))
    edge += [(W, 96), (0, 96)]
    c.put(polygon(W, H, edge), "dark_wood")
    for x in range(6, W, 22):
        c.line(x, 64 if not 180 < x < 460 else 84, x + rng.randint(-6, 6), 95, "brick")
    c.rect(0, 90, W, 6, "brick")
    c.hline(0, 95, W, "ink")


def _floor(c: Canvas, rng: random.Random) -> None:
    for ty in range(FLOOR_TOP, H, 16):
        for tx in range(0, W, 16):
            c.rect(tx, ty, 16, 16, "indigo" if (tx // 16 + ty // 16) % 2 else "dusk")
    for ty in range(FLOOR_TOP, H, 16):
        c.hline(0, ty, W, "night")
    for tx in range(0, W, 16):
        c.vline(tx, FLOOR_TOP, H - FLOOR_TOP, "night")
    c.speckle(rng, ["night", "steel"], 0.015, (0, FLOOR_TOP, W, H - FLOOR_TOP))
    # fire light pooling on the tiles by the burning cooker and the pantry
    even = np.indices((H, W)).sum(axis=0) % 2 == 0
    for cx, cy, rx, ry in ((460, 128, 60, 26), (156, 128, 44, 20)):
        c.put(ellipse(W, H, cx, cy, rx, ry) & even, "brick")
        c.put(ellipse(W, H, cx, cy, rx * 0.5, ry * 0.5) & even, "orange")
    for _ in range(7):  # scorch rings where the fist has already been
        x, y = rng.randint(160, 520), rng.randint(140, 330)
        c.put(circle(W, H, x, y, 9) & ~circle(W, H, x, y, 6), "night")


def _walls(c: Canvas) -> None:
    c.rect(0, FLOOR_TOP, 30, H - FLOOR_TOP, "night")
    c.rect(610, FLOOR_TOP, 30, H - FLOOR_TOP, "night")
    c.vline(29, FLOOR_TOP, H - FLOOR_TOP, "steel")
    c.vline(610, FLOOR_TOP, H - FLOOR_TOP, "steel")
    # the garage door, left: a roller shutter
    c.rect(14, 118, 18, 80, "steel")
    for y in range(120, 196, 5):
        c.hline(14, y, 18, "fog")
    c.frame(13, 117, 20, 82, "ink")
    # the back door, right, behind where the fridge stands
    c.rect(608, 128, 18, 68, "wood")
    c.frame(607, 127, 20, 70, "dark_wood")
    c.px(611, 162, "neon_yellow")
    # the storm drain's cover under the floor, bottom left: cracked tiles
    for x0, y0, x1, y1 in ((52, 296, 84, 318), (84, 318, 116, 300), (70, 330, 96, 312), (60, 304, 108, 334)):
        c.line(x0, y0, x1, y1, "ink")
    c.frame(68, 302, 32, 24, "night")


def _furniture(c: Canvas, rng: random.Random) -> None:
    # the counter and cooker along the back wall, the cooker burning
    c.rect(380, 96, 200, 20, "mist")
    c.rect(380, 112, 200, 6, "fog")
    c.rect(440, 98, 40, 14, "ink")
    for fx in range(444, 478, 6):
        c.vline(fx, 94 - rng.randint(0, 6), 8, "orange")
        c.px(fx, 92, "neon_yellow")
    # the table, cracked in two, and chairs on their sides
    c.rect(236, 174, 44, 34, "wood")
    c.rect(284, 178, 44, 30, "wood")
    c.rect(236, 206, 44, 4, "dark_wood")
    c.rect(284, 206, 44, 4, "dark_wood")
    c.line(280, 174, 284, 210, "ink")
    for x, y in ((220, 190), (340, 200), (300, 160)):
        c.rect(x, y, 12, 10, "dark_wood")
        c.hline(x, y, 12, "wood")
    # the pantry, pulled down: noodle cups everywhere
    c.rect(120, 100, 70, 14, "dark_wood")
    for _ in range(40):
        x, y = rng.randint(90, 560), rng.randint(112, 350)
        c.rect(x, y, 3, 4, "cream")
        c.hline(x, y, 3, "orange")


def kitchen() -> Canvas:
    rng = random.Random("house-kitchen")
    c = Canvas(W, H)
    _sky(c, rng)
    _floor(c, rng)
    _walls(c)
    _furniture(c, rng)
    return c


def fridge(fallen: bool) -> Canvas:
    """The fridge that stands in front of the back door, and lies on its side once Pin trips."""
    if fallen:
        c = Canvas(64, 36)
        c.rect(2, 6, 60, 28, "mist")
        c.rect(2, 6, 60, 6, "white")
        c.vline(22, 6, 28, "fog")
        c.rect(28, 18, 10, 3, "steel")
    else:
        c = Canvas(40, 64)
        c.rect(2, 2, 36, 60, "mist")
        c.rect(2, 2, 36, 8, "white")
        c.hline(2, 24, 36, "fog")
        c.rect(30, 12, 3, 10, "steel")
        c.rect(30, 28, 3, 14, "steel")
    c.outline("ink")
    return c


def ares_looming() -> Canvas:
    """Ares looking down through the roof: his bust at twice the portrait's size."""
    return scaled(ares_bust.draw("angry"), 2)


def ares_standing() -> Canvas:
    """Ares on his feet at his real size: twice 7723's height, from the map sprite's facing frame."""
    w, h = sprites_bots.BOTS["ares"][0]
    frame = sprites_bots.sheet("ares").sub(0, 0, w, h)
    big = frame if h >= 96 else scaled(frame, 96 // h)  # the map sprite is drawn at his real size
    big.outline("ink")
    return big


def fist() -> Canvas:
    c = Canvas(44, 40)
    c.paint(ellipse(44, 40, 22, 22, 19, 15), "ares_red", shade="blood", light="orange", outline="ink")
    for x in (10, 18, 26, 34):
        c.vline(x, 10, 12, "blood")
    c.rect(14, 2, 16, 8, "night")
    c.outline("ink")
    return c


def hand() -> Canvas:
    """Ares's open hand, reaching down for Molly."""
    c = Canvas(56, 56)
    c.paint(ellipse(56, 56, 28, 34, 18, 14), "ares_red", shade="blood", light="orange", outline="ink")
    for i, x in enumerate((12, 21, 30, 39)):
        c.paint(polygon(56, 56, [(x, 24), (x + 6, 24), (x + 5, 4 + abs(i - 1.5) * 3), (x + 1, 4 + abs(i - 1.5) * 3)]),
                "ares_red", shade="blood", outline="ink")
    c.rect(20, 46, 16, 10, "night")
    return c


def shield() -> Canvas:
    """The arc of 7723's raised forearm plating, facing up (the window turns it)."""
    c = Canvas(40, 16)
    arc = ellipse(40, 16, 20, 16, 19, 14) & ~ellipse(40, 16, 20, 18, 16, 12)
    c.paint(arc, "holo", shade="bot_blue", light="white", outline="deep_blue", depth=1)
    return c


def _strip(frames: list[Canvas]) -> Canvas:
    out = Canvas(sum(f.w for f in frames), max(f.h for f in frames))
    x = 0
    for f in frames:
        out.blit(f, x, 0)
        x += f.w
    return out


def fx_strip(kind: str) -> Canvas:
    """Four frames of an effect, 32×32 each: spark, hit, dust or smoke."""
    rng = random.Random(f"fx-{kind}")
    frames = []
    for k in range(4):
        c = Canvas(32, 32)
        if kind == "spark":
            for _ in range(10 - k * 2):
                a, r = rng.uniform(0, 6.283), 4 + k * 4 + rng.uniform(0, 4)
                x, y = 16 + int(np.cos(a) * r), 16 + int(np.sin(a) * r)
                c.line(16 + int(np.cos(a) * r * 0.5), 16 + int(np.sin(a) * r * 0.5), x, y,
                       "neon_yellow" if k < 2 else "orange")
            c.put(circle(32, 32, 16, 16, max(1, 4 - k)), "white")
        elif kind == "hit":
            pts = [(16 + np.cos(i * 0.785) * (14 - k * 2 if i % 2 else 6), 16 + np.sin(i * 0.785) * (14 - k * 2 if i % 2 else 6))
                   for i in range(8)]
            c.paint(polygon(32, 32, pts), "white" if k == 0 else "neon_pink", outline="magenta")
        else:
            base = "fog" if kind == "dust" else "steel"
            for _ in range(5):
                x, y = rng.randint(8, 24), rng.randint(10, 24) - k * 2
                c.put(circle(32, 32, x, y, 4 + k * 2), base)
            c.put(circle(32, 32, 16, 14 - k * 2, 3 + k), "mist" if kind == "dust" else "dusk")
            if k == 3:
                c.put(np.indices((32, 32)).sum(axis=0) % 2 == 0, None)
        frames.append(c)
    return _strip(frames)


def pictures() -> Iterator[tuple[str, np.ndarray]]:
    """(path under assets/, RGBA) for every picture of this piece and the shared effects."""
    yield "sprites/action/house_kitchen.png", kitchen().rgba()
    yield "sprites/action/house_fridge.png", fridge(False).rgba()
    yield "sprites/action/house_fridge_down.png", fridge(True).rgba()
    yield "sprites/action/ares_looming.png", ares_looming().rgba()
    yield "sprites/action/ares_big.png", ares_standing().rgba()
    yield "sprites/action/ares_fist.png", fist().rgba()
    yield "sprites/action/ares_hand.png", hand().rgba()
    yield "sprites/action/shield.png", shield().rgba()
    for kind in ("spark", "hit", "dust", "smoke"):
        yield f"sprites/action/fx_{kind}.png", fx_strip(kind).rgba()

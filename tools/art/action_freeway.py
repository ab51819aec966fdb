"""Pictures for the Freeway set-piece: the Grainland Skyway at night seen from the side and above,
six lanes of robot cars, the police drones and their bolts, and the old rail that breaks.

The road and the rail are drawn to tile sideways (640 wide), so the window scrolls them; the
effect strips (sparks, hits, smoke) are shared with the other pieces (`action_house`).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import numpy as np

from tools.canvas import Canvas, circle, ellipse, polygon, rounded

W = 640
SKY_H = 84  # the road starts here, as the piece places it
ROAD_H = 240  # six lanes of 40
RAIL_H = 36
CAR_COLOURS = (("bot_blue", "deep_blue", "holo"), ("neon_pink", "magenta", "white"),
               ("neon_lime", "green", "white"), ("cream", "fog", "white"))


def skyline() -> Canvas:
    """The city beyond the far rail: towers with lit windows, a neon sign, a haze of light."""
    rng = random.Random("freeway-sky")
    c = Canvas(W, SKY_H, "ink")
    c.speckle(rng, ["white", "mist"], 0.006, (0, 0, W, 30))
    x = 0
    while x < W:
        w, h = rng.randint(22, 48), rng.randint(26, 70)
        c.rect(x, SKY_H - h, w, h, "night" if rng.random() < 0.5 else "indigo")
        for wy in range(SKY_H - h + 4, SKY_H - 6, 6):
            for wx in range(x + 3, x + w - 3, 5):
                if rng.random() < 0.35:
                    c.px(wx, wy, rng.choice(("lamp", "neon_yellow", "holo")))
        x += w + rng.randint(0, 6)
    c.rect(388, 20, 70, 12, "magenta")
    c.frame(388, 20, 70, 12, "neon_pink")
    c.hline(392, 26, 62, "white")
    # the far rail along the road's top edge
    c.rect(0, SKY_H - 6, W, 6, "steel")
    c.hline(0, SKY_H - 6, W, "fog")
    for px in range(0, W, 32):
        c.rect(px, SKY_H - 10, 3, 10, "fog")
    return c


def road() -> Canvas:
    """Six lanes of dark asphalt with dashed lines and bright edges; tiles every 640 pixels."""
    rng = random.Random("freeway-road")
    c = Canvas(W, ROAD_H, "night")
    c.speckle(rng, ["indigo", "ink"], 0.05, (0, 0, W, ROAD_H))
    for lane in range(1, 6):
        y = lane * 40
        for x in range(0, W, 64):
            c.rect(x + 8, y - 1, 32, 2, "fog" if lane != 3 else "neon_yellow")
    c.rect(0, 0, W, 2, "neon_yellow")
    c.rect(0, ROAD_H - 2, W, 2, "neon_yellow")
    for x in range(0, W, 160):  # old patches in the surface
        c.put(ellipse(W, ROAD_H, x + 90, rng.randint(30, 210), 18, 6) & (np.indices((ROAD_H, W)).sum(axis=0) % 2 == 0),
              "indigo")
    return c


def rail(broken: bool = False) -> Canvas:
    """The near rail and the drop below it, lights of the lower city far down; broken: the gap."""
    rng = random.Random("freeway-rail")
    c = Canvas(W, RAIL_H, "ink")
    c.speckle(rng, ["lamp", "orange", "holo"], 0.03, (0, 14, W, RAIL_H - 14))
    c.rect(0, 0, W, 8, "steel")
    c.hline(0, 0, W, "mist")
    c.hline(0, 7, W, "indigo")
    for x in range(0, W, 32):
        c.rect(x + 2, 8, 4, 8, "fog")
    if broken:
        c.put(polygon(W, RAIL_H, [(250, 0), (390, 0), (372, 12), (330, 8), (290, 14)]), "ink")
        c.line(250, 0, 236, 18, "fog")
        c.line(390, 0, 404, 20, "fog")
    return c


def car(look: int) -> Canvas:
    """A robot car from above and the side, 66×26, headlights to the left (they come at you)."""
    body, shade, light = CAR_COLOURS[look]
    c = Canvas(66, 26)
    c.paint(rounded(66, 26, 1, 3, 64, 20, 8), body, shade=shade, light=light, outline="ink", depth=2)
    c.paint(rounded(66, 26, 16, 6, 30, 14, 5), "holo" if look != 0 else "cream", shade="deep_blue", outline="ink",
            depth=1)
    for y in (5, 19):
        c.rect(2, y, 4, 3, "lamp")
        c.rect(60, y, 4, 3, "blood")
    for x in (10, 48):
        c.rect(x, 22, 10, 4, "ink")
        c.rect(x, 0, 10, 4, "ink")
    return c


def drone(frame: int) -> Canvas:
    """A police drone, 30×20: a pod under two rotor blurs, its light red or blue by frame."""
    c = Canvas(30, 20)
    for cx in (7, 23):
        c.put(ellipse(30, 20, cx, 4, 7, 2), "fog" if frame == 0 else "mist")
    c.paint(rounded(30, 20, 5, 5, 20, 12, 5), "steel", shade="indigo", light="mist", outline="ink", depth=2)
    c.rect(9, 9, 12, 4, "ink")
    c.rect(10, 10, 10, 2, "ares_red")
    c.put(circle(30, 20, 15, 5, 2), "blood" if frame == 0 else "bot_blue")
    c.rect(13, 17, 4, 3, "fog")
    return c


def bolt(mine: bool) -> Canvas:
    """A shot, 14×6: the police's red, or 7723's own cyan."""
    c = Canvas(14, 6)
    c.put(ellipse(14, 6, 7, 3, 7, 3), "blood" if not mine else "teal")
    c.put(ellipse(14, 6, 7, 3, 5, 1.5), "ares_red" if not mine else "neon_cyan")
    c.rect(4, 2, 6, 2, "white")
    return c


def pictures() -> Iterator[tuple[str, np.ndarray]]:
    """(path under assets/, RGBA) for every picture of this piece."""
    yield "sprites/action/freeway_sky.png", skyline().rgba()
    yield "sprites/action/freeway_road.png", road().rgba()
    yield "sprites/action/freeway_rail.png", rail().rgba()
    yield "sprites/action/freeway_rail_broken.png", rail(True).rgba()
    for look in range(len(CAR_COLOURS)):
        yield f"sprites/action/car_{look}.png", car(look).rgba()
    for frame in (0, 1):
        yield f"sprites/action/drone_{frame}.png", drone(frame).rgba()
    yield "sprites/action/bolt_police.png", bolt(False).rgba()
    yield "sprites/action/bolt_7723.png", bolt(True).rgba()

"""Football: mown grass, white lines, centre circle, goals and corner flags (school pitch and stadium).

Soccer is Mai's father's game, so the pitch gets care: stripes from the mower, chalk that wears,
nets you can see through.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world import tiles_floors as floors
from tools.world.kit import add_nine, rng
from tools.world.tileset import TILE, Tileset


def grass(seed: int, stripe: bool) -> Canvas:
    """Mown grass: the light band has a few bright blades, the dark band a fine darker weave."""
    c = floors.grass(("pitch", seed, stripe), mown=True)
    if not stripe:  # mown the other way: the blades lean away and the band reads darker
        for y in range(TILE):
            for x in range(y % 2, TILE, 2):
                c.px(x, y, "teal") if c.get(x, y) == "green" else None
    return c


def pitch_tiles(ts: Tileset) -> None:
    for i in range(2):
        ts.add(f"grass_a{i}", grass(i, True))
        ts.add(f"grass_b{i}", grass(i, False))

    def lines(c: Canvas) -> None:
        c.frame(7, 7, 34, 34, "white")
        c.speckle(rng("chalk"), ["mist"], 0.3, only_on="white")
    add_nine(ts, "line", lines)  # white lines over the grass (detail layer), any size of box
    h = Canvas(TILE, TILE)
    h.hline(0, 7, TILE, "white")
    ts.add("halfway_h", h)
    v = Canvas(TILE, TILE)
    v.vline(7, 0, TILE, "white")
    ts.add("halfway_v", v)
    circle = Canvas(48, 48)
    circle.ellipse(24, 24, 23, 23, "white")
    circle.ellipse(24, 24, 22, 22, None)
    circle.vline(23, 0, 48, "white")
    circle.ellipse(24, 24, 1.5, 1.5, "white")
    ts.add_big("circle", circle)
    circle_h = Canvas(48, 48)
    circle_h.ellipse(24, 24, 23, 23, "white")
    circle_h.ellipse(24, 24, 22, 22, None)
    circle_h.hline(0, 23, 48, "white")
    circle_h.ellipse(24, 24, 1.5, 1.5, "white")
    ts.add_big("circle_h", circle_h)
    goal = Canvas(32, 48)  # the west goal, net behind the line; the east one is its mirror
    goal.rect(26, 2, 3, 44, "white")
    goal.vline(28, 2, 44, "mist")
    goal.rect(4, 2, 25, 2, "white")
    goal.rect(4, 44, 25, 2, "white")
    for x in range(4, 26, 3):
        goal.vline(x, 4, 40, "mist")
    for y in range(5, 44, 3):
        goal.hline(4, y, 22, "mist")
    goal.vline(3, 2, 44, "fog")
    ts.add_big("goal_w", goal)
    ts.add_big("goal_e", goal.flipped())
    flag = Canvas(TILE, TILE)
    flag.vline(4, 1, 14, "white")
    flag.rect(5, 1, 6, 4, "neon_yellow")
    flag.rect(5, 3, 6, 2, "orange")
    flag.hline(3, 15, 3, "ink")
    ts.add("flag", flag)
    ball = Canvas(TILE, TILE)
    ball.ellipse(8, 9, 4, 4, "white")
    ball.rect(7, 8, 2, 2, "ink")
    ball.px(5, 10, "ink")
    ball.px(10, 7, "ink")
    ball.hline(5, 13, 6, "shadow")
    ts.add("ball", ball)

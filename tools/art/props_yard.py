"""Wrecks of the backyard, drawn as props (`tools/art/props.py` lists them): what 7723 leaves of the
fence the night he comes through it."""

from __future__ import annotations

import math

from tools.canvas import Canvas
from tools.world import tiles_floors as floors

TILE = 16
# Set down `at: fence_gap` (the spot is two tiles wide, its middle one tile in from the fence), the
# picture is centred a tile to the left of the fence's column: six tiles across, the fence's the fifth
# (the sixth is past the map's edge and left empty).
COLS, ROWS = 6, 9  # from four rows above the spot (the fence's top corner) to its foot
FENCE_ROWS = 7  # the fence tiles he flattens, from the top: all of it above the gap
FENCE = 4 * TILE  # where the fence's column begins in the picture
HIT = (FENCE + 8, 6 * TILE)  # where he came through: everything is thrown into the yard from here


def _panel(c: Canvas, x: float, y: float, toward: tuple[float, float], pickets: int, length: int) -> None:
    """A fence panel flat on the grass where it was thrown, lying askew: its pickets side by side, each
    pointing `toward` (the way the blow threw it), snapped off at different lengths, the rail that held
    them across their feet."""
    dx, dy = toward
    n = math.hypot(dx, dy)
    dx, dy = dx / n, dy / n
    px, py = -dy, dx  # along the rail
    for i in range(pickets):
        if i % 4 == 2 and i < pickets - 1:
            continue  # knocked out of it
        bx, by = x + px * 4 * i, y + py * 4 * i
        ln = length - (i * 5) % 9  # snapped short, some more than others
        ex, ey = bx + dx * ln, by + dy * ln
        c.line(round(bx + 1), round(by + 1), round(ex + 1), round(ey + 1), "shadow")
        c.line(round(bx), round(by), round(ex), round(ey), "wood")
        c.line(round(bx + px), round(by + py), round(ex + px), round(ey + py), "lamp")
        c.px(round(ex), round(ey), "dark_wood")  # the splintered end
    rx, ry = x + dx * 4, y + dy * 4
    c.line(round(rx), round(ry), round(rx + px * 4 * (pickets - 1)), round(ry + py * 4 * (pickets - 1)), "dark_wood")


def broken_fence() -> Canvas:
    """The backyard fence by the gap, smashed flat: where it stood (the fence's column, from the yard's
    corner down to the gap) only the grass and the stumps of its posts, snapped off; its panels thrown
    into the yard from where he came through, lying askew on the grass all round him, a post torn out
    whole and splinters everywhere. Set down at the gap's spot, it lies over all the fence above the gap,
    so nothing of it shows standing there."""
    c = Canvas(COLS * TILE, ROWS * TILE)
    _flattened(c)
    both = Canvas(2 * c.w, c.h)  # as it lies, and "held" (never: it is no thing to carry)
    both.blit(c, 0, 0)
    both.blit(c, c.w, 0)
    return both


def _flattened(c: Canvas) -> None:
    for row in range(FENCE_ROWS):
        c.blit(floors.grass(("yard", 0)), FENCE, row * TILE)
    for y in (4, 2 * TILE + 4, 4 * TILE + 2, 6 * TILE):  # the posts, snapped off at the grass
        c.rect(FENCE + 6, y, 4, 4, "dark_wood")
        c.px(FENCE + 6, y, "lamp")
        c.px(FENCE + 8, y, "wood")
        c.hline(FENCE + 5, y + 4, 6, "shadow")
    hx, hy = HIT
    # the panels, thrown out of the fence line into the yard, fanned round where he came through
    for x, y, toward, pickets, length in (
        (FENCE - 2, 14, (-1.0, -0.3), 6, 26),
        (FENCE - 4, 46, (-1.0, 0.45), 6, 30),
        (26, 34, (-0.5, -1.0), 5, 18),
        (FENCE - 10, 86, (-1.0, -0.8), 5, 24),
        (18, 100, (-1.0, 0.25), 5, 18),
    ):
        _panel(c, x, y, toward, pickets, length)
    c.line(8, 66, 34, 56, "dark_wood")  # a post, torn out whole
    c.line(8, 67, 34, 57, "wood")
    for x, y in ((4, 30), (12, 86), (50, 112), (2, 96), (26, 124), (44, 6), (8, 20), (40, 34), (58, 24),
                 (16, 48), (36, 80), (6, 118), (52, 60)):  # splinters, flung the way the panels went
        ax, ay = x - hx, y - hy
        n = max(1.0, math.hypot(ax, ay))
        c.line(x, y, x + round(3 * ax / n), y + round(3 * ay / n), "wood")

"""Wrecks of the backyard, drawn as props (`tools/art/props.py` lists them): what 7723 leaves of the
fence the night he comes through it."""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world import tiles_floors as floors

TILE = 16
# Set down `at: fence_gap` (the spot is two tiles wide, its middle one tile in from the fence), the
# picture is centred a tile to the left of the fence's column: four tiles across, the fence's the last.
COLS, ROWS = 4, 7  # from two rows above the spot to its foot
FENCE_ROWS = 6  # the fence tiles he flattens, from the top
FENCE = (COLS - 1) * TILE  # where the fence's column begins in the picture


def _panel(c: Canvas, x: int, y: int, w: int, planks: int, skew: int) -> None:
    """A fence panel flat on the grass, planks across: each plank a step further over (`skew`)."""
    for i in range(planks):
        dx = (i * skew) // planks
        c.rect(x + dx, y + i * 3, w, 2, "wood")
        c.hline(x + dx, y + i * 3, w, "lamp")
        c.hline(x + dx + 1, y + i * 3 + 2, w - 1, "shadow")
        c.px(x + dx + w, y + i * 3, "dark_wood")  # the snapped ends, ragged
        if i % 2:
            c.px(x + dx + w + 1, y + i * 3 + 1, "wood")
    for rail in (x + 3, x + w - 5):  # the two rails that held them, now underneath
        c.line(rail, y - 1, rail + skew, y + planks * 3, "dark_wood")


def broken_fence() -> Canvas:
    """The backyard fence by the gap, knocked flat: where it stood (the fence's column, the right half)
    only the yard's grass and the stumps of its posts, snapped off; over the tiles beside it, into the
    yard, three of its panels lying on their faces and a post, with splinters between. Set down at the
    gap's spot, it lies over six tiles of the fence, so nothing of them shows standing where it fell."""
    c = Canvas(COLS * TILE, ROWS * TILE)
    _flattened(c)
    both = Canvas(2 * c.w, c.h)  # as it lies, and "held" (never: it is no thing to carry)
    both.blit(c, 0, 0)
    both.blit(c, c.w, 0)
    return both


def _flattened(c: Canvas) -> None:
    for row in range(FENCE_ROWS):
        c.blit(floors.grass(("yard", 0)), FENCE, row * TILE)
    for y in (0, 2 * TILE + 4, 4 * TILE + 2):  # the posts, snapped off at the grass
        c.rect(FENCE + 6, y, 4, 4, "dark_wood")
        c.px(FENCE + 6, y, "lamp")
        c.px(FENCE + 8, y, "wood")
        c.hline(FENCE + 5, y + 4, 6, "shadow")
    c.vline(FENCE + 7, FENCE_ROWS * TILE - 3, 3, "dark_wood")  # the last one, bent over
    _panel(c, 24, 4, 22, 7, -2)
    _panel(c, 14, 36, 30, 8, 4)
    _panel(c, 26, 70, 20, 6, -3)
    c.line(10, 100, 30, 90, "dark_wood")  # a post, torn out whole
    c.line(10, 101, 30, 91, "wood")
    for x, y in ((4, 30), (12, 66), (50, 100), (2, 84), (20, 104), (44, 62), (8, 20), (40, 30)):  # splinters
        c.line(x, y, x + 2, y + 1, "wood")

"""The back of the school gym, on the yard: the GYM lettering and a fire door on its back wall, and
the patch of grass in front of it worn down to dirt, where Mai swings her bat at nothing.

Added at the end of the school tileset, so no tile the maps already place changes its number.
"""

from __future__ import annotations

import numpy as np

from tools.art.logo import lettering
from tools.canvas import Canvas
from tools.world.kit import rng, textured
from tools.world.tileset import TILE, Tileset

LETTERS = {  # five rows high, drawn twice size
    "G": [".###", "#...", "#.##", "#..#", ".###"],
    "Y": ["#.#", "#.#", ".#.", ".#.", ".#."],
    "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"],
}


def _gym_sign() -> Canvas:
    """GYM in big painted letters on a dark plaque, three tiles wide, for the wall's upper face."""
    c = Canvas(3 * TILE, TILE)
    c.rect(1, 1, 46, 14, "deep_blue")
    c.frame(1, 1, 46, 14, "ink")
    c.hline(2, 2, 44, "bot_blue")
    sign = lettering("GYM", LETTERS, 2, 4)
    h, w = sign.shape
    painted = np.zeros((c.h, c.w), dtype=bool)
    painted[3 : 3 + h, 6 : 6 + w] = sign
    c.put(painted, "neon_yellow")
    return c


def _fire_door() -> Canvas:
    """A steel fire door, shut from outside: no handle this side, a green EXIT light over it."""
    c = Canvas(TILE, 2 * TILE)
    c.rect(1, 3, 14, 29, "steel")
    c.rect(2, 4, 12, 28, "fog")
    c.vline(8, 4, 28, "steel")
    c.hline(2, 18, 12, "dusk")
    c.rect(5, 0, 6, 3, "green")
    c.hline(6, 1, 4, "neon_lime")
    c.hline(1, 31, 14, "ink")
    return c


def _worn(seed: int) -> Canvas:
    """Grass worn down to dirt by somebody standing in the same place, day after day."""
    c = textured("wood", {"dark_wood": 0.18, "brick": 0.06, "lamp": 0.03}, ("worn", seed))
    r = rng("worn_tufts", seed)
    for _ in range(2 + seed):
        x, y = r.randrange(1, 14), r.randrange(2, 15)
        c.vline(x, y - 2, 2, "green")
        c.px(x + 1, y - 1, "teal")
    return c


def build(ts: Tileset) -> None:
    ts.add_big("gymsign", _gym_sign(), solid=True)
    ts.add_big("firedoor", _fire_door(), solid=True)
    for i in range(2):
        ts.add(f"worn{i}", _worn(i))

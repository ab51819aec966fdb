"""The layout every character sheet shares: four walk frames across, one facing per row.

The engine reads sheets in this order (`sprites.json` says so too), so people and bots of any frame
size are laid out by the same code.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.canvas import Canvas

DIRS = ("down", "left", "right", "up")
FRAMES = 4


def walk_sheet(draw: Callable[[str, int], Canvas], w: int, h: int) -> Canvas:
    """Frame f of facing d drawn at column f, row d, each w×h."""
    out = Canvas(w * FRAMES, h * len(DIRS))
    for row, d in enumerate(DIRS):
        for f in range(FRAMES):
            out.blit(draw(d, f), f * w, row * h)
    return out

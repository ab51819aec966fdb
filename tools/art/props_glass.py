"""The glass cell's front in the tower once it is open (`tools/art/props.py` lists it): a gap two
panes wide in the wall of glass, the cell's dark floor showing through, the broken edges of the
panes either side and the shards of it on the floor, so that without a word the wall reads as open."""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas


def glass_open() -> Canvas:
    """Two tiles of the glass wall gone: the frame's top rail still there, under it the cell's floor,
    jagged pane left at each side, and glass glinting on the floor where it fell."""
    c = Canvas(32, 16, "night")
    c.hline(0, 0, 32, "fog")  # the top rail of the frame, still standing
    c.hline(0, 1, 32, "steel")
    for y in range(2, 14):  # the pane left at each side, broken off in a jagged edge
        left = 2 + (y * 5) % 4
        right = 29 - (y * 3) % 4
        c.hline(0, y, left, "teal")
        c.hline(right, y, 32 - right, "teal")
        c.px(left, y, "neon_cyan")
        c.px(right - 1, y, "neon_cyan")
    for x, y in ((6, 13), (9, 11), (12, 14), (15, 12), (18, 14), (21, 10), (24, 13), (11, 8), (20, 6)):
        c.px(x, y, "mist")  # the shards on the floor, catching the light
        c.px(x + 1, y, "neon_cyan")
    c.hline(0, 14, 32, "shadow")
    c.hline(0, 15, 32, "ink")
    return pair(c)

"""Finished Gen 6 bodies at the end of the assembly line, hanging from hooks in rows "like coats in
a cloakroom, their chests glowing a soft, warm orange".

One body to a tile's width, two tiles tall: the overhead rail (which runs on into the next tile, so a
row of them hangs from one rail), the hook, the small white egg of a Gen 6 (as its sprite in
`sprites_poses.py`) with its eyes shut and its arms and legs hanging limp, and its shadow on the
floor a little below its feet, because it does not stand. The chest glow breathes slowly. Added at
the end of the IQ tileset, so no tile the maps already place changes its id.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world.tileset import TILE, Tileset

GLOW = (("orange", "neon_yellow"), ("orange", "lamp"), ("brick", "orange"))  # the chest, in, held, out
HOLDS = [1100, 900, 1000]  # ms: a slow breath, far under the flash ceiling


def hanging(f: int, sway: int = 0) -> Canvas:
    """One hanging Gen 6, chest glow frame `f`; `sway` (-1, 0, 1) turns it a pixel on its hook."""
    c = Canvas(TILE, 2 * TILE)
    c.ellipse(8, 30, 4.5, 1.2, "shadow")  # on the floor, not under its feet: it hangs
    body = Canvas(TILE, 2 * TILE)
    x = 8 + sway
    body.vline(8, 4, 3, "fog")  # the hook
    body.px(7, 7, "fog")
    body.ellipse(x, 11, 4.5, 3.5, "white")  # head
    body.ellipse(x + 1, 12, 3.5, 2.5, "mist")
    body.rect(x - 3, 10, 6, 2, "ink")  # the face band, eyes shut
    body.hline(x - 2, 11, 2, "deep_blue")
    body.hline(x + 1, 11, 2, "deep_blue")
    for lx in (x - 5, x + 4):  # arms hanging limp
        body.rect(lx, 15, 1, 6, "steel")
    for lx in (x - 3, x + 1):  # legs dangling, feet off the floor
        body.rect(lx, 22, 2, 4, "steel")
        body.px(lx, 26, "fog")
    body.ellipse(x, 18, 4.5, 4.5, "white")  # the egg of its body
    body.ellipse(x + 1, 19, 3.5, 3.5, "mist")
    outer, inner = GLOW[f]
    body.ellipse(x, 18, 2.5, 2.5, outer)  # the chest
    body.ellipse(x, 18, 1.2, 1.2, inner)
    body.outline("ink")
    c.blit(body, 0, 0)
    c.rect(0, 0, TILE, 3, "steel")  # the overhead rail it hangs from, on into the next tile
    c.hline(0, 0, TILE, "mist")
    c.hline(0, 3, TILE, "ink")
    c.px(8, 2, "fog")
    return c


def build(ts: Tileset) -> None:
    for n in range(3):  # three of them, each a pixel askew and a breath out of step with the others
        order = [(f + n) % len(GLOW) for f in range(len(GLOW))]
        ts.add_big_anim(f"gen6hook{n}", [hanging(f, n - 1) for f in order], [HOLDS[f] for f in order])

"""Someone crouching, down on their heels by something low: `crouch`.

Mai down by a seat to look at the gift box under it. Sitting (`sitting.py`) puts the legs out along
the floor; a crouch keeps the feet where they stood and folds the knees up under the body, so it is
made from the standing frame the same way: the head and body kept as drawn, the legs squashed to a
short bent stub under them, the knees a little apart; from the side the body leans forward over the
knees, the way they face, looking down at what is before them. The figure is lower by most of its
legs' length and keeps the standing frame's width, so what they hold stays beside them.
"""

from __future__ import annotations

import pygame

from game.scenes.sitting import folded, hips_of

CROUCHING = ("crouch",)
FOLD = 0.45  # how much of the legs' height is left folded under them
KNEES = 1.25  # how much wider the folded legs are than standing: the knees out
LEAN = 2  # pixels the top of the body goes forward over the knees, seen from the side
HEAD = 0.4  # the share of the body (from the top) that leans


def crouching(frame: pygame.Surface, facing: str) -> pygame.Surface:
    """`frame` (standing, facing `facing`) down on its heels: the same width, shorter by the legs."""
    w = frame.get_width()
    hips = hips_of(frame)
    out = None if hips is None else folded(frame, hips, KNEES, FOLD)
    if hips is None or out is None:
        return frame
    lean = {"left": -LEAN, "right": LEAN}.get(facing, 0)
    top = round(hips * HEAD)
    out.blit(frame, (0, top), pygame.Rect(0, top, w, hips - top))  # the body over the knees
    out.blit(frame, (lean, 1 if lean else 0), pygame.Rect(0, 0, w, top))  # head and shoulders forward, bowed
    return out

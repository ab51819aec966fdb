"""Someone dragged along between two others, too hurt to walk: `dragged`.

Greenwood, hauled out from under the board by her team and run to the tunnel with an arm over each
of their shoulders. No sprite has a sheet of it, so it is made from the standing frame: the legs do
not step (the feet trail along the ground), and the figure leans back against the way they are taken,
the head behind the feet, seen from the side; from the front or the back, sagging a little lower.
Someone dragged moves as well as stands (`MOVING_POSES`): walked with the two who take her, at
their pace, she goes along between them without a step of her own.
"""

from __future__ import annotations

import pygame

DRAGGED = ("dragged",)
TILT = 28  # degrees the figure leans back, away from the way they face (seen from the side)
SAG = 0.9  # the height kept from the front or the back: sagging between the two who hold her up


def dragged(frame: pygame.Surface, facing: str) -> pygame.Surface:
    """`frame` (standing, facing `facing`) leaning back, its feet trailing."""
    w, h = frame.get_size()
    if facing in ("left", "right"):
        return pygame.transform.rotate(frame, TILT if facing == "right" else -TILT)  # head back, behind them
    return pygame.transform.scale(frame, (w, max(1, round(h * SAG))))

"""Someone falling from a height: `fall`. 7723 shot off the edge of the Skyway, down past the lit
windows into the dark under it.

The map is seen from above, so going down is going away: from the moment the pose is given the figure
tumbles over and over, shrinks towards nothing and sinks into the dark, lit red by the drones' lights
as it goes, until after `SECONDS` it is gone. Faint copies of it as it was a moment before, bigger
and less turned, trail behind it, so that a still of it shows a figure tipped at an angle going away
into the drop, not a figure lying level on the air (which reads as flying). It stays where it was put;
whoever aims at it from the edge keeps their sights on it as it goes (`aiming.py`).
"""

from __future__ import annotations

import math

import pygame

FALL = ("fall",)
SECONDS = 2.8  # from the edge to gone
TURNS = 0.9  # tumbles a second
LAST = 0.04  # the share of its size at which it is gone
DARKEST = 0.3  # how much of its own light is left just before it goes
RED = (1.0, 0.5, 0.45)  # the drones' red light on it: what of each channel it keeps
# where it was a moment ago, fainter behind it (seconds back, opacity): a still shows it going away
TRAIL = ((0.24, 45), (0.12, 90), (0.0, 255))


def falling(frame: pygame.Surface, t: float, facing: str) -> pygame.Surface:
    """`frame` (a standing frame) `t` seconds into the fall: turned, shrunk and darkened, with its
    trail, on a square as wide as the frame is across its corners, so that the figure turns and
    shrinks about the middle of it, which stays where it was; an empty square once it is gone."""
    w, h = frame.get_size()
    side = math.ceil(math.hypot(w, h))
    out = pygame.Surface((side, side), pygame.SRCALPHA)
    for back, alpha in TRAIL:
        if t - back >= 0:
            img = _at(frame, t - back, facing)
            if img is not None:
                img.set_alpha(alpha)
                out.blit(img, img.get_rect(center=(side // 2, side // 2)))
    return out


def _at(frame: pygame.Surface, t: float, facing: str) -> pygame.Surface | None:
    """The figure `t` seconds into the fall, or None once it is gone."""
    k = min(1.0, max(0.0, t / SECONDS))
    size = (1.0 - k) ** 1.5
    if size <= LAST:
        return None
    turn = (1 if facing in ("right", "down") else -1) * (30 + 360 * TURNS * t)  # tipped over from the first
    img = pygame.transform.rotozoom(frame, turn, size)
    shade = 1.0 - (1.0 - DARKEST) * math.sqrt(k)
    img.fill(tuple(round(255 * shade * c) for c in RED), special_flags=pygame.BLEND_RGB_MULT)
    return img

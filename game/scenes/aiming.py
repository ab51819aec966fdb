"""The red of an arm cannon: a glow at the barrel of whoever stands in the pose `aim`, and a small red
targeting dot on whoever they face within a few tiles, a faint beam between the two.

Drawn over the map and its light (a laser shows in the dark as by day), so that with the words hidden
it is plain who is aimed at. A sight on someone knocked down is the fire that put them there: shots
landing on them (`gunfire.py`). The barrel is where 7723's sheet of the pose has it (`7723_aim`), as a
share of the picture by facing; someone aiming without such a sheet aims from their side.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.story.stagewords import HELD_POSES

from . import gunfire
from .poses import BROKEN

if TYPE_CHECKING:
    from .place import Walker
    from .stage import Stage

AIM = HELD_POSES[0]  # the pose, as the words name it
REACH = 15 * 16  # map pixels: how far the dot finds someone (a laser sight: across a pitch, a freeway)
# where the barrel is on the aimer's picture, by facing: shares of its width and height
BARREL = {"left": (0.0, 0.4), "right": (1.0, 0.4), "down": (0.25, 0.48), "up": (0.75, 0.06)}
RED = (255, 40, 40)
BEAM = (255, 60, 60, 110)
PULSE = 3.0  # the dot's throb, a second
CHEST = 0.6  # where the dot lands on who is aimed at, as a share of their height from the top


def over(stage: Stage, surf: pygame.Surface, jolt: int) -> None:
    """The red of everyone aiming on the stage's map, over the picture of it."""
    if stage.map is not None:
        ox, oy = stage.offset()
        draw(surf, stage.direction.on_map(), (ox + jolt, oy), stage.view, stage.t)


def draw(surf: pygame.Surface, people: list[Walker], origin: tuple[int, int], view: pygame.Rect, t: float) -> None:
    """The barrels' glow and the dots of everyone aiming among `people`, `origin` the screen position
    of the map's (0, 0)."""
    ox, oy = origin
    clip = surf.get_clip()
    surf.set_clip(view)
    for w in people:
        if w.pose != AIM or w.moving:
            continue
        bx, by = barrel(w)
        muzzle = (bx + ox, by + oy)
        sighted = _sighted(w, people)
        target = sighted[0] if sighted else None
        wreck = gunfire.wreck_ahead(w, people, REACH, target)
        if wreck is not None:  # what he aimed at lies in pieces: the shot that did it (gunfire.py)
            gunfire.bolt(surf, muzzle, (wreck[0] + ox, wreck[1] + oy), t)
            continue
        if sighted is not None and sighted[1].pose in gunfire.HIT:  # knocked down by it: shots landing
            hit = sighted[1].rect
            gunfire.hit(surf, muzzle, (hit.centerx + ox, hit.centery + oy), t, seed=bx * 7919 + by)
            continue
        if target is not None:
            dot = (target[0] + ox, target[1] + oy)
            _beam(surf, muzzle, dot)
            _dot(surf, dot, t)
        _glow(surf, muzzle, 3)
    surf.set_clip(clip)


def barrel(w: Walker) -> tuple[int, int]:
    """Where the barrel of `w`'s arm is, in map pixels."""
    r = w.rect
    across, down = BARREL.get(w.facing, BARREL["down"])
    return r.left + round((r.width - 1) * across), r.top + round(r.height * down)


def aimed_at(w: Walker, people: list[Walker]) -> tuple[int, int] | None:
    """The chest of whoever of `people` `w`'s arm points at (in map pixels), if anyone ahead of them
    within reach: the nearest the beam runs through as the picture shows them (level from the barrel
    across their figure, or down or up through it); else, of those no further to either side than
    ahead, the one it passes closest by, and of two as close the one more nearly straight ahead (a
    girl a little off the line between is passed over, as the beam passes over her head)."""
    sighted = _sighted(w, people)
    return sighted[0] if sighted else None


def _sighted(w: Walker, people: list[Walker]) -> tuple[tuple[int, int], Walker] | None:
    """Where `w`'s sight lands (map pixels) and on whom, as `aimed_at` finds them."""
    bx, by = barrel(w)
    level = w.facing in ("left", "right")
    best: tuple[tuple[int, float, float], tuple[int, int], Walker] | None = None
    for other in people:
        if other is w or other.pose in BROKEN:  # no sight stays on a wreck: what shot it is gunfire.py's
            continue
        ahead, aside, dist = gunfire.ahead_of(w, other)
        if ahead <= 0 or dist > REACH:
            continue
        r = other.rect
        if (r.top <= by < r.bottom) if level else (r.left <= bx < r.right):
            rank = (0, dist, 0.0)  # the beam runs through them
        elif abs(aside) <= ahead:
            rank = (1, round(abs(aside)), abs(aside) / ahead)
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, (r.centerx, r.top + round(r.height * CHEST)), other)
    return (best[1], best[2]) if best else None


def _beam(surf: pygame.Surface, a: tuple[int, int], b: tuple[int, int]) -> None:
    box = pygame.Rect(min(a[0], b[0]), min(a[1], b[1]), abs(a[0] - b[0]) + 1, abs(a[1] - b[1]) + 1)
    layer = pygame.Surface(box.size, pygame.SRCALPHA)
    pygame.draw.line(layer, BEAM, (a[0] - box.x, a[1] - box.y), (b[0] - box.x, b[1] - box.y))
    surf.blit(layer, box)


def _dot(surf: pygame.Surface, at: tuple[int, int], t: float) -> None:
    """The targeting dot: a bright core in a red ring that throbs."""
    ring = 2 + round(1 + math.sin(t * PULSE * 2 * math.pi))
    _glow(surf, at, ring + 2)
    pygame.draw.circle(surf, RED, at, 2)
    surf.set_at(at, (255, 220, 220))


def _glow(surf: pygame.Surface, at: tuple[int, int], radius: int) -> None:
    """A soft red light round `at`, added to what is under it."""
    size = radius * 2 + 1
    glow = pygame.Surface((size, size))
    for r in range(radius, 0, -1):
        k = 0.6 * (1 - r / (radius + 1))
        pygame.draw.circle(glow, (round(255 * k), round(30 * k), round(30 * k)), (radius, radius), r)
    surf.blit(glow, (at[0] - radius, at[1] - radius), special_flags=pygame.BLEND_RGB_ADD)

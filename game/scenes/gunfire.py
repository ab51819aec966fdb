"""The shot an arm cannon has just fired: when whoever stands in the pose `aim` has, ahead of them,
someone lying in pieces (`apart`), the thin red sight becomes the bolt that did it, a thick bright beam
from the barrel to the wreck with a burst of fire on it.

So with the words hidden it is plain who fired and at what: the one with his arm out, at the drone
now strewn over the road, not the faint sight line running on to whoever stands further off.

A sight on someone knocked down (`HIT`) is fire still landing on them: a bolt from each one aiming,
and where it lands a cluster of small white-hot bursts flaring in turn on the figure, so a ring of
drones shooting 7723 down shows as a dozen little suns on him, not as thin red lines.
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

import pygame

from .poses import BROKEN

if TYPE_CHECKING:
    from .place import Walker

CORE = (255, 240, 210)
EDGE = (255, 70, 30)
FLICKER = 9.0  # the bolt's throb, a second: it burns, it does not sit still like a sight
BURST = 11  # map pixels: the fire on the wreck, at its widest
SLACK = 16  # map pixels: a wreck this much further than the one the sight is on is still the one shot
HIT = ("knocked_down",)  # poses a sight lands on as shots: whoever it put down
SUNS = 4  # bursts where each bolt lands on them, flaring in turn
SCATTER = (18, 10)  # map pixels: how far across and up or down from where it lands each burst may be


def ahead_of(w: Walker, other: Walker) -> tuple[float, float, float]:
    """Where `other` stands from `w`, in `w`'s own terms: how far ahead of the way `w` faces, how far
    to one side, and how far away in all (map pixels)."""
    dx, dy = other.pos.x - w.pos.x, other.pos.y - w.pos.y
    ahead, aside = {"left": (-dx, dy), "right": (dx, dy), "up": (-dy, dx), "down": (dy, dx)}[w.facing]
    return ahead, aside, math.hypot(dx, dy)


def wreck_ahead(w: Walker, people: list[Walker], reach: int,
                sighted: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """Where the nearest of `people` lying in pieces ahead of `w` lies (map pixels), within `reach`
    and no further to either side than ahead; None when no wreck is there, or when the sight is on
    someone nearer (`sighted`, map pixels): then the wreck is not what this one shot at."""
    best: tuple[float, tuple[int, int]] | None = None
    if sighted is not None:
        reach = min(reach, math.hypot(sighted[0] - w.pos.x, sighted[1] - w.pos.y) + SLACK)
    for other in people:
        if other is w or other.pose not in BROKEN:
            continue
        ahead, aside, dist = ahead_of(w, other)
        if ahead <= 0 or dist > reach or abs(aside) > ahead:
            continue
        if best is None or dist < best[0]:
            r = other.rect
            best = (dist, (r.centerx, r.centery))
    return best[1] if best else None


def bolt(surf: pygame.Surface, muzzle: tuple[int, int], at: tuple[int, int], t: float) -> None:
    """The shot: a wide red-orange beam with a white-hot core from `muzzle` to `at` (screen pixels),
    and the fire it leaves there."""
    throb = 0.5 + 0.5 * math.sin(t * FLICKER * 2 * math.pi)
    pygame.draw.line(surf, EDGE, muzzle, at, 5)
    pygame.draw.line(surf, CORE, muzzle, at, 2)
    _burst(surf, at, round(BURST * (0.75 + 0.25 * throb)))
    _burst(surf, muzzle, 5)


def _burst(surf: pygame.Surface, at: tuple[int, int], radius: int) -> None:
    """A ball of fire added over what is under it, white at the heart, orange, then red at the rim."""
    size = radius * 2 + 1
    glow = pygame.Surface((size, size))
    for r in range(radius, 0, -1):
        k = 1 - r / (radius + 1)
        glow_colour = (255, round(60 + 190 * k * k), round(20 + 200 * k ** 3))
        pygame.draw.circle(glow, tuple(round(c * (0.35 + 0.65 * k)) for c in glow_colour), (radius, radius), r)
    surf.blit(glow, (at[0] - radius, at[1] - radius), special_flags=pygame.BLEND_RGB_ADD)


def hit(surf: pygame.Surface, muzzle: tuple[int, int], at: tuple[int, int], t: float, seed: int) -> None:
    """Shots landing on someone knocked down: a bolt from `muzzle` to `at` (screen pixels) and small
    bursts flaring over them round `at`, each at its own moment (`seed`: which one aims, so that
    each one's bursts are in their own places)."""
    rng = random.Random(seed)
    pygame.draw.line(surf, EDGE, muzzle, at, 3)
    pygame.draw.line(surf, CORE, muzzle, at, 1)
    _burst(surf, muzzle, 4)
    for _ in range(SUNS):
        dx, dy = rng.uniform(-SCATTER[0], SCATTER[0]), rng.uniform(-SCATTER[1], SCATTER[1])
        phase = rng.random()
        flare = 0.5 + 0.5 * math.sin((t * FLICKER / 3 + phase) * 2 * math.pi)
        _burst(surf, (round(at[0] + dx), round(at[1] + dy)), round(BURST * (0.2 + 0.45 * flare)))

"""Sunlight over a map drawn for the night: the city's streets are drawn with dark roofs, dark roads
and lit windows, the way the film's Grainland glows, so by day they would still look like night.
While a direction has `sun` among its lights and it is day, the view is lifted towards a warm white:
the tar roofs read as sun-bleached concrete, the roads as grey asphalt, everything in a haze of
daylight. It lights nothing and does not move, so it needs no gentler form under reduce motion; at
any other time of day it is not drawn (the sun is down), but stays on, as lights do, until a
direction turns it off.
"""

from __future__ import annotations

import pygame

SUN = "sun"  # the word in `game.story.stagewords.LIGHTS`
WHEN = ("day",)  # the times it shines at
COLOR = (255, 246, 220)  # the light it lifts the picture towards: warm white
LIFT = 0.28  # how far towards it: enough to turn midnight blue to daylight grey, not to wash out faces

KEEP = tuple(round(255 * (1 - LIFT)) for _ in range(3))
ADD = tuple(round(c * LIFT) for c in COLOR)


def shines(time: str, lights: tuple[str, ...]) -> bool:
    return SUN in lights and time in WHEN


def draw(surf: pygame.Surface, view: pygame.Rect, time: str, lights: tuple[str, ...]) -> None:
    """Lift the part of `surf` in `view` towards the sun's colour, when it shines."""
    if not shines(time, lights):
        return
    surf.fill(KEEP, view, special_flags=pygame.BLEND_RGB_MULT)
    surf.fill(ADD, view, special_flags=pygame.BLEND_RGB_ADD)

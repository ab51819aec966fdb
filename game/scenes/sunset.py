"""A low sun over a map drawn for the night, at dusk: the city's dark roofs and lit windows would read
as deep night at any hour, so while a direction has `sunset` among its lights and it is dusk, the view
is warmed towards the orange of a sun going down, most at the top of the view (the sky it sets in)
and less towards the bottom. The last of the day then shows against the same map an hour later, at
evening, when it is not drawn. It lights nothing and does not move (no gentler form for reduce
motion); at any other time of day it stays on, as lights do, until a direction turns it off.
"""

from __future__ import annotations

import pygame

SUNSET = "sunset"  # the word in `game.story.stagewords.LIGHTS`
WHEN = ("dusk",)  # the times it shines at
COLOR = (255, 128, 70)  # the light it adds to the picture: a low sun's orange
TOP, BOTTOM = 0.34, 0.08  # how much of it, at the top of the view and at its foot
DIMS = 0.6  # how much of the picture's own light each share of it takes the place of: less than all,
# so the map keeps its contrast (lit windows, dark roofs) under the haze
BANDS = 24  # steps of the fade down the view: fine enough not to show as stripes under the pixel art


def shines(time: str, lights: tuple[str, ...]) -> bool:
    return SUNSET in lights and time in WHEN


def lift(row: int, rows: int) -> float:
    """How far the `row`th band of `rows` is lifted towards the sun's colour, from the top down."""
    return TOP + (BOTTOM - TOP) * row / max(1, rows - 1)


def draw(surf: pygame.Surface, view: pygame.Rect, time: str, lights: tuple[str, ...]) -> None:
    """Warm the part of `surf` in `view` towards the low sun, top to bottom, when it shines."""
    if not shines(time, lights):
        return
    for n in range(BANDS):
        top = view.top + view.height * n // BANDS
        band = pygame.Rect(view.left, top, view.width, view.top + view.height * (n + 1) // BANDS - top)
        k = lift(n, BANDS)
        surf.fill(tuple(round(255 * (1 - DIMS * k)) for _ in range(3)), band, special_flags=pygame.BLEND_RGB_MULT)
        surf.fill(tuple(round(c * k) for c in COLOR), band, special_flags=pygame.BLEND_RGB_ADD)

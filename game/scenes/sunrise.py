"""`sunrise`: a morning shown without a word, the sun coming up behind the city's skyline, over the
whole view, before the card fades on the scene.

The story says "on the morning of that same next day"; with the words hidden the picture must say
that a night has gone and a morning come, so the effect draws what anyone reads as a new morning: a
night sky going gold and a sun rising out of the roofs. Like `weeks_pass` (`calendar.py`) it is a
card between two scenes, but it brings its own dark, so a beat can open on it. Nothing in it flashes:
the sky brightens and the sun climbs steadily, well under the motion ceiling.
"""

from __future__ import annotations

import random

import pygame

from game.engine.theme import PALETTE

RISING = 0.7  # the share of the effect's time over which the sky goes gold and the sun climbs
FADING = 0.2  # the share at its end over which the card fades on the scene
HORIZON = 0.68  # how far down the view the roofs stand
SUN = 18  # the sun's radius, pixels
GOLD = (250, 176, 90)  # the morning sky at its brightest
SUN_COLOUR = (255, 236, 150)


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def sun_centre(view: pygame.Rect, k: float) -> tuple[int, int]:
    """Where the sun is at `k` (0..1): under the roofs at first, well clear of them once risen."""
    up = min(1.0, k / RISING)
    horizon = view.top + round(view.height * HORIZON)
    return view.centerx, round(horizon + SUN * 1.5 - up * (SUN * 1.5 + view.height * 0.28))


def _skyline(card: pygame.Surface, horizon: int) -> None:
    """The roofs of the city, dark against the sky, the same every time."""
    rng = random.Random("skyline")
    w, h = card.get_size()
    x = 0
    while x < w:
        bw, bh = rng.randrange(18, 46), rng.randrange(10, 48)
        card.fill(PALETTE["ink"], (x, horizon - bh, bw, h))
        x += bw + rng.randrange(0, 4)
    card.fill(PALETTE["ink"], (0, horizon, w, h - horizon))


def draw(surf: pygame.Surface, view: pygame.Rect, k: float) -> None:
    """The card at `k` (0..1) of the way through: the sky going gold, the sun rising, then fading."""
    up = min(1.0, k / RISING)
    card = pygame.Surface(view.size)
    card.fill(_mix(PALETTE["night"], GOLD, up))
    sx, sy = sun_centre(view, k)
    pygame.draw.circle(card, SUN_COLOUR, (sx - view.left, sy - view.top), SUN)
    _skyline(card, round(view.height * HORIZON))
    alpha = 1.0 if k < 1 - FADING else max(0.0, (1.0 - k) / FADING)
    card.set_alpha(round(255 * alpha))
    surf.blit(card, view)

"""7723's memories going up out of him like paper lanterns and going out, one by one: the effect
`lanterns`.

At the reboot the words say each memory rises out of him, hangs over the pitch a moment, and goes
out. The ring of `memories.py` shows what his core holds while he holds it; this shows it leaving:
each memory he held (the same small pictures, in a warm glow) lifts off his chest in turn, drifts up
over his head, hangs there, and dims to nothing, until none is left. The gaps a deletion left do not
rise: there is nothing in them. Timed like any effect (`effects.LENGTH`), so `wait: true` can hold
the story for it; drawn over the map and its light, as the ring is. Under reduce motion the
lanterns rise straight, without swaying.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from .memories import chest, held, scaled
from .pictures import mood_color

if TYPE_CHECKING:
    from game.engine.assets import Assets

    from .stage import Stage

NAME = "lanterns"  # the effect's word
LAUNCHES = 0.4  # the share of the effect over which they lift off, one after another
RISE = 0.25  # the share of the effect one takes to rise
HANG = 0.2  # and to hang there, lit: long enough that several hang over him at once
OUT = 0.14  # and to go out (all of them out a little before the end)
HEIGHT = 64  # map pixels each rises above his chest
SPREAD = 13  # map pixels between two lanterns across
PICTURE = (16, 11)  # a lantern's picture, smaller than the ring's
WARM = (255, 196, 120)  # a paper lantern's glow
GLOW = 18  # its radius


def over(stage: Stage, surf: pygame.Surface, jolt: int) -> None:
    """The lanterns, while the effect plays and 7723 is on the map."""
    playing = [p for p in stage.effects.playing if p.name == NAME and p.age >= 0]
    at = chest(stage, jolt) if playing else None
    if at is None:
        return
    rising = [m for m in held(stage.ctx.session) if m[0]]
    for p in playing:
        draw(surf, stage.ctx.assets, rising, at, p.k, stage.ctx.settings.reduce_motion)


def lit(i: int, n: int, k: float) -> tuple[float, float]:
    """Lantern `i` of `n` at `k` (0..1 of the effect): how far it has risen (0..1) and how bright it
    still is (0 not yet lifted or gone out .. 1)."""
    start = LAUNCHES * i / max(1, n - 1) if n > 1 else 0.0
    age = k - start
    if age < 0:
        return 0.0, 0.0
    up = min(1.0, age / RISE)
    out = age - RISE - HANG
    return 1 - (1 - up) ** 2, max(0.0, 1.0 - out / OUT) if out > 0 else 1.0


def draw(surf: pygame.Surface, assets: Assets, memories: list[tuple[str, str]], chest: tuple[int, int],
         k: float, calm: bool) -> None:
    """`memories` going up from `chest` (screen pixels) at `k` of the effect."""
    n = len(memories)
    for i, (memory, mood) in enumerate(memories):
        up, bright = lit(i, n, k)
        if bright <= 0:
            continue
        sway = 0.0 if calm else 3.0 * math.sin(6 * k + i)
        x = chest[0] + (i - (n - 1) / 2) * SPREAD * up + sway * up
        y = chest[1] - HEIGHT * up - 6 * (i % 2) * up
        if up < 1:  # still rising: a thread of its glow back down to his chest, where it came out
            _thread(surf, chest, (round(x), round(y)), bright * (1 - up))
        _glow(surf, (round(x), round(y)), bright)
        img = _picture(assets, memory, mood)
        img.set_alpha(round(255 * bright))
        surf.blit(img, img.get_rect(center=(round(x), round(y))))


def _thread(surf: pygame.Surface, start: tuple[int, int], end: tuple[int, int], bright: float) -> None:
    """A fading line of warm light from his chest up to a lantern that has just left it, added to
    the picture (never darkening it)."""
    colour = tuple(round(c * 0.7 * bright) for c in WARM)
    box = pygame.Rect(start, (0, 0)).union(pygame.Rect(end, (0, 0))).inflate(8, 8)
    layer = pygame.Surface(box.size)
    pygame.draw.line(layer, colour, (start[0] - box.x, start[1] - box.y), (end[0] - box.x, end[1] - box.y), 2)
    pygame.draw.circle(layer, colour, (start[0] - box.x, start[1] - box.y), 3)
    surf.blit(layer, box, special_flags=pygame.BLEND_RGB_ADD)


def _glow(surf: pygame.Surface, at: tuple[int, int], bright: float) -> None:
    r = max(2, round(GLOW * (0.5 + 0.5 * bright)))
    glow = pygame.Surface((r * 2, r * 2))
    for i in range(r, 0, -2):
        f = min(1.0, 1.4 * (1 - i / r) * bright)
        pygame.draw.circle(glow, tuple(round(c * f) for c in WARM), (r, r), i)
    surf.blit(glow, (at[0] - r, at[1] - r), special_flags=pygame.BLEND_RGB_ADD)


_CACHE: dict[tuple[int, str, str], pygame.Surface] = {}


def _picture(assets: Assets, memory: str, mood: str) -> pygame.Surface:
    """A memory's picture, small, in a frame of its mood's colour; kept."""
    key = (id(assets), memory, mood)
    if key not in _CACHE:
        if len(_CACHE) > 64:
            _CACHE.clear()
        img = scaled(assets, memory, mood, PICTURE)
        pygame.draw.rect(img, mood_color(mood), img.get_rect(), 1)
        _CACHE[key] = img
    return _CACHE[key]

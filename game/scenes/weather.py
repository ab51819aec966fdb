"""Rain over the stage: thin pale streaks falling across the view while a direction has `rain` on.

Rain is written among the lights (`lights: [neon, lamps, rain]`) because it is a part of how a place
looks that stays until a direction says otherwise, as a lamp does; it lights nothing. Each streak falls
at its own steady speed and comes round again from the top, so the picture moves smoothly and never
flashes (no brightness changes from frame to frame). Under reduce motion there are fewer streaks and
they fall slower. The streaks are worked out from the time alone, so a frame is the same however
the game got to it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pygame

RAIN = "rain"  # the word in `game.story.stagewords.LIGHTS`
DROPS = 120  # streaks over a 640x360 view: a downpour, still a thin veil
CALM_SHARE = 3  # reduce motion: one streak in this many
SPEED = (190.0, 260.0)  # pixels a second, slowest and fastest
CALM_SPEED = 0.35  # reduce motion: this share of the speed
SLANT = 0.18  # pixels sideways for each pixel down: a little wind
LENGTH = (5, 9)  # pixels long
COLOR = (66, 74, 98)  # added to the frame: pale blue over dark streets, faint over day


@dataclass(frozen=True)
class Drop:
    """One streak: where across and how far down its cycle it starts (0..1 of the view), how fast."""

    x: float
    phase: float
    speed: float
    length: int


def _drops(count: int) -> tuple[Drop, ...]:
    rng = random.Random(7723)  # the same rain every time
    return tuple(Drop(rng.random(), rng.random(), rng.uniform(*SPEED), rng.randint(*LENGTH)) for _ in range(count))


ALL = _drops(DROPS)


def streaks(view: pygame.Rect, t: float, reduce: bool) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The streaks of the frame at time `t`, as (top, bottom) in screen pixels, inside `view`."""
    drops = ALL[::CALM_SHARE] if reduce else ALL
    pace = CALM_SPEED if reduce else 1.0
    scale = view.w * view.h / (640 * 360)
    drops = drops[:max(1, round(len(drops) * min(1.0, scale)))]
    fall = view.h + max(LENGTH)
    out = []
    for d in drops:
        y = (d.phase * fall + t * d.speed * pace) % fall - max(LENGTH)
        x = d.x * (view.w + fall * SLANT) - fall * SLANT + y * SLANT
        top = (round(view.x + x), round(view.y + y))
        bottom = (round(view.x + x + d.length * SLANT), round(view.y + y + d.length))
        out.append((top, bottom))
    return out


_LAYERS: dict[tuple[int, int], pygame.Surface] = {}


def _layer(size: tuple[int, int]) -> pygame.Surface:
    """A black surface the size of the view, made once per size and cleared for each frame."""
    if size not in _LAYERS:
        _LAYERS.clear()
        _LAYERS[size] = pygame.Surface(size)
    layer = _LAYERS[size]
    layer.fill((0, 0, 0))
    return layer


def draw(surf: pygame.Surface, view: pygame.Rect, lights: tuple[str, ...], t: float, reduce: bool) -> None:
    """Rain over `view` while `lights` has it on; nothing otherwise."""
    if RAIN not in lights:
        return
    clip = surf.get_clip()
    surf.set_clip(view)
    layer = _layer(view.size)
    shift = (-view.x, -view.y)
    for top, bottom in streaks(view, t, reduce):
        pygame.draw.line(layer, COLOR, (top[0] + shift[0], top[1] + shift[1]),
                         (bottom[0] + shift[0], bottom[1] + shift[1]))
    surf.blit(layer, view, special_flags=pygame.BLEND_RGB_ADD)
    surf.set_clip(clip)

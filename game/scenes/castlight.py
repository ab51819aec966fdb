"""The light on the people: the same light as on the map, but it does not change their colours.

The lighting multiplies the frame by its light map, so a white robot under a dusk sky or a lamp pool
comes out tan, and looks like another robot. Where a person stands, the light map is softened
before it is multiplied: most of its hue is taken out (it keeps its brightness, so someone in the
dark still looks lit by the night and never glows) and it is a little brighter (black stays black: a blackout hides them as before), so each
person keeps their own colours in any light.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

HUE = 0.35  # how much of the light's colour a person still takes on (1: as much as the map)
LIFT = 0.15  # how much brighter than the light round them a person is (a blackout stays black)

Cast = Sequence[tuple[pygame.Surface, pygame.Rect]]  # people's sprites, and where they stand


def soften(light: pygame.Surface, cast: Cast) -> None:
    """Soften `light` (the light map of the frame) under each of `cast`, a sprite image and where it
    stands on `light`, only where the sprite has pixels."""
    bounds = light.get_rect()
    for image, rect in cast:
        area = rect.clip(bounds)
        if area.w <= 0 or area.h <= 0:
            continue
        soft = _soft(light.subsurface(area))
        soft.blit(_shape(image, (area.x - rect.x, area.y - rect.y, area.w, area.h)), (0, 0),
                  special_flags=pygame.BLEND_RGBA_MULT)
        light.blit(soft, area)


_SHAPES: dict[tuple, tuple[pygame.Surface, pygame.Surface]] = {}  # by sprite frame and the part of it in view
SHAPES_KEPT = 256  # a cache: people show a few dozen frames, each whole nearly always


def _shape(image: pygame.Surface, cut: tuple[int, int, int, int]) -> pygame.Surface:
    """Where the part `cut` of a sprite frame has pixels: opaque white there, clear elsewhere (worked
    out once per frame and part: the same frames are drawn every frame)."""
    key = (id(image), cut)
    got = _SHAPES.get(key)
    if got is None or got[0] is not image:
        shape = pygame.mask.from_surface(image.subsurface(cut)).to_surface(
            setcolor=(255, 255, 255, 255), unsetcolor=(255, 255, 255, 0))
        if len(_SHAPES) > SHAPES_KEPT:
            _SHAPES.clear()
        got = _SHAPES[key] = (image, shape)  # the frame kept with it: its id names no other meanwhile
    return got[1]


def _soft(part: pygame.Surface) -> pygame.Surface:
    """The light in `part`, with most of its hue gone and its darkness lifted (an alpha surface)."""
    grey = pygame.transform.grayscale(part)
    hue = part.copy()
    k = round(255 * HUE)
    hue.fill((k, k, k), special_flags=pygame.BLEND_RGB_MULT)
    grey.fill((255 - k, 255 - k, 255 - k), special_flags=pygame.BLEND_RGB_MULT)
    hue.blit(grey, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    more = hue.copy()  # a share of itself added again: the dark lifted, a blackout still black
    lift = round(255 * LIFT)
    more.fill((lift, lift, lift), special_flags=pygame.BLEND_RGB_MULT)
    hue.blit(more, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    out = pygame.Surface(part.get_size(), pygame.SRCALPHA)
    out.blit(hue, (0, 0))
    return out

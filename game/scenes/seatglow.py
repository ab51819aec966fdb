"""The Gen 6 under every seat of a stadium's stands: the lights `gen6` and `gen6_red`.

Eighty thousand gifts wait in their boxes under the seats, each glowing a warm orange, and at Ares's
word they all turn red. The crowd is painted into the seat tiles (`stands.py`), and so are not people
a direction could tint, so these lights draw a small glow low under each seat of the map's seat tiles
(full or emptied), orange for `gen6`, red and throbbing for `gen6_red`. Said among the lights because
they stay on until a direction turns them off; drawn over the map and its light, so they show in
the dark. Under reduce motion the red holds steady.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame
import pytmx

from . import stands

if TYPE_CHECKING:
    from game.engine.tilemap import TileMap

    from .stage import Stage

WARM, RED = "gen6", "gen6_red"  # the lights' words
GLOWS = {WARM: (255, 140, 40), RED: (255, 30, 30)}
UNDER = ((4, 14), (12, 14))  # where a tile's two seats have their gift, in the tile (under the seat)
RADIUS = 3
THROB = 1.2  # the red's slow swell, a second (far under any flashing)
SEATS = "_gift_seats"  # where a map keeps the tiles of its seats, worked out once


def over(stage: Stage, surf: pygame.Surface, jolt: int) -> None:
    """The gifts' glow under the seats in view, if the lights have them on."""
    lights = stage.lighting.lights
    word = RED if RED in lights else WARM if WARM in lights else None
    if word is None or stage.map is None:
        return
    ox, oy = stage.offset()
    k = 1.0 if word == WARM or stage.ctx.settings.reduce_motion else 0.75 + 0.25 * math.sin(stage.t * THROB * 2 * math.pi)
    draw(surf, seats(stage.map), (ox + jolt, oy), stage.view, GLOWS[word], k)


def seats(tm: TileMap) -> list[tuple[int, int]]:
    """The map pixel of each seat tile's top left, fans in it or not."""
    kept = getattr(tm, SEATS, None)
    if kept is None:
        swap = stands.twins(tm.tmx)
        gids = set(swap) | set(swap.values())
        tw, th = tm.tmx.tilewidth, tm.tmx.tileheight
        kept = sorted({(x * tw, y * th) for layer in tm.tmx.layers if isinstance(layer, pytmx.TiledTileLayer)
                       for y, row in enumerate(layer.data) for x, gid in enumerate(row) if gid in gids})
        setattr(tm, SEATS, kept)
    return kept


def draw(surf: pygame.Surface, tiles: list[tuple[int, int]], origin: tuple[int, int], view: pygame.Rect,
         colour: tuple[int, int, int], k: float) -> None:
    """A glow under each seat of `tiles` that falls in `view`, `origin` the screen position of the map's
    (0, 0), at strength `k`."""
    glow = _glow(colour, k)
    clip = surf.get_clip()
    surf.set_clip(view)
    ox, oy = origin
    room = view.inflate(32, 32)
    for tx, ty in tiles:
        if not room.collidepoint(tx + ox, ty + oy):
            continue
        for dx, dy in UNDER:
            surf.blit(glow, (tx + ox + dx - RADIUS, ty + oy + dy - RADIUS), special_flags=pygame.BLEND_RGB_ADD)
    surf.set_clip(clip)


def _glow(colour: tuple[int, int, int], k: float) -> pygame.Surface:
    """A small soft light of `colour`, a bright point in the middle."""
    size = RADIUS * 2 + 1
    glow = pygame.Surface((size, size))
    for r in range(RADIUS, 0, -1):
        f = k * (1 - r / (RADIUS + 1)) * 1.4
        pygame.draw.circle(glow, tuple(min(255, round(c * f)) for c in colour), (RADIUS, RADIUS), r)
    glow.set_at((RADIUS, RADIUS), tuple(min(255, round(c * k + 60)) for c in colour))
    return glow

"""Pictures a projector throws into the air while its light is on: the hologram of Justin Pin that
turns above the launch stage, forty feet tall, one hand raised.

A `light` object whose `shows` is `hologram:<tile>` names a big tile of the map's tilesets (its cells
`<tile>@x,y`, drawn by `tools/world/tiles_launch.py`). It is light, not paint: it is added to the
frame after the lighting, so the dusk does not dim it and whoever stands in it shows through, tinted.
It turns slowly (its width follows the turn, its picture mirrored while his back is to the hall),
and a scan line drifts down it; under reduce motion it stands still, facing the hall.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.engine.tilemap import TileMap

PREFIX = "hologram:"
TURN = 0.5  # radians a second: one slow turn in about twelve seconds
NARROWEST = 0.5  # of its width, half turned: still a man with his hand up, never a line
STRENGTH = 0.7  # how much of the picture's light is added
GLASS = (115, 190, 230)  # what shows through it is seen through cyan light, so it reads as a hologram
SCAN_EVERY = 3  # pixels between the dark scan lines
CELL = re.compile(r"^(?P<name>.+)@(?P<x>\d+),(?P<y>\d+)$")


def picture(tm: TileMap, name: str) -> pygame.Surface | None:
    """The big tile `name` put together from its cells, on black (which adds nothing)."""
    tmx = tm.tmx
    cells: dict[tuple[int, int], pygame.Surface] = {}
    for gid, props in tmx.tile_properties.items():
        m = CELL.match(str(props.get("name", "")))
        if m is None or m["name"] != name:
            continue
        img = tmx.get_tile_image_by_gid(gid)
        if img is not None:
            cells[(int(m["x"]), int(m["y"]))] = img
    if not cells:
        return None
    tw, th = tm.tile
    cols, rows = max(x for x, _ in cells) + 1, max(y for _, y in cells) + 1
    out = pygame.Surface((cols * tw, rows * th))
    out.fill((0, 0, 0))
    for (x, y), img in cells.items():
        out.blit(img, (x * tw, y * th))
    return out


def frame(pic: pygame.Surface, t: float, reduce: bool) -> tuple[pygame.Surface, pygame.Surface]:
    """The picture as it turns at time `t`: narrowed by the turn, mirrored past side on, scan lines
    drifting down it, dimmed to the hologram's strength; and the cyan glass of its shape, which what
    stands behind it is seen through."""
    w, h = pic.get_size()
    turn = 1.0 if reduce else math.cos(t * TURN)
    width = max(1, round(w * max(NARROWEST, abs(turn))))
    img = pygame.transform.scale(pic, (width, h))
    if turn < 0:
        img = pygame.transform.flip(img, True, False)
    shape = pygame.mask.from_threshold(img, (0, 0, 0), (1, 1, 1, 255))
    shape.invert()
    glass = shape.to_surface(setcolor=GLASS, unsetcolor=(255, 255, 255))
    k = round(255 * STRENGTH)
    img.fill((k, k, k), special_flags=pygame.BLEND_RGB_MULT)
    drift = 0 if reduce else int(t * 6) % SCAN_EVERY
    for y in range(drift, h, SCAN_EVERY):
        img.fill((0, 0, 0), (0, y, width, 1))
    return img, glass


def draw(surf: pygame.Surface, pic: pygame.Surface, box: pygame.Rect, origin: tuple[int, int], t: float,
         reduce: bool) -> None:
    """Add the hologram to the frame, centred on its box, the map's (0, 0) at `origin` on screen."""
    img, glass = frame(pic, t, reduce)
    at = (box.centerx + origin[0] - img.get_width() // 2, box.y + origin[1])
    surf.blit(glass, at, special_flags=pygame.BLEND_RGB_MULT)
    surf.blit(img, at, special_flags=pygame.BLEND_RGB_ADD)

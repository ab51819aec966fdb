"""A shipped map opened on its own, without a game, and what it draws: for tests of the things a
direction lays over a map's tiles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame

from game.engine.assets import Assets
from game.engine.tilemap import TileMap

ROOT = Path(__file__).resolve().parents[2]


def opened(name: str) -> Iterator[TileMap]:
    """The map `name` over a tiny display, closed again after (a fixture yields from it)."""
    pygame.display.init()
    pygame.display.set_mode((8, 8))
    yield TileMap(Assets(ROOT), name)
    pygame.display.quit()


def drawn(tm: TileMap, rect: pygame.Rect) -> pygame.Surface:
    """The map as drawn with its sprites, looking at `rect`: the pixels over it."""
    tm.center(rect.center)
    surf = pygame.Surface(tm.view)
    tm.draw(surf)
    ox, oy = tm.renderer.get_center_offset()
    return surf.subsurface(rect.move(ox, oy)).copy()

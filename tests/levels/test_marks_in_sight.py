"""Whoever a stage direction puts at a mark is seen there: no mark lies where the tiles drawn over people
(a roof's torn edge, the top of a server rack, a doorway's lintel) would hide most of someone standing
on it. A mark exists only for the directions, so one under such tiles is a person the words put in the
room and the picture leaves out (Pin by the fridge under the kitchen's torn roof, speaking from
nowhere)."""

from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest
import pytmx
from pytmx.util_pygame import load_pygame

from game.engine.tilemap import COLLISION, SPRITE_LAYERS

LEVELS = Path(__file__).resolve().parents[2] / "levels"
MAPS = sorted(LEVELS.glob("*.tmx"))
HIDDEN = 0.35  # the share of a person's figure over which the tiles above may lie
FIGURE = (12, 26)  # a person's figure over their feet at the mark (width, height), a little inside their frame


def over_people(tmx: pytmx.TiledMap) -> pygame.Surface:
    """Every tile the map draws over the people standing on it, on one transparent picture of the map."""
    names = [getattr(layer, "name", "") for layer in tmx.layers]
    under = next((names.index(n) for n in SPRITE_LAYERS if n in names), 0)
    out = pygame.Surface((tmx.width * tmx.tilewidth, tmx.height * tmx.tileheight), pygame.SRCALPHA)
    for i, layer in enumerate(tmx.layers):
        if i > under and isinstance(layer, pytmx.TiledTileLayer) and layer.name != COLLISION and layer.visible:
            for x, y, image in layer.tiles():
                out.blit(image, (x * tmx.tilewidth, y * tmx.tileheight))
    return out


def hidden_share(over: pygame.Surface, x: float, y: float) -> float:
    """How much of a figure standing with its feet at (x, y) the tiles over people cover."""
    w, h = FIGURE
    box = pygame.Rect(round(x) - w // 2, round(y) - h, w, h).clip(over.get_rect())
    if not box.w or not box.h:
        return 0.0
    return float((pygame.surfarray.array_alpha(over.subsurface(box)) > 200).mean())


@pytest.fixture(scope="module", autouse=True)
def display():
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    yield


@pytest.mark.parametrize("path", MAPS, ids=[p.stem for p in MAPS])
def test_no_mark_lies_under_what_is_drawn_over_people(path: Path) -> None:
    tmx = load_pygame(str(path))
    over = over_people(tmx)
    marks = [o for o in tmx.objects if (getattr(o, "type", None) or getattr(o, "class", None)) == "mark"]
    hidden = {o.name: round(hidden_share(over, o.x, o.y), 2) for o in marks}
    assert not {n: s for n, s in hidden.items() if s > HIDDEN}, "marks where someone would stand hidden"


def test_a_mark_under_a_roof_is_found_hidden() -> None:
    over = pygame.Surface((64, 64), pygame.SRCALPHA)
    over.fill((90, 90, 100, 255), pygame.Rect(16, 0, 32, 24))  # a solid roof over the top of the middle
    assert hidden_share(over, 32, 30) > HIDDEN, "standing under it: mostly hidden"
    assert hidden_share(over, 32, 60) == 0.0, "standing clear of it: seen"

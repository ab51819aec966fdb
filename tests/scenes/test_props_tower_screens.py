"""The tower's screens the morning the alarms go: `stadium_countdown`, put `at: towerscreen`, lies over
every screen of the tower's inner levels, so each shows the empty stadium and its count, not the
launch-day footage they showed before."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.engine.assets import Assets
from game.engine.tilemap import TileMap
from game.scenes.props import Props, big_tiles
from game.story.events import Prop

ROOT = Path(__file__).resolve().parents[2]
SCREENS = Prop("stadium_countdown", "stadium_countdown", "arms", spot="towerscreen")


@pytest.fixture
def tower():
    pygame.display.init()
    pygame.display.set_mode((8, 8))
    yield TileMap(Assets(ROOT), "iq_tower")
    pygame.display.quit()


def drawn(tm: TileMap, rect: pygame.Rect) -> pygame.Surface:
    """The map as drawn with its sprites, the pixels over `rect`."""
    tm.center(rect.center)
    surf = pygame.Surface(tm.view)
    tm.draw(surf)
    ox, oy = tm.renderer.get_center_offset()
    return surf.subsurface(rect.move(ox, oy)).copy()


def test_the_countdown_shows_on_every_screen_of_the_tower(tower) -> None:
    screens = big_tiles(tower, "towerscreen")
    assert len(screens) == 3 and all(s.size == (64, 32) for s in screens)
    props = Props(Assets(ROOT), lambda name: big_tiles(tower, name))
    props.direct((SCREENS,), lambda name: None, lambda who: None)
    props.update(tower.group, lambda who: None)
    assert len(props.items) == len(screens)
    picture = props.items["stadium_countdown"].frames[0]
    solid = pygame.surfarray.array_alpha(picture) > 0
    for screen in screens:
        now = drawn(tower, screen)
        shown = (pygame.surfarray.array3d(now) == pygame.surfarray.array3d(picture)).all(axis=2)[solid].mean()
        assert shown > 0.95, f"the screen at {screen.topleft} shows the stadium's count"

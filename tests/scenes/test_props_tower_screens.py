"""The tower's screens the morning the alarms go: `stadium_countdown`, put `at: towerscreen`, lies over
every screen of the tower's inner levels, so each shows the empty stadium and its count, not the
launch-day footage they showed before."""

from __future__ import annotations

import pygame
import pytest
from map_steps import ROOT, drawn, opened

from game.engine.assets import Assets
from game.scenes.props import Props, big_tiles
from game.story.events import Prop

SCREENS = Prop("stadium_countdown", "stadium_countdown", "arms", spot="towerscreen")


@pytest.fixture
def tower():
    yield from opened("iq_tower")


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

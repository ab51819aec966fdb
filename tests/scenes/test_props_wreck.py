"""A wreck on the map: the broken lunch table, put `at: lunchtable`, lies over every lunch table of
the schoolyard, so the picture shows none of them whole; taken away, the tables are back."""

from __future__ import annotations

import pygame
import pytest
from map_steps import ROOT, drawn, opened

from game.engine.assets import Assets
from game.scenes.props import Props, big_tiles
from game.story.events import Prop

WRECK = Prop("broken_table", "broken_table", "arms", spot="lunchtable")


@pytest.fixture
def school():
    yield from opened("school")


def same(a: pygame.Surface, b: pygame.Surface) -> float:
    """The share of pixels the two pictures have alike."""
    return float((pygame.surfarray.array3d(a) == pygame.surfarray.array3d(b)).all(axis=2).mean())


def test_the_broken_table_lies_over_every_lunch_table_and_goes_when_taken_away(school) -> None:
    tables = big_tiles(school, "lunchtable")
    assert len(tables) >= 6 and all(t.size == (32, 32) for t in tables)
    whole = [drawn(school, t) for t in tables]
    props = Props(Assets(ROOT), lambda name: big_tiles(school, name))
    props.direct((WRECK,), lambda name: None, lambda who: None)
    props.update(school.group, lambda who: None)
    assert len(props.items) == len(tables)
    wreck = props.items["broken_table"].frames[0]
    for table, before in zip(tables, whole, strict=True):
        now = drawn(school, table)
        assert same(now, before) < 0.3, f"the table at {table.topleft} is not whole any more"
        solid = pygame.surfarray.array_alpha(wreck) > 0
        shown = (pygame.surfarray.array3d(now) == pygame.surfarray.array3d(wreck)).all(axis=2)[solid].mean()
        assert shown > 0.95, f"the wreck is drawn over the table at {table.topleft}"
    props.direct((Prop("broken_table", "broken_table", "arms", leave=True),), lambda name: None, lambda who: None)
    assert not props.items
    for table, before in zip(tables, whole, strict=True):
        assert same(drawn(school, table), before) == 1.0, "the tables are whole again"

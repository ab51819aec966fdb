"""A scene that leaves is freed behind the black of the fade, not at a full collection later in play.

A beat's stage, its place, its people and its map point at each other in rings, which only a
collection frees. Python's automatic collector is switched off for these tests, so only the game's
own sweep can free the beat that was playing: without it the old scene stays alive.
"""

from __future__ import annotations

import gc
import weakref

import pytest
from test_stage_play import STORY

from game.engine.fade import Fade
from game.scenes.play import PlayScene


@pytest.fixture
def no_auto_gc():
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def playing(p) -> PlayScene:
    return p.ctx.scenes.find(PlayScene)


@pytest.mark.parametrize("fade", [True, False])
def test_the_beat_that_was_playing_is_freed_when_the_next_begins(launch, no_auto_gc, fade):
    p = launch("launch_day", story=STORY)
    p.run(30)
    gone = weakref.ref(playing(p).stage)  # the stage, its place and its map hold each other
    p.ctx.flow.new_game("wake_up", fade=fade)
    p.until(lambda: playing(p).stage is not gone() and p.ctx.scenes.find(Fade) is None, limit=240)
    assert gone() is None, "the beat left behind is freed at the change, with no full collection of Python's own"

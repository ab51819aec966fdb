"""Sunlight over the stage, played on real frames: by day, while a direction has `sun` on, the view is
lifted towards a warm white (dark roofs and roads read as daylight grey); at dusk or night it is not
drawn though it stays on; turned off, the view is as drawn."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import in_the_backyard, luminance, map_area

from game.scenes import sunlight
from game.scenes.staging import direct
from game.story import events as ev


def frame(p) -> np.ndarray:
    """The map on screen, less the HUD's bands."""
    return pygame.surfarray.array3d(p.app.canvas.surface.subsurface(map_area(p))).astype(int)


def drawn(p) -> np.ndarray:
    p.play.stage.t = 1.0
    p.app.draw()
    return frame(p)


def test_the_sun_lifts_the_view_by_day_only(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day", lights=(), camera="hold"))
    p.run(2)
    plain = drawn(p)
    plain_light = luminance(p, map_area(p)).mean()
    direct(stage, ev.Stage("s", lights=("sun",)))
    sunny = drawn(p)
    darkest = plain.sum(axis=2) < 40
    assert darkest.any(), "the yard has dark places for the sun to lift"
    assert (sunny[darkest].sum(axis=1) > plain[darkest].sum(axis=1) + 30).mean() > 0.5, "darks lifted into daylight"
    assert (np.abs(sunny - plain).sum(axis=2) > 20).mean() > 0.6, "over the whole map, not a patch"
    assert luminance(p, map_area(p)).mean() > 1.2 * plain_light, "the map the brighter for it"
    direct(stage, ev.Stage("s", time="night"))
    assert "sun" in stage.lighting.lights, "it stays on, as lights do"
    night = drawn(p)
    direct(stage, ev.Stage("s", lights=()))
    assert (drawn(p) == night).all(), "at night the sun is down: nothing of it drawn"
    direct(stage, ev.Stage("s", time="day"))
    assert (drawn(p) == plain).all(), "sun off: the view as drawn"


def test_it_shines_only_when_said_and_by_day() -> None:
    assert sunlight.shines("day", ("sun",))
    assert not sunlight.shines("dusk", ("sun",))
    assert not sunlight.shines("day", ("lamps",))

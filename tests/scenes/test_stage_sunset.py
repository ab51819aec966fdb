"""The low sun at dusk, played on real frames: while a direction has `sunset` on and it is dusk, the
view is warmed towards orange, more at its top than at its foot; at any other time it is not drawn
though it stays on; turned off, the view is as drawn."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import in_the_backyard, map_area

from game.scenes import sunset
from game.scenes.staging import direct
from game.story import events as ev


def drawn(p) -> np.ndarray:
    """The map on screen, less the HUD's bands."""
    p.play.stage.t = 1.0
    p.app.draw()
    return pygame.surfarray.array3d(p.app.canvas.surface.subsurface(map_area(p))).astype(int)


def test_the_low_sun_warms_the_view_at_dusk_only(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="dusk", lights=(), camera="hold"))
    p.run(2)
    plain = drawn(p)
    direct(stage, ev.Stage("s", lights=("sunset",)))
    warm = drawn(p)
    red, blue = (warm - plain)[..., 0], (warm - plain)[..., 2]
    assert (red > blue + 10).mean() > 0.6, "over the whole map, towards orange: more red than blue"
    direct(stage, ev.Stage("s", time="evening"))
    assert "sunset" in stage.lighting.lights, "it stays on, as lights do"
    evening = drawn(p)
    direct(stage, ev.Stage("s", lights=()))
    assert (drawn(p) == evening).all(), "at evening the sun is down: nothing of it drawn"
    direct(stage, ev.Stage("s", time="dusk"))
    assert (drawn(p) == plain).all(), "turned off: the view as drawn"


def test_it_shines_only_when_said_and_at_dusk() -> None:
    assert sunset.shines("dusk", ("sunset",))
    assert not sunset.shines("day", ("sunset",)) and not sunset.shines("night", ("sunset",))
    assert not sunset.shines("dusk", ("sun",))


def test_it_is_warmest_at_the_top_of_the_view() -> None:
    surf = pygame.Surface((64, 240))
    surf.fill((20, 20, 40))
    sunset.draw(surf, surf.get_rect(), "dusk", ("sunset",))
    top, foot = surf.get_at((32, 2)), surf.get_at((32, 237))
    assert top.r > foot.r + 40 and top.r - top.b > foot.r - foot.b + 30, (top, foot)
    assert sunset.lift(0, 10) > sunset.lift(9, 10)

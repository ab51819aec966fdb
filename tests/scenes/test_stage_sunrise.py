"""`effect: sunrise`: a new morning shown without a word, the sun coming up behind the city's roofs
over the whole view, then fading on the scene. The window really draws it: its pixels are compared
with the same frame without it."""

from __future__ import annotations

import pygame
from test_stage_play import on_the_map

from game.scenes import sunrise
from game.scenes.staging import busy, direct
from game.story import events as ev


def sky(p) -> bytes:
    """The window's pixels over the stage's view."""
    return pygame.image.tobytes(p.app.canvas.surface.subsurface(p.play.stage.view), "RGB")


def test_the_sun_comes_up_over_the_scene_and_the_card_goes(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    p.run(10)
    plain = sky(p)
    direct(stage, ev.Stage("s", effect="sunrise"))
    p.run(10)
    early = sky(p)
    assert early != plain, "the card is drawn over the scene"
    assert busy(stage), "a wait holds the story for it"
    p.run(60)
    later = sky(p)
    assert later not in (early, plain), "the sky brightens and the sun climbs"
    p.run(200)
    assert not busy(stage) and sky(p) == plain, "then the card is gone, the scene as it was"


def test_the_sun_climbs_out_of_the_roofs() -> None:
    view = pygame.Rect(0, 0, 640, 360)
    horizon = view.top + round(view.height * sunrise.HORIZON)
    heights = [sunrise.sun_centre(view, i / 10)[1] for i in range(11)]
    assert heights[0] - sunrise.SUN > horizon - 48, "under the roofs at first"
    assert heights[-1] + sunrise.SUN < horizon - 48, "clear of the tallest roof once risen"
    assert all(b <= a for a, b in zip(heights, heights[1:], strict=False)), "only ever up"

"""The effect `lanterns`: 7723's memories going up out of him like paper lanterns, one by one, and
going out. The window draws them over him (the picture above him differs from the one without
them), each rising in turn, and when the effect is over none is left; the gaps do not rise."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pygame
from test_props_drawn import pixels
from test_stage_play import on_the_map

from game.scenes import lanterns
from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast
from game.story.state import CoreState


def over_him(p, w) -> np.ndarray:
    """The window's pixels in a box above and round where `w` stands."""
    p.run(1)
    box = pygame.Rect(0, 0, 140, 120)
    box.midbottom = w.rect.midbottom
    return pixels(p, box).astype(int)


def test_they_go_up_over_7723_and_go_out(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day", cast=(Cast("7723", "bench", face="down"),)))
    bot = stage.direction.find("7723")
    runtime = stage.ctx.session.runtime
    runtime.state.core = CoreState(held=list(runtime.story.memories)[:4], gaps=["x"])
    p.run(30)
    without = over_him(p, bot)
    direct(stage, ev.Stage("s", effect="lanterns"))
    assert busy(stage), "an effect: a wait can hold the story for it"
    p.run(60)
    rising = over_him(p, bot)
    assert (np.abs(rising - without).sum(axis=2) > 40).sum() > 100, "lanterns over him"
    p.run(500)
    assert not busy(stage)
    gone = over_him(p, bot)
    assert (np.abs(gone - without).sum(axis=2) > 40).sum() < 50, "and every one has gone out"


def test_one_by_one() -> None:
    starts = [next(k / 100 for k in range(101) if lanterns.lit(i, 5, k / 100)[1] > 0) for i in range(5)]
    assert starts == sorted(starts) and len(set(starts)) == 5, "each lifts off after the one before"
    assert all(lanterns.lit(i, 5, 1.0)[1] == 0 for i in range(5)), "and by the end every one is out"
    up = [lanterns.lit(0, 5, k / 10)[0] for k in range(4)]
    assert up == sorted(up) and up[-1] > up[0], "going up"


def test_the_gaps_do_not_rise() -> None:
    pygame.init()
    assets = SimpleNamespace(image_or=lambda name, make: make())

    def frame(memories: list[tuple[str, str]]) -> np.ndarray:
        surf = pygame.Surface((160, 160))
        lanterns.draw(surf, assets, memories, (80, 140), 0.2, True)
        return pygame.surfarray.array3d(surf)

    assert frame([("a", "joy")]).any(), "a memory rises"
    assert not frame([]).any(), "nothing rises from an empty core"


def test_a_rising_lantern_trails_light_back_to_his_chest() -> None:
    """While one is still going up, a thread of its glow runs back down to where it left him, so it
    reads as coming out of him; once it hangs there, the thread is gone."""
    pygame.init()
    assets = SimpleNamespace(image_or=lambda name, make: make())
    rising = pygame.Surface((160, 160))
    lanterns.draw(rising, assets, [("a", "joy")], (80, 150), 0.08, True)
    below = pygame.surfarray.array3d(rising)[78:83, 128:140]
    assert below.max() > 40, "lit between his chest and the lantern"
    hanging = pygame.Surface((160, 160))
    lanterns.draw(hanging, assets, [("a", "joy")], (80, 150), 0.3, True)
    assert pygame.surfarray.array3d(hanging)[78:83, 140:146].max() < 20, "no thread once it hangs"

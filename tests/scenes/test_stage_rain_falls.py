"""Rain over the stage, played on real frames: streaks fall over the view only while a direction has
`rain` on, they move smoothly (each streak a few pixels a frame, no frame brighter than the last by
more than a trickle), and under reduce motion there are fewer of them, falling slower."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import in_the_backyard

from game.scenes import weather
from game.scenes.staging import direct
from game.story import events as ev


def frame(p) -> np.ndarray:
    return pygame.surfarray.array3d(p.app.canvas.surface.subsurface(p.play.stage.view)).astype(int)


def test_rain_falls_only_while_a_direction_has_it_on(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="evening", lights=("lamps",), camera="hold"))
    p.run(2)
    stage.t = 1.0
    p.app.draw()
    dry = frame(p)
    direct(stage, ev.Stage("s", lights=("lamps", "rain")))
    stage.t = 1.0
    p.app.draw()
    wet = frame(p)
    lit = (np.abs(wet - dry).sum(axis=2) > 30).mean()
    assert 0.002 < lit < 0.05, ("thin streaks, not a wash", lit)
    assert (wet >= dry).all(), "the rain only adds a little pale light"
    direct(stage, ev.Stage("s", lights=("lamps",)))
    stage.t = 1.0
    p.app.draw()
    assert (frame(p) == dry).all(), "rain off: the view as it was"


def test_rain_keeps_on_through_a_rewind_and_into_the_next_frame(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="night", lights=("moon", "rain")))
    assert "rain" in stage.lighting.lights
    direct(stage, ev.Stage("s", time="day"))
    assert "rain" in stage.lighting.lights, "what a direction leaves out stays as it was"


def test_streaks_fall_smoothly_and_reduce_motion_makes_fewer_and_slower() -> None:
    view = pygame.Rect(0, 0, 640, 360)
    dt = 1 / 60
    now, then = weather.streaks(view, 2.0, False), weather.streaks(view, 2.0 + dt, False)
    steps = [b[0][1] - a[0][1] for a, b in zip(now, then, strict=True) if b[0][1] > a[0][1]]
    assert steps and max(steps) <= weather.SPEED[1] * dt + 1, "a streak moves a few pixels a frame, never jumps"
    assert all(view.inflate(160, 40).collidepoint(top) for top, _ in now), "every streak is over the view or just off it"
    calm, calm_then = weather.streaks(view, 2.0, True), weather.streaks(view, 2.0 + dt, True)
    assert len(calm) * 2 < len(now), "reduce motion: fewer streaks"
    calm_steps = [b[0][1] - a[0][1] for a, b in zip(calm, calm_then, strict=True) if b[0][1] > a[0][1]]
    assert max(calm_steps) < max(steps), "and slower"
    surf = pygame.Surface(view.size)
    brightness = []
    for i in range(30):
        surf.fill((10, 10, 20))
        weather.draw(surf, view, ("rain",), i * dt, False)
        brightness.append(pygame.surfarray.array3d(surf).mean())
    assert max(brightness) - min(brightness) < 0.5, "the view's light stays level: nothing flashes"

"""Flashes and motion, measured on the window's frames: never more than three flashes a second, and
with reduce motion no shake, no flash to white and pans no faster than a walk."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.engine.motion import MAX_FLASH_HZ
from game.scenes.boot import SEQUENCE
from game.scenes.cards import CARD
from game.scenes.ending import PLAY_TIME, RebootScene
from game.scenes.gameover import GameOverScene
from game.story import events as ev

FPS = 60
SWING = 20  # a change in brightness this big (8% of full white), and back, is a flash: stricter than WCAG


def brightness(p, area: pygame.Rect | None = None) -> float:
    """How bright the brightest tenth of the area is: a flicker of one bright thing on a dark
    screen shows here, where an average over the whole would hide it."""
    surf = p.ctx.window.surface
    if area is not None:
        surf = surf.subsurface(area)
    rgb = pygame.surfarray.array3d(surf)[::2, ::2].astype(float)
    lum = 0.2126 * rgb[..., 0] + 0.7152 * rgb[..., 1] + 0.0722 * rgb[..., 2]
    return float(np.percentile(lum, 90))


def sample(p, frames: int, area: pygame.Rect | None = None) -> list[float]:
    out = []
    for _ in range(frames):
        p.run(1)
        out.append(brightness(p, area))
    return out


def flashes_per_second(levels: list[float]) -> float:
    """The most flashes in any one second: turns of brightness by at least SWING, two to a flash."""
    turns: list[int] = []  # frames where the brightness turned back by a swing
    low = high = levels[0]
    rising: bool | None = None
    for i, v in enumerate(levels):
        low, high = min(low, v), max(high, v)
        if rising is not False and high - v >= SWING:  # came down from a peak
            turns.append(i)
            rising, low, high = False, v, v
        elif rising is not True and v - low >= SWING:  # went up from a trough
            turns.append(i)
            rising, low, high = True, v, v
    most = max((sum(1 for t in turns if s <= t < s + FPS) for s in range(len(levels))), default=0)
    return most / 2


def memory(n: int) -> ev.MemoryCard:
    return ev.MemoryCard(f"m{n}", f"M{n}", f"Memory {n}", "Mai laughs in the garden.", 1, "happy", "garden")


def farewell(p, reduce: bool) -> RebootScene:
    p.on("TitleScene")
    p.ctx.settings.reduce_motion = reduce
    scene = RebootScene(p.ctx, ev.Reboot("reboot", "The reboot", (memory(1), memory(2))))
    p.ctx.scenes.push(scene)
    scene.phase = "farewell"
    return scene


CARD_AREA = pygame.Rect((320 - CARD[0] // 2) * 2, 70 * 2, CARD[0] * 2, CARD[1] * 2)


@pytest.mark.parametrize("reduce", [False, True])
def test_the_farewell_card_never_flickers_three_times_a_second(launch, reduce):
    p = launch()
    farewell(p, reduce)
    levels = sample(p, int(PLAY_TIME * 2 * FPS), CARD_AREA)
    assert flashes_per_second(levels) <= MAX_FLASH_HZ
    if reduce:
        assert flashes_per_second(levels) <= 1, "with reduce motion the card only fades in and out"


def test_the_flash_counter_sees_a_six_hertz_flicker():
    """The measure itself: the farewell's old 6 Hz flicker counts as more than three a second."""
    import math

    levels = [100 + (60 if math.sin(i / FPS * 40) > -0.2 else 0) for i in range(120)]
    assert flashes_per_second(levels) > MAX_FLASH_HZ


@pytest.mark.parametrize("reduce", [False, True])
def test_the_reboot_flash_is_one_slow_rise(launch, reduce):
    p = launch()
    scene = farewell(p, reduce)
    scene.phase = "flash"
    scene.play_t = 0.0
    levels = sample(p, int(SEQUENCE * FPS) - 2)  # the whole sequence: his light out, the dark, the first light
    assert flashes_per_second(levels) <= 1
    if reduce:
        assert max(levels) < 110, "reduce motion fades to dusk instead of flashing white"
    else:
        assert max(levels) < 200, "a sequence in the dark, never a flash to white"


@pytest.mark.parametrize("reduce", [False, True])
def test_game_over_whites_out_once_and_shakes_only_without_reduce_motion(launch, reduce):
    p = launch()
    p.on("TitleScene")
    p.ctx.settings.reduce_motion = reduce
    scene = GameOverScene(p.ctx, ev.GameOver("Core overflow", "Every memory goes white."))
    p.ctx.scenes.push(scene)
    levels = sample(p, 90)
    assert flashes_per_second(levels) <= 1
    assert (max(levels) < 100) if reduce else (max(levels) > 200)
    title = pygame.Rect(0, 110 * 2, 1280, 40 * 2)
    shots = []
    for _ in range(20):  # the title's half second of shaking
        p.run(1)
        shots.append(pygame.image.tobytes(p.ctx.window.surface.subsurface(title), "RGB"))
    moved = len(set(shots)) > 1
    assert moved != reduce


def test_reduce_motion_pans_no_faster_than_a_walk():
    from game.scenes.backdrop import Backdrop
    from game.scenes.stage import SPEED

    class Spot:
        rect = pygame.Rect(2000, 0, 16, 16)
        props = {"node": "far"}

    b = Backdrop([Spot()], "far")
    b.focus = Spot()
    fast, slow = pygame.Vector2(0, 0), pygame.Vector2(0, 0)
    b.drift(fast, 1 / FPS)
    b.drift(slow, 1 / FPS, SPEED / FPS)
    assert fast.length() > SPEED / FPS
    assert slow.length() == pytest.approx(SPEED / FPS)


def test_reduce_motion_keeps_the_overflow_cells_lit():
    """The review's overflow cells blink 1.5 times a second; with reduce motion they stay lit."""
    from types import SimpleNamespace

    from game.engine.assets import Assets
    from game.scenes.meter import CoreMeter
    from game.story.views import Fill

    pygame.init()
    meter = CoreMeter(Assets(), (0, 0))
    meter.set(Fill(0, 3, 2, 4))
    canvas = SimpleNamespace(surface=pygame.Surface((200, 40)))

    def frames(steady: bool) -> set[bytes]:
        meter.steady = steady
        seen = set()
        for k in range(12):
            meter.t = k / 12
            canvas.surface.fill((0, 0, 0))
            meter.draw(canvas)
            seen.add(pygame.image.tobytes(canvas.surface, "RGB"))
        return seen

    assert len(frames(False)) == 2, "blinking"
    assert len(frames(True)) == 1, "steady"

"""The Freeway and Payback painters draw every moment, and with reduce motion a moment looks the
same however long it is held: no shake, no blinking, no flicker."""

from __future__ import annotations

import os

import pygame
import pytest

from game.action.core import Intent, run
from game.action.freeway import Freeway
from game.action.payback import Payback
from game.scenes.pieces import freeway, payback
from game.scenes.pieces.hudkit import jolt


@pytest.fixture(autouse=True)
def display():
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    yield
    pygame.quit()


def busy_freeway() -> Freeway:
    sim = Freeway(2, "story", {})
    run(sim, [Intent(act=True)] * 600 + [Intent()] * 1800, 2400)  # fired back; hit by now
    return sim


def busy_payback() -> Payback:
    return run(Payback(2, "story", {"fought_back": True}), [], 3000)


@pytest.mark.parametrize(("make", "painter"), [(busy_freeway, freeway), (busy_payback, payback)])
def test_reduce_motion_keeps_a_moment_still(make, painter) -> None:
    sim = make()
    a, b = pygame.Surface((640, 360)), pygame.Surface((640, 360))
    painter.draw(sim, a, 10.0, True)
    painter.draw(sim, b, 10.27, True)
    assert pygame.image.tobytes(a, "RGB") == pygame.image.tobytes(b, "RGB")


def test_a_fresh_blow_shakes_only_without_reduce_motion() -> None:
    sim = busy_freeway()
    while not any(f.kind == "hit" and f.age < 0.05 for f in sim.fx):
        sim.step(Intent())
    assert jolt(sim.fx, 0.05, True) == (0, 0)
    assert jolt(sim.fx, 0.05, False) != (0, 0)

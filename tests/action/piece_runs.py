"""What the House and Stadium tests share: a competent player's run recorded as an input list, and
every moment of a piece drawn by its painter."""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import Any

from game.action.core import STEP, Intent

MINUTES = int(3 * 60 / STEP)


def recorded(cls: type, seed: int, difficulty: str, given: dict[str, bool]) -> tuple[Any, list[Intent]]:
    """A competent player's run, and the intents it played (a scripted input list)."""
    sim, intents = cls(seed, difficulty, given), []
    while sim.outcome is None and len(intents) < MINUTES:
        intents.append(sim.auto())
        sim.step(intents[-1])
    return sim, intents


def draw_every_moment(cls: type, painter: ModuleType, givens: Iterable[dict[str, bool]]) -> Any:
    """Plays each `given` with the piece's own player, drawing every twentieth step and the end;
    returns the canvas, for more drawing."""
    import pygame  # the drawing only; the pieces themselves never need pygame

    from game.engine.canvas import Canvas
    from game.engine.text import TextRenderer

    pygame.init()
    canvas = Canvas(TextRenderer())
    for given in givens:
        sim = cls(9, "normal", given)
        while sim.outcome is None:
            sim.step(sim.auto())
            if round(sim.elapsed / STEP) % 20 == 0:
                canvas.begin()
                painter.draw(sim, canvas.surface, sim.elapsed)
                painter.hud(sim, canvas, sim.elapsed)
        painter.draw(sim, canvas.surface, sim.elapsed)
        painter.hud(sim, canvas, sim.elapsed)
    return canvas

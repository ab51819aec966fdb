"""The shared shape of every action set-piece: what a player can do in one step (`Intent`), what a
piece is (`Sim`), and a headless driver (`run`).

A piece is pure Python and steps at a fixed rate, so the same seed and the same intents always
play out the same way: tests, the explorer and "let the story play it" all rely on that. The
window only turns keys, mouse and pad into intents and draws what the sim holds."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar, Protocol, runtime_checkable

STEP = 1 / 60
"""Seconds of play in one fixed step."""

WORLD_W, WORLD_H = 640, 360
"""Every piece plays in a 640×360 world; the window scales it."""


@dataclass(frozen=True)
class Intent:
    """What the player wants during one step.

    `move`: stick or keys, each axis in -1..1. `aim`: a point of the piece's world under the
    pointer, or None when no pointer is in use. `act`: the primary (fire / strike / carry).
    `alt`: the secondary (shield / spare). `pick`: a numbered choice 1–3 inside a piece."""

    move: tuple[float, float] = (0.0, 0.0)
    aim: tuple[float, float] | None = None
    act: bool = False
    alt: bool = False
    pick: int | None = None


IDLE = Intent()


@runtime_checkable
class Sim(Protocol):
    """One action set-piece, stepped at `STEP`.

    Built from a seed, a difficulty ("story" cannot be lost and wins with no input at all;
    "normal" can be lost) and `given`, what the story tells it. `outcome` is None while it
    plays, then "win" or "lose"; `marks` are the story's declared names it reports; `auto()` is
    the intent of a competent player, used when the story plays it.

    A piece that keeps its difficulty in a `difficulty` attribute has it changed mid-piece when
    the player changes the setting (the window sets the attribute if the piece has one)."""

    title: str
    hint: str
    outcome: str | None
    marks: frozenset[str]
    elapsed: float

    def __init__(self, seed: int, difficulty: str, given: Mapping[str, bool]) -> None: ...

    def step(self, intent: Intent) -> None: ...

    def auto(self) -> Intent: ...


class Piece:
    """What every piece keeps the same way: its dice, its difficulty, how it ended and for how long
    it has played. A piece that ends at a set time names it in `length`, and `progress` follows."""

    length = 0.0  # seconds to the piece's set end, or 0 when it has none
    GIVEN: ClassVar[frozenset[str]] = frozenset()  # the `given:` names it reads: others would do nothing
    MARKS: ClassVar[frozenset[str]] = frozenset()  # the marks it can report: a story's others never come

    def __init__(self, seed: int, difficulty: str) -> None:
        self.rng = random.Random(seed)
        self.difficulty = difficulty  # the window may change it mid-piece (the pause menu's settings)
        self.outcome: str | None = None
        self.elapsed = 0.0

    def begin_step(self) -> bool:
        """Counts one more step of play; False once the piece is over, when a step does nothing."""
        if self.outcome is not None:
            return False
        self.elapsed += STEP
        return True

    @property
    def story_mode(self) -> bool:
        """The story difficulty: hurt, never lost."""
        return self.difficulty != "normal"

    @property
    def progress(self) -> float:
        """How far to the set end, 0..1 (0 for a piece that has none)."""
        return min(1.0, self.elapsed / self.length) if self.length > 0 else 0.0


DIFFICULTIES = ("story", "normal")


def run(sim: Sim, intents: Iterable[Intent], max_steps: int) -> Sim:
    """Steps `sim` with `intents`, then idle, until it is over or `max_steps` have passed."""
    steps = 0
    for intent in intents:
        if sim.outcome is not None or steps >= max_steps:
            return sim
        sim.step(intent)
        steps += 1
    while sim.outcome is None and steps < max_steps:
        sim.step(IDLE)
        steps += 1
    return sim


def run_auto(sim: Sim, max_steps: int) -> Sim:
    """Steps `sim` with its own `auto()` player until it is over or `max_steps` have passed."""
    steps = 0
    while sim.outcome is None and steps < max_steps:
        sim.step(sim.auto())
        steps += 1
    return sim

"""The headless driver plays intents, then idles, and stops when the piece is over."""

from __future__ import annotations

from collections.abc import Mapping

from game.action.core import IDLE, Intent, Sim, run


class Counter:
    title = "count"
    hint = "press"

    def __init__(self, seed: int, difficulty: str, given: Mapping[str, bool]) -> None:
        self.outcome: str | None = None
        self.marks: frozenset[str] = frozenset()
        self.elapsed = 0.0
        self.acts = 0
        self.steps = 0

    def step(self, intent: Intent) -> None:
        self.steps += 1
        self.acts += intent.act
        if self.acts >= 3:
            self.outcome = "win"

    def auto(self) -> Intent:
        return Intent(act=True)


def test_run_plays_the_intents_then_idles_until_over_or_out_of_steps() -> None:
    sim = run(Counter(1, "story", {}), [Intent(act=True)] * 2, max_steps=10)
    assert isinstance(sim, Sim)
    assert (sim.acts, sim.steps, sim.outcome) == (2, 10, None)
    sim = run(Counter(1, "story", {}), [IDLE, Intent(act=True)] + [Intent(act=True)] * 9, max_steps=100)
    assert (sim.steps, sim.outcome) == (4, "win")

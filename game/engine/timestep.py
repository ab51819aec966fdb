"""A fixed 60 Hz update step with rendering as often as the display allows.

Logic that always advances by the same step is deterministic (a seed and a list of inputs replay a
session exactly) and does not depend on how fast the machine draws. The accumulator pattern from
Game Programming Patterns, "Game Loop".
"""

from __future__ import annotations

from dataclasses import dataclass

STEP = 1 / 60


@dataclass
class FixedStep:
    """Turns real elapsed time into a whole number of fixed updates."""

    step: float = STEP
    max_steps: int = 5  # after a long stall, catch up at most this much rather than spiral
    accumulator: float = 0.0

    def advance(self, elapsed: float) -> int:
        """Add real time; return how many fixed updates to run now."""
        self.accumulator += max(0.0, elapsed)
        steps = int(self.accumulator / self.step + 1e-6)  # 1e-6: float sums of 1/60 fall just short
        if steps > self.max_steps:
            steps = self.max_steps
            self.accumulator = 0.0
        else:
            self.accumulator -= steps * self.step
        return steps

    @property
    def alpha(self) -> float:
        """How far between two updates the next drawing falls (0..1), for interpolation."""
        return self.accumulator / self.step

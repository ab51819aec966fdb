"""Small shared pieces of the set-pieces' worlds: effects to draw, and a little vector arithmetic.

Effects (`Fx`) live in the simulation, not the drawing, so a hit shows the same spark on every run
of the same seed and inputs; the window only animates them by their age."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class Fx:
    """A short-lived effect at a place: "spark", "smoke", "hit", "block", "boom", "dust", "word"."""

    kind: str
    x: float
    y: float
    life: float
    age: float = 0.0
    text: str = ""

    @property
    def k(self) -> float:
        """How far through its life, 0..1."""
        return min(1.0, self.age / self.life) if self.life > 0 else 1.0


def age_fx(fx: list[Fx], dt: float) -> list[Fx]:
    """The effects still alive after `dt` more seconds."""
    for f in fx:
        f.age += dt
    return [f for f in fx if f.age < f.life]


def clamp(v: float, lo: float, hi: float) -> float:
    return lo if v < lo else hi if v > hi else v


def dist(ax: float, ay: float, bx: float, by: float) -> float:
    return math.hypot(bx - ax, by - ay)


def toward(ax: float, ay: float, bx: float, by: float, speed: float) -> tuple[float, float]:
    """A velocity of `speed` from a to b (still when they meet)."""
    d = dist(ax, ay, bx, by)
    return (0.0, 0.0) if d < 1e-6 else ((bx - ax) / d * speed, (by - ay) / d * speed)


def approach(v: float, target: float, most: float) -> float:
    """`v` moved toward `target` by at most `most`."""
    return target if abs(target - v) <= most else v + math.copysign(most, target - v)


def stick(move: tuple[float, float]) -> tuple[float, float]:
    """A move intent kept inside the unit circle, so diagonals are no faster."""
    x, y = clamp(move[0], -1.0, 1.0), clamp(move[1], -1.0, 1.0)
    n = math.hypot(x, y)
    return (x / n, y / n) if n > 1 else (x, y)

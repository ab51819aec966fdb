"""Action set-pieces as real-time simulations: pure Python, fixed-step, deterministic.

`PIECES` maps a story piece name (an `action:` step's `piece:`) to its `Sim` class. Each piece
module registers itself on import; `load()` imports them all so the registry is full."""

from __future__ import annotations

import importlib

from game.action.core import STEP, Intent, Sim, run

PIECES: dict[str, type] = {}
"""Story piece name → Sim class."""

_MODULES = ("freeway", "payback", "house", "stadium")


def register(name: str, cls: type) -> type:
    """Adds a piece to `PIECES`; returns the class so it can be used as a decorator's result."""
    PIECES[name] = cls
    return cls


def load() -> dict[str, type]:
    """Imports every piece module that exists so each registers itself; returns `PIECES`."""
    for module in _MODULES:
        try:
            importlib.import_module(f"game.action.{module}")
        except ModuleNotFoundError as error:
            if error.name != f"game.action.{module}":
                raise
    return PIECES


def words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each piece's `given:` names and marks, for `validate` to check a story's action steps by:
    a misspelt name would otherwise be told to, or awaited from, a piece that never hears it."""
    return {name: (cls.GIVEN, cls.MARKS) for name, cls in load().items()}


load()

__all__ = ["PIECES", "STEP", "Intent", "Sim", "load", "register", "run", "words"]

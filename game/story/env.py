"""What conditions read while the story plays: a view over the game state.

Kept apart from `GameState` so the state stays plain data (saved, compared, copied), and apart from
the runtime so effects and conditions read the same thing the same way.
"""

from __future__ import annotations

from . import memory_core as mc
from .state import GameState
from .story import Story


class Env:
    """What conditions read; a view over the state (kept apart so state stays plain data)."""

    __slots__ = ("s", "story")

    def __init__(self, s: GameState, story: Story):
        self.s, self.story = s, story

    def flag(self, name: str) -> bool:
        return name in self.s.flags

    def counter(self, name: str) -> int:
        return self.s.counters.get(name, 0)

    def remembers(self, memory: str) -> bool:
        return memory in self.s.core.held

    def deleted(self, memory: str) -> bool:
        return memory in self.s.core.gaps

    def visited(self, node: str) -> bool:
        return node in self.s.visited

    def builtin(self, name: str) -> int | bool:
        core = self.s.core
        if name == "bond":
            return mc.bond(core.held, self.story.memories)
        if name == "held":
            return len(core.held)
        if name == "free":
            return self.story.capacity - mc.used(core, self.story.weapons_slots)
        return core.weapons  # "weapons"


COUNTER_LIMIT = 1_000_000_000  # a counter with no min or max still stays within ± this: a loop that
# multiplies it can never grow it without bound


def apply(ops, env: Env, counter_range: dict[str, tuple[int | None, int | None]]) -> None:
    """Carry out a step's effects on the state: flags, counters (kept inside their range) and
    memories arriving or leaving."""
    s = env.s
    for op in ops:
        kind = op[0]
        if kind == "set":
            s.flags.add(op[1])
        elif kind == "unset":
            s.flags.discard(op[1])
        elif kind in ("add", "assign"):
            name = op[1]
            value = s.counters.get(name, 0) + op[2] if kind == "add" else int(op[2](env))
            lo, hi = counter_range.get(name, (None, None))
            lo = -COUNTER_LIMIT if lo is None else lo
            hi = COUNTER_LIMIT if hi is None else hi
            s.counters[name] = min(hi, max(lo, value))
        elif kind == "remember":
            mc.remember(s.core, op[1])
        elif kind == "forget":
            mc.forget(s.core, op[1])

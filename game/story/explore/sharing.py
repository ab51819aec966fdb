"""One copy of each flag set, counter table and list of visits that the kept states hold.

A state a stretch ran to (not one replayed from a trace, which shares its template's) has its
own copies of its flags, counters, visits and lists, and the search keeps tens of thousands of
such states waiting at once, most of them equal in all of these. Kept states are never changed
in place (an answer is tried on a copy: `stretches.sharing_core`), so equal parts can be one
object: the waiting states then take a fraction of the memory.
"""

from __future__ import annotations

from typing import Any

from ..state import GameState

SHARED_SIZE = 20_000  # parts kept to share: a cache, cleared when full


class Sharing:
    """The parts kept states share, by value."""

    __slots__ = ("_parts",)

    def __init__(self) -> None:
        self._parts: dict[tuple, Any] = {}

    def share(self, s: GameState) -> GameState:
        """`s`, its parts swapped for equal ones already kept (it is not changed after this)."""
        s.flags = self._one(("f", frozenset(s.flags)), s.flags)
        s.counters = self._one(("c", *s.counters.items()), s.counters)  # in order: messages name the first
        s.visited = self._one(("v", frozenset(s.visited)), s.visited)
        s.stack = self._one(("s", *s.stack), s.stack)
        s.farewell = self._one(("w", *s.farewell), s.farewell)
        s.mourning = self._one(("m", *s.mourning), s.mourning)
        return s

    def _one(self, key: tuple, part: Any) -> Any:
        got = self._parts.get(key)
        if got is None:
            if len(self._parts) > SHARED_SIZE:
                self._parts.clear()
            got = self._parts[key] = part
        return got

"""Guards and choices that decide nothing once the liveness analysis knows what is read after them.

`guards.quiet` finds the guards over lines and `do:` steps that only set, unset or add to flags
and counters, and `guards.quiet_choice` the choices whose options are such stretches and come back
together. Where none of the names they write is live at the step where their ways meet again,
which way is taken changes nothing the rest of the story can see (`liveness.py` says why): a
guard's condition is then no read (`hushed`), a run that looks only for decisions can pass the
guard without asking it (`idle`), and any option of the choice will do (`quiet_choices`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..story import JumpIfNotI, Story
from .guards import quiet, quiet_choice

Place = tuple[str, str, int]  # beat, node, pc
Bit = Callable[[object], int]  # a name's bit in the live sets


def _dead_where_they_meet(got: tuple[int, frozenset] | None, beat: str, node: str, live: dict[Place, int],
                          bit: Bit) -> bool:
    """Whether the names a quiet stretch writes are dead where its ways meet again."""
    meet = None if got is None else live.get((beat, node, got[0]))
    return meet is not None and not meet & sum(bit(w) for w in got[1])  # type: ignore[index]


def hushed(story: Story, read: Iterable[Place], live: dict[Place, int], bit: Bit) -> list[Place]:
    """Of the places `read` (those whose step still reads something), the quiet guards whose
    names are dead where their ways meet again."""
    found = []
    for p in read:
        beat, node, pc = p
        code = story.beats[beat].nodes[node].code
        if isinstance(code[pc], JumpIfNotI) and _dead_where_they_meet(quiet(code, pc), beat, node, live, bit):
            found.append(p)
    return found


def idle(story: Story, places: Iterable[Place], quieted: set[Place]) -> dict[Place, int]:
    """The guards that decide nothing (over lines only, or quiet and found so: `quieted`), each
    with the step where its ways meet again: a run that only looks for decisions can go there."""
    found = {}
    for p in places:
        beat, node, pc = p
        code = story.beats[beat].nodes[node].code
        got = quiet(code, pc) if isinstance(code[pc], JumpIfNotI) else None
        if got is not None and (not got[1] or p in quieted):
            found[p] = got[0]
    return found


def quiet_choices(story: Story, places: Iterable[Place], live: dict[Place, int], bit: Bit) -> list[Place]:
    """The choices whose options differ only in words and in names nothing reads where they meet
    again: any option will do, as for a choice over lines alone."""
    return [(beat, node, pc) for beat, node, pc in places
            if _dead_where_they_meet(quiet_choice(story.beats[beat].nodes[node].code, pc), beat, node, live, bit)]

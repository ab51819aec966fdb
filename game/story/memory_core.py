"""7723's damaged memory core: its rules (slots, reviews, deletions, the reboot) as pure functions over `CoreState`.

- `capacity` slots; the weapons module takes `weapons_slots` of them while installed.
- Memories arrive as *pending* and join the core at the night's review.
- If the day's memories do not fit, the review must free slots; deleting is permanent and leaves a gap.
- Over capacity means a total reset: the review refuses such an answer (the front end shows Game Over).
- Deleting the weapons frees their slots; reinstalling them takes the slots back, at a price.
- The reboot wipes every kept memory, after they play in the order the player chose.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .state import CoreState
from .story import MemoryInfo


class CoreError(ValueError):
    """An answer the core cannot take; the message is fit to show the player."""


def weapons_after(core: CoreState, change: str | None) -> bool:
    if change == "delete":
        return False
    if change == "reinstall":
        return True
    return core.weapons


def used(core: CoreState, weapons_slots: int, weapons: bool | None = None) -> int:
    w = core.weapons if weapons is None else weapons
    return len(core.held) + len(core.pending) + (weapons_slots if w else 0)


def must_free(core: CoreState, capacity: int, weapons_slots: int, change: str | None = None) -> int:
    """How many memories the review has to delete before the core fits."""
    return max(0, used(core, weapons_slots, weapons_after(core, change)) - capacity)


def bond(held: Iterable[str], memories: Mapping[str, MemoryInfo]) -> int:
    return sum(memories[m].weight for m in held)


def remember(core: CoreState, memory: str) -> None:
    """A memory arrives. One already held, waiting or deleted does not arrive twice."""
    if memory not in core.held and memory not in core.pending and memory not in core.gaps:
        core.pending.append(memory)


def forget(core: CoreState, memory: str) -> None:
    for bucket in (core.held, core.pending):
        if memory in bucket:
            bucket.remove(memory)
            core.gaps.append(memory)


def review(core: CoreState, delete: Iterable[str], capacity: int, weapons_slots: int, change: str | None = None) -> CoreState:
    """The core after a review that deletes `delete`; raises CoreError if that cannot be."""
    delete = list(delete)
    if len(set(delete)) != len(delete):
        raise CoreError("each memory can be deleted only once")
    present = set(core.held) | set(core.pending)
    strangers = [d for d in delete if d not in present]
    if strangers:
        raise CoreError(f"not in the core: {', '.join(strangers)}")
    gone = set(delete)
    after = CoreState(
        held=[m for m in core.held if m not in gone] + [m for m in core.pending if m not in gone],
        pending=[],
        gaps=core.gaps + delete,
        weapons=weapons_after(core, change),
    )
    over = used(after, weapons_slots) - capacity
    if over > 0:
        raise CoreError(f"the core is still {over} slot{'s' if over > 1 else ''} over: delete {over} more")
    return after


def reboot(core: CoreState, order: Iterable[str]) -> tuple[CoreState, list[str]]:
    """Wipe the core after the farewell; `order` must name every kept memory once."""
    order = list(order)
    if sorted(order) != sorted(core.held):
        raise CoreError("the farewell plays every kept memory exactly once")
    return CoreState(held=[], pending=[], gaps=list(core.gaps), weapons=core.weapons), order

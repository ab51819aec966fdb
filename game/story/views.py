"""The arithmetic both front ends show, written once: how full the core is, and what a deletion
does to it and to the bond. Pure values from events and state, so the window and the terminal can
never disagree (they used to, with two formulas for the bond preview)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import events as ev
from .state import CoreState


@dataclass(frozen=True, slots=True)
class Fill:
    """What the core holds: weapon cells first, then kept memories, then tonight's new ones."""

    weapons: int
    held: int
    new: int
    capacity: int

    @property
    def used(self) -> int:
        return self.weapons + self.held + self.new

    @property
    def over(self) -> int:
        """Cells beyond the end of the core (what a review must free)."""
        return max(0, self.used - self.capacity)

    def cells(self) -> list[str]:
        """One word per cell, in order: weapon, full, new, empty; then `over` for each beyond the end."""
        used = ["weapon"] * self.weapons + ["full"] * self.held + ["new"] * self.new
        cells = used[: self.capacity]
        cells += ["empty"] * (self.capacity - len(cells))
        return cells + ["over"] * max(0, len(used) - self.capacity)


def core_fill(core: CoreState, capacity: int, weapons_slots: int) -> Fill:
    """The core as it stands between reviews (pending memories wait for tonight)."""
    return Fill(weapons_slots if core.weapons else 0, len(core.held), len(core.pending), capacity)


@dataclass(frozen=True, slots=True)
class ReviewView:
    """A memory review with some cards marked for deletion: everything the review screen says."""

    review: ev.Review
    marked: tuple[str, ...] = ()

    @property
    def cards(self) -> tuple[ev.MemoryCard, ...]:
        """Held memories first, then tonight's new ones: the order both front ends number them in."""
        return self.review.held + self.review.pending

    def mark(self, ids: Iterable[str]) -> ReviewView:
        return ReviewView(self.review, tuple(dict.fromkeys(ids)))

    @property
    def bond_if_kept(self) -> int:
        """The bond if he keeps every memory shown (tonight's count once they are kept)."""
        return sum(c.weight for c in self.cards)

    @property
    def bond_after(self) -> int:
        """The bond once the marked memories are gone."""
        gone = set(self.marked)
        return sum(c.weight for c in self.cards if c.id not in gone)

    @property
    def over(self) -> int:
        """How many more must be marked before the night can end."""
        return max(0, self.review.must_free - len(self.marked))

    def fill(self) -> Fill:
        gone = set(self.marked)
        r = self.review
        return Fill(r.weapons_slots, sum(1 for c in r.held if c.id not in gone),
                    sum(1 for c in r.pending if c.id not in gone), r.capacity)

    def weapons_message(self) -> str | None:
        """What happens to the weapons module tonight, in a sentence (None if nothing)."""
        slots = self.review.module_slots
        if self.review.weapons_change == "delete":
            return f"The weapons module goes dark. Its {slots} slots open up."
        if self.review.weapons_change == "reinstall":
            return f"The weapons module comes back online, taking {slots} slots."
        return None


@dataclass(frozen=True, slots=True)
class CoreView:
    """7723's core between reviews, as both front ends list it: what it holds, what waits for
    tonight, how many grey gaps, the bond."""

    fill: Fill
    held: tuple[ev.MemoryCard, ...]
    pending: tuple[ev.MemoryCard, ...]
    gaps: int
    bond: int


def dots(weight: int) -> str:
    """A memory's weight as five dots, filled up to it; the rest are open rings, so that three and
    four are told apart at a glance (the same in every list of memories)."""
    return "●" * weight + "○" * max(0, 5 - weight)


def letting_go(cards: Iterable[ev.MemoryCard], weight: Callable[[int], str] = dots) -> str:
    """What the memories marked for deletion hold, for the question that confirms it: each one's
    picture, its mood and its weight (as dots, or in words where a font has no dots). The bond's
    number is for those who ask for it."""
    parts = [f"“{c.title}” {weight(c.weight)}: {c.picture.rstrip('. ')}; {c.mood.replace('_', ' ')}."
             for c in cards]
    return " ".join(parts)


def bond_words(bond: int, after: int | None = None) -> str:
    """The bond as a number, for those who look (a details key, the terminal's `bond`)."""
    told = f"Bond {bond}: the weights of what he keeps, added up."
    return told if after is None or after == bond else f"{told} {after} if he lets the marked ones go."


def shown(e: ev.Event) -> str:
    """What the game is showing, in words: for reports of where a script or a replay diverged."""
    if isinstance(e, ev.Choice):
        opts = "; ".join(f"“{o.text}”" for o in e.options)
        return f"a {'place to explore' if e.kind == 'explore' else 'choice'} ({e.id}) offering {opts}"
    if isinstance(e, ev.Review):
        mems = ", ".join(c.id for c in e.held + e.pending)
        return f"the memory review “{e.title}” (holding {mems}; must delete {e.must_free})"
    if isinstance(e, ev.Action):
        return f"the action set-piece “{e.title}”"
    if isinstance(e, ev.Reboot):
        return "the reboot (kept: " + ", ".join(c.id for c in e.memories) + ")"
    if isinstance(e, ev.Ending):
        return f"the ending “{e.title}”"
    if isinstance(e, ev.Line):
        return f"the line “{e.text[:60]}”"
    if isinstance(e, ev.Stage):
        return f"the stage direction {e.id}"
    return type(e).__name__

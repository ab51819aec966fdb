"""Memory cards in the terminal's review: each card's picture told once a session, then by name.

A review night lists every memory 7723 holds; told in full every night, the same pictures scroll
past again and again and the new ones drown among them. So a card's picture is printed the first
time the card is listed, and afterwards only its title and weight, until the player asks again
with `look` (every card) or `look N` (those numbers). The core's meter lives here too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..story import events as ev
from ..story.story import Story
from ..story.views import CoreView, Fill, dots
from .screen import as_number, clean

CELL = {"weapon": "▣", "full": "■", "new": "◆", "empty": "□"}
LOOK = "look"
LOOK_HINT = "  (look N: what memory N holds; look: all of them)"
LOOK_HINTS = 2  # nights the hint is shown: by then the command is known
# What a night with room for everything says, the first time and after: the same words every night read
# as the machine talking, not the story.
KEEP_ALL = ("Nothing has to go tonight.", "There is room tonight. Nothing has to go.",
            "Every one of them fits, for now.")
BOND_MEANS = "It is how much of Mai he holds on to, and it sets the tone of how the story can end: the higher, the warmer."


def meter(fill: Fill) -> str:
    """The core as a row of cells: ▣ weapons, ■ kept, ◆ new tonight, □ free; then what is over."""
    bar = "".join(CELL[c] for c in fill.cells() if c != "over")
    text = f"[{bar}]" + (f" +{fill.over} over" if fill.over else "")
    return f"{text}  {fill.used}/{fill.capacity} slots"


def in_full(n: int, card: ev.MemoryCard, tag: str = "") -> list[tuple[str, str]]:
    """Card number `n` told whole, as (text, indent) rows: title, weight, mood, then its picture."""
    head = f"  {n}) {clean(card.title)} [{dots(card.weight)}] {card.mood.replace('_', ' ')}{tag}"
    return [(head, ""), (clean(card.picture), "       ")]


@dataclass
class CardNotes:
    """Which memories' pictures the player has been shown this session, and how many nights had room
    for everything."""

    told: set[str] = field(default_factory=set)
    roomy_nights: int = 0
    look_hints: int = 0

    def rows(self, n: int, card: ev.MemoryCard, tag: str = "") -> list[tuple[str, str]]:
        """What the review prints for card number `n`: (text, indent) rows; its picture only the
        first time the card is listed."""
        if card.id in self.told:
            return [(f"  {n}) {clean(card.title)} [{dots(card.weight)}]{tag}", "")]
        self.told.add(card.id)
        return in_full(n, card, tag)

    def hint_look(self) -> bool:
        """Whether to say how to read a named card again: the first nights only, not every night."""
        self.look_hints += 1
        return self.look_hints <= LOOK_HINTS

    def kept_all(self) -> str:
        """What a night with room for everything says: in other words after the first."""
        self.roomy_nights += 1
        return KEEP_ALL[min(self.roomy_nights, len(KEEP_ALL)) - 1]


def look(words: list[str], cards: tuple[ev.MemoryCard, ...],
         made_in: Callable[[str], str] = str) -> list[tuple[str, str]] | None:
    """The rows `look` (every card) or `look 2 5` (those) asks for; None if `words` is no look. More
    than the list shows: where each was made (`made_in` names a beat) and what letting it go costs."""
    if not words or words[0].lower() != LOOK:
        return None
    # each card once, however often it is typed: a pasted run of numbers shows no more than the core holds
    picked = list(dict.fromkeys(as_number(w, len(cards)) for w in words[1:])) or list(range(len(cards)))
    if None in picked:
        return [(f"Type look and numbers from 1 to {len(cards)}, e.g. 'look 2'.", "")]
    return [row for i in picked for row in [*in_full(i + 1, cards[i]), (cost(cards[i], made_in), "       ")]]  # type: ignore[index, operator]


def beat_name(story: Story, beat: str) -> str:
    """A beat as the chapters call it: its number and title (the id itself if it has gone)."""
    made = story.beats.get(beat)
    return f"chapter {made.number}, {made.title}" if made is not None else beat


def cost(card: ev.MemoryCard, made_in: Callable[[str], str]) -> str:
    """Where a memory was made, and what letting it go would take from the bond."""
    return f"From {made_in(card.beat)}. Kept, it is {card.weight} of the bond; let go, it leaves a grey gap and the bond falls by {card.weight}."


# under the credits, what running the game again does: back to the choice an ending keeps, or a new story
AGAIN = {True: "  The way back to the choice is saved: run the game again to return to it.",
         False: "  The story is told: run the game again to begin a new one."}


def tally(farewell: tuple[ev.MemoryCard, ...], core: CoreView) -> str:
    """What he came to the end with, under the credits: the memories the reboot let go (`farewell`),
    or, where there was no reboot (Hold On), the memories he still holds; the grey gaps the nights
    left; and the bond they made, which the first review says shapes the ending, so the end shows it."""
    if farewell:
        bond = sum(c.weight for c in farewell)
        return f"  Memories he carried to the reboot: {len(farewell)} · grey gaps before it: {core.gaps} · bond {bond}"
    return f"  Memories he keeps: {len(core.held)} · grey gaps: {core.gaps} · bond {core.bond}"

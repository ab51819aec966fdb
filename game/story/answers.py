"""What a player can say back to the story, as data.

Every front end and every driver (the window, the terminal, scripted and random playthroughs, the
explorer, the bench) answers the story with one of these values through `PlaySession.answer` (or
`Runtime.answer` underneath it). An answer is a plain frozen value, so it can be logged, replayed,
compared and kept in a history for rewinding; which answer fits which event is written once, in
`Runtime.answer`.

    event                answered with
    BeatStart, Line      Advance()
    GameOver, Ending     Advance()
    Choice               Choose(index)
    Review               Delete(ids)  (empty: keep everything, when it fits)  or Refuse()
    Action               Play("win" | "lose" | "tense")
    Reboot               Order(ids)   (None: the order they were kept in)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Outcome = Literal["win", "lose", "tense"]


@dataclass(frozen=True, slots=True)
class Advance:
    """Go on: past a line, a beat's title, the game over, or an ending."""


@dataclass(frozen=True, slots=True)
class Choose:
    """Pick the option at `index` of the choice (or the spot on the map) on offer."""

    index: int


@dataclass(frozen=True, slots=True)
class Delete:
    """End the memory review, deleting these memories for ever (none: keep them all, if they fit)."""

    ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Refuse:
    """Keep every memory at a review that cannot hold them: the core overflows and resets."""


@dataclass(frozen=True, slots=True)
class Play:
    """How an action set-piece went: won, lost, or played as its stand-in of tense choices.

    `marks` names what else happened that the story declared it wants to hear (the action's
    `marks`, such as firing back or sparing a bot); each one's effects are applied once."""

    outcome: Outcome
    marks: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Order:
    """The reboot: every kept memory once, in the order they play; the last fades last."""

    ids: tuple[str, ...] | None = None


Answer = Advance | Choose | Delete | Refuse | Play | Order

ADVANCE = Advance()


def describe(answer: Answer, options: tuple[str, ...] = (), rewinds: bool = False) -> str:
    """The answer in a few words, for reports and shortest paths (`options`: the choice's texts;
    `rewinds`: it answers an ending that sends the story back, so going on reboots it there)."""
    match answer:
        case Advance() if rewinds:
            return "reboot"
        case Choose(index) if 0 <= index < len(options):
            return f"choose “{options[index]}”"
        case Choose(index):
            return f"choose option {index + 1}"
        case Delete(ids):
            return "delete " + (", ".join(ids) if ids else "nothing")
        case Refuse():
            return "keep everything (the core overflows)"
        case Play(outcome):
            return {"win": "win the set-piece", "lose": "lose the set-piece",
                    "tense": "play it as tense choices"}[outcome]
        case Order(ids):
            return "reboot" if ids is None else "reboot in the order " + ", ".join(ids)
    return "go on"

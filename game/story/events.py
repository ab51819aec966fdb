"""What the runtime hands a front end.

The runtime never draws or reads input. A front end asks `Runtime.event` what happens now, shows it,
and answers with the matching method (`advance`, `choose`, `review`, `refuse_review`, `action`,
`reboot`). Events are frozen value objects, so a front end may keep them (history log) safely.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class MemoryCard:
    """One memory as the player sees it on the review screen."""

    id: str
    code: str
    title: str
    picture: str
    weight: int
    mood: str
    beat: str
    new: bool = False  # arrived today (pending) rather than already held


@dataclass(frozen=True, slots=True)
class BeatStart:
    """A beat begins: the front end changes scene, the game autosaves. Answer: `advance()`."""

    beat: str
    title: str
    scene: str  # explore | dialogue | memory_review | action | ending
    place: str
    map: str | None
    number: int  # 1-based position in story order


@dataclass(frozen=True, slots=True)
class Line:
    """A line of dialogue or narration (speaker None). Answer: `advance()`."""

    id: str
    speaker: str | None
    name: str
    text: str
    face: str


@dataclass(frozen=True, slots=True)
class Option:
    index: int
    id: str
    text: str
    node: str | None = None  # for explore spots: the node this spot starts (map objects name it)


@dataclass(frozen=True, slots=True)
class Choice:
    """Pick one option (only enabled ones are listed). Answer: `choose(index)`.

    kind is "choice" for dialogue and tense action choices, "explore" for spots on a map.
    """

    id: str
    kind: str
    options: tuple[Option, ...]


@dataclass(frozen=True, slots=True)
class Review:
    """The nightly memory review. Answer: `review(delete=[ids])` or `refuse_review()`.

    `must_free` slots have to be freed before the core fits; 0 means deleting is optional.
    """

    id: str
    title: str
    held: tuple[MemoryCard, ...]
    pending: tuple[MemoryCard, ...]
    capacity: int
    weapons_slots: int  # slots the weapons module takes after this review (0 once deleted)
    weapons_change: str | None  # "delete" | "reinstall" | None
    must_free: int
    gaps: tuple[str, ...]  # ids of memories deleted so far (grey gaps)

    @property
    def used(self) -> int:
        return len(self.held) + len(self.pending) + self.weapons_slots


@dataclass(frozen=True, slots=True)
class GameOver:
    """The core overflowed: a total reset. Answer: `advance()` to replay the night."""

    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Action:
    """An action set-piece. Answer: `action(won=True|False)`, or `action(tense=True)` to play its
    stand-in run of tense choices (the terminal does)."""

    id: str
    piece: str
    title: str
    has_tense: bool


@dataclass(frozen=True, slots=True)
class Reboot:
    """The reboot. Answer: `reboot(order=[ids])`: every kept memory once, the last fades last."""

    id: str
    title: str
    memories: tuple[MemoryCard, ...]


@dataclass(frozen=True, slots=True)
class Ending:
    """An ending. Answer: `advance()`. If `rewind` is set the story goes back there; else it is over."""

    id: str
    title: str
    text: str
    rewind: str | None
    farewell: tuple[MemoryCard, ...] = field(default=())  # the memories the reboot played, in order


Event = BeatStart | Line | Choice | Review | GameOver | Action | Reboot | Ending

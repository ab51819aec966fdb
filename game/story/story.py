"""The compiled story: what the runtime executes, checked and flattened at load time.

Each node becomes a short list of instructions (as Yarn Spinner compiles nodes to a program), so
the runtime's position is just (beat, node, pc): trivially saved, compared and explored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .events import Stage
from .expr import Env

Cond = Callable[[Env], Any]


@dataclass(frozen=True, slots=True)
class LineI:
    id: str
    speaker: str | None
    face: str


@dataclass(frozen=True, slots=True)
class OptI:
    id: str
    text: str
    cond: Cond | None
    target: int  # pc of the option's own code


@dataclass(frozen=True, slots=True)
class ChoiceI:
    id: str
    options: tuple[OptI, ...]
    flavour: bool = False  # every option only shows lines and rejoins: what follows is the same


@dataclass(frozen=True, slots=True)
class SpotI:
    id: str
    text: str
    cond: Cond | None
    node: str
    onward: bool = False  # every way through its node leads on: the place is left (compiler/onward.py)


@dataclass(frozen=True, slots=True)
class ExploreI:
    id: str
    spots: tuple[SpotI, ...]


@dataclass(frozen=True, slots=True)
class JumpI:
    target: int


@dataclass(frozen=True, slots=True)
class JumpIfNotI:
    cond: Cond
    target: int


@dataclass(frozen=True, slots=True)
class DoI:
    # ("set", flag) ("unset", flag) ("add", counter, n) ("assign", counter, fn)
    # ("remember", memory) ("forget", memory)
    ops: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True, slots=True)
class GotoI:
    node: str


@dataclass(frozen=True, slots=True)
class BeatI:
    beat: str


@dataclass(frozen=True, slots=True)
class ReviewI:
    id: str
    title: str
    weapons: str | None


@dataclass(frozen=True, slots=True)
class ActionI:
    id: str
    piece: str
    title: str
    win: str
    lose: str
    tense: str | None
    given: tuple[tuple[str, Cond], ...] = ()  # name: condition, evaluated when the event is made
    marks: tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...] = ()  # name: its effects, as DoI ops


@dataclass(frozen=True, slots=True)
class RebootI:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class RetellI:
    speaker: str


@dataclass(frozen=True, slots=True)
class EndingI:
    ending: str


@dataclass(frozen=True, slots=True)
class EndI:
    pass


@dataclass(frozen=True, slots=True)
class StageI:
    stage: Stage  # the event itself, built whole at compile time: stage directions read no state


Ins = StageI | LineI | ChoiceI | ExploreI | JumpI | JumpIfNotI | DoI | GotoI | BeatI | ReviewI | ActionI | RebootI | RetellI | EndingI | EndI


@dataclass(slots=True)
class Node:
    beat: str
    name: str
    code: tuple[Ins, ...]
    digest: str  # changes whenever the node's steps change; saves use it to resume safely
    line: int
    skip: tuple[int, ...] = ()  # skip[pc]: the first instruction at or after pc that is no line or stage

    def __post_init__(self) -> None:
        out = [0] * (len(self.code) + 1)
        out[len(self.code)] = len(self.code)
        for pc in range(len(self.code) - 1, -1, -1):
            out[pc] = out[pc + 1] if isinstance(self.code[pc], LineI | StageI) else pc
        self.skip = tuple(out)


@dataclass(slots=True)
class Beat:
    id: str
    title: str
    scene: str
    place: str
    map: str | None
    start: str
    next: str | None
    nodes: dict[str, Node]
    number: int
    file: str
    lead: str = "mai"  # the character the player walks as on the beat's map
    stage: Stage | None = None  # the beat's own stage directions, in force from its first line


@dataclass(frozen=True, slots=True)
class CharacterInfo:
    id: str
    name: str
    color: str
    faces: tuple[str, ...]
    about: str
    looks_like: str | None = None  # whose portraits this character is drawn with


@dataclass(frozen=True, slots=True)
class MemoryInfo:
    id: str
    code: str
    title: str
    picture: str
    weight: int
    mood: str
    beat: str
    told: str = ""
    gone: str = ""


@dataclass(frozen=True, slots=True)
class EndingInfo:
    id: str
    title: str
    text: str
    rewind: str | None  # "beat.node"
    returns_to: str | None = None  # "beat.node": over, and the title offers the way back there


@dataclass(frozen=True, slots=True)
class Live:
    """What the beats reachable from one beat can still read: the rest of a state is history."""

    flags: frozenset[str]
    counters: frozenset[str]
    memories: frozenset[str]  # asked about (remembers/deleted) or still arriving/forgotten
    visited: frozenset[str]
    # counters no reachable beat changes and every one only compares with numbers: (op, number) each
    counter_tests: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)


@dataclass(slots=True)
class Story:
    title: str
    start: str
    capacity: int
    weapons_slots: int
    flags: dict[str, str]
    counters: dict[str, int]
    counter_about: dict[str, str]
    counter_range: dict[str, tuple[int | None, int | None]]
    endings: dict[str, EndingInfo]
    characters: dict[str, CharacterInfo]
    memories: dict[str, MemoryInfo]
    beats: dict[str, Beat]  # in story order
    strings: dict[str, str]  # line and option id -> text (the table a translation replaces)
    content_hash: str
    visited_refs: frozenset[str]  # "beat.node" that some condition asks about
    credits: tuple[str, ...] = ()
    game_over: tuple[str, str] = ("Core full", "The core overflows. The night starts again.")
    live: dict[str, Live] = field(default_factory=dict)
    words: dict[str, dict[str, int]] = field(default_factory=dict)  # {"speakers": {...}, "beats": {...}}

    def node(self, beat: str, name: str) -> Node:
        return self.beats[beat].nodes[name]

    def name_of(self, speaker: str | None) -> str:
        if speaker is None:
            return ""
        return self.characters[speaker].name

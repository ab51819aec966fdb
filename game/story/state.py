"""All game state as one plain object: saving is serialising it, exploring is hashing it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class CoreState:
    """7723's memory core. Memories are ids; order is arrival order."""

    held: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # arrived today, joins the core at the review
    gaps: list[str] = field(default_factory=list)  # deleted (or never stored): grey gaps, permanent
    weapons: bool = True  # the weapons module is installed

    def key(self) -> tuple:
        return (tuple(self.held), tuple(self.pending), tuple(sorted(self.gaps)), self.weapons)

    def to_dict(self) -> dict[str, Any]:
        return {"held": list(self.held), "pending": list(self.pending), "gaps": list(self.gaps), "weapons": self.weapons}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CoreState:
        return cls(list(d["held"]), list(d["pending"]), list(d["gaps"]), bool(d["weapons"]))

    def copy(self) -> CoreState:
        return CoreState(list(self.held), list(self.pending), list(self.gaps), self.weapons)


@dataclass(slots=True)
class GameState:
    beat: str
    node: str
    pc: int = 0
    sub: int = 0  # position inside a step that shows several lines (retell)
    stack: list[tuple[str, int]] = field(default_factory=list)  # explore spots return here
    flags: set[str] = field(default_factory=set)
    counters: dict[str, int] = field(default_factory=dict)
    core: CoreState = field(default_factory=CoreState)
    visited: set[str] = field(default_factory=set)  # only nodes some condition asks about
    farewell: list[str] = field(default_factory=list)  # the reboot's order
    phase: str = "beat_start"  # beat_start | run | game_over | finished
    seed: int = 0
    entry: dict[str, Any] | None = None  # this beat's state as it began: edited-story resumes, rewinds
    mourning: list[str] = field(default_factory=list)  # deleted at the review just now; their `gone` lines to show
    # the places (node, pc) of the stage directions played so far in this beat, in the order they were
    # played, so a stage built afresh in the middle of it plays those and no others; None: not known
    # (a save from before it was kept, or one the story changed under), and the beat's directions in
    # source order stand in. A tuple, so copies and rewind points share it; not part of `key()`: it
    # decides what is shown, never what can happen next
    played: tuple[tuple[str, int], ...] | None = None

    # --- what expressions read (the Env protocol) ---------------------------------------------

    def key(self) -> tuple:
        """Everything that decides what can happen next; equal keys mean equal futures."""
        return (
            self.beat,
            self.node,
            self.pc,
            self.sub,
            tuple(self.stack),
            frozenset(self.flags),
            tuple(sorted(self.counters.items())),
            self.core.key(),
            frozenset(self.visited),
            self.phase,
            None if self.entry is None else _freeze(self.entry),
            tuple(self.mourning),
        )

    def logic(self) -> dict[str, Any]:
        """The part of the state that a beat's start restores (no position, no snapshot)."""
        return {
            "flags": sorted(self.flags),
            "counters": dict(self.counters),
            "core": self.core.to_dict(),
            "visited": sorted(self.visited),
            "farewell": list(self.farewell),
        }

    def restore(self, logic: dict[str, Any]) -> None:
        self.flags = set(logic["flags"])
        self.counters = dict(logic["counters"])
        self.core = CoreState.from_dict(logic["core"])
        self.visited = set(logic["visited"])
        self.farewell = list(logic.get("farewell", []))

    def to_dict(self) -> dict[str, Any]:
        return {
            "beat": self.beat,
            "node": self.node,
            "pc": self.pc,
            "sub": self.sub,
            "stack": [list(s) for s in self.stack],
            "phase": self.phase,
            "seed": self.seed,
            **({"mourning": list(self.mourning)} if self.mourning else {}),
            **({"played": [list(p) for p in self.played]} if self.played is not None else {}),
            **self.logic(),
            "entry": self.entry,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> GameState:
        s = cls(beat=str(d["beat"]), node=str(d["node"]), pc=int(d["pc"]))
        s.sub = int(d.get("sub", 0))
        s.stack = [(str(n), int(p)) for n, p in d.get("stack", [])]
        s.phase = str(d.get("phase", "run"))
        s.seed = int(d.get("seed", 0))
        s.restore(d)
        s.entry = d.get("entry")
        s.mourning = [str(m) for m in d.get("mourning", [])]
        played = d.get("played")
        s.played = None if played is None else tuple((str(n), int(p)) for n, p in played)
        return s

    def copy(self) -> GameState:
        s = GameState(self.beat, self.node, self.pc, self.sub, list(self.stack), set(self.flags), dict(self.counters),
                      self.core.copy(), set(self.visited), list(self.farewell), self.phase, self.seed, self.entry,
                      list(self.mourning), self.played)
        return s


def _freeze(v: Any) -> Any:
    if isinstance(v, dict):
        return tuple(sorted((k, _freeze(x)) for k, x in v.items()))
    if isinstance(v, list):
        return tuple(_freeze(x) for x in v)
    return v

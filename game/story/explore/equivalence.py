"""When two states of the search are one: equal in everything the rest of the story can observe.

`liveness.Positions` says, per place (beat, node, pc), which flags, counters, memories and visits
an instruction reachable from there still reads before anything overwrites them; the rest of a
state is history and is left out of its key (why that is sound: `liveness.py`). A counter that can
no longer change and is only compared with numbers counts as the answers to those comparisons
(talks 2 and 3 are one state when all that is left to ask is `talks >= 1`), and a flag that can no
longer change and is only asked about in conditions as what it makes of them (`folding.py`: with
`a or b` all that is left to ask, a alone and b alone are one state); memories nothing will ask
about again are interchangeable but for their weight, and where the bond is read only in tests
against numbers, once, for less: their count and the sums they can still make (`bonds.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..events import Review
from ..expr import COMPARE
from ..state import CoreState, GameState
from ..story import Story
from .bonds import Bonds, summary
from .folding import residue
from .gaps import Gaps
from .liveness import Positions, View

CORE_CACHE_SIZE = 4_000  # a cache, not a record: two generations of this many, to keep memory flat
CORES = 1 << 32  # a key is node * CORES + core
Shape = tuple  # (what the unnamed weights are summarised to or None, the gaps kept by name or None: all named)
EXACT: Shape = (None, None)


def classify(value: int, tests: tuple[tuple[str, int], ...]) -> tuple[bool, ...]:
    """A counter that can no longer change, as the answers to every comparison still to be made."""
    return tuple(COMPARE[op](value, k) for op, k in tests)


class Equivalence:
    """Keys for states: equal keys mean equal futures, as far as the story can tell."""

    def __init__(self, story: Story, positions: Positions | None = None):
        self.story = story
        self.positions = positions if positions is not None else Positions(story)
        self.rewind_beats = {e.rewind.partition(".")[0] for e in story.endings.values() if e.rewind}
        self.weight = {m: info.weight for m, info in story.memories.items()}
        # cores repeat a lot: each projection and its number, cached by place and core (`_older`
        # holds the generation before, so the cores in use stay when a generation is dropped)
        self._cores: dict[tuple, tuple] = {}
        self._older_cores: dict[tuple, tuple] = {}
        self._numbers: dict[tuple, int] = {}
        self._older_numbers: dict[tuple, int] = {}
        self._places: dict[tuple[str, str, int], tuple[View, Shape]] = {}
        self._classes: dict[tuple[int, tuple], tuple[bool, ...]] = {}  # few values, many lookups
        self._folded: dict[tuple[int, frozenset[str]], int] = {}  # likewise
        self._residues: dict[tuple, int] = {}  # what is left of the conditions ahead, numbered
        self._node_ids: dict[tuple, int] = {}
        self._core_ids: dict[tuple, int] = {}
        self._parts: dict[object, object] = {}
        self._whole = self.positions.at("", "", -1)  # every name: a place the analysis does not know
        self.bonds = Bonds(self.story, self.positions)
        self.gaps = Gaps(self.story, self.positions)

    def view(self, s: GameState, step: int = 0) -> View:
        """What the rest of the story observes of a state standing `step` instructions on."""
        if s.entry is None and s.beat in self.rewind_beats:
            return self._whole  # a rewind there would not restore a snapshot: the state itself goes on
        return self.positions.at(s.beat, s.node, s.pc + step)

    def shape(self, s: GameState, step: int = 0) -> Shape:
        """How the core of a state standing `step` instructions on is kept beyond `view`: what its
        unnamed weights are summarised to (`bonds.py`) and which of its gaps are kept (`gaps.py`)."""
        if s.entry is None and s.beat in self.rewind_beats:
            return EXACT
        return self._at(s.beat, s.node, s.pc + step)[1]

    def _at(self, beat: str, node: str, pc: int) -> tuple[View, Shape]:
        p = (beat, node, pc)
        got = self._places.get(p)
        if got is None:
            got = self._places[p] = (self.positions.at(*p), (self.bonds.at(*p), self.gaps.at(*p)))
        return got

    def project(self, s: GameState | dict[str, Any], view: View, shape: Shape = EXACT) -> tuple:
        """The part of the logic state (or of a beat's entry snapshot) that `view` observes, its core
        kept as `shape` says (a snapshot's core as it is)."""
        if isinstance(s, dict):
            flags, counters, visited = s["flags"], s["counters"], s["visited"]
            held, pending, gaps, weapons = (s["core"][k] for k in ("held", "pending", "gaps", "weapons"))
        else:
            flags, counters, visited = s.flags, s.counters, s.visited
            held, pending, gaps, weapons = s.core.held, s.core.pending, s.core.gaps, s.core.weapons
        tests, kept = view.tests, view.counters
        counted = [(c, v) for c, v in counters.items() if c in kept]
        if tests:
            counted = [(c, self._class(v, tests[c])) if c in tests else (c, v) for c, v in counted]
        counted.sort()
        kept_flags = view.flags.intersection(flags)
        return (
            self._flags(view, kept_flags) if view.folded else tuple(sorted(kept_flags)),  # sorted tuples: smaller
            tuple(counted),  # than sets, and kept by the ten thousand
            tuple(sorted(view.visited.intersection(visited))),
            self.project_core(view, held, pending, gaps, weapons, shape),
        )

    def _flags(self, view: View, on: set[str]) -> tuple:
        """The flags set, those the view folds as what the conditions ahead make of them (`folding.py`)."""
        folded = view.folded
        ck = (view.n, frozenset(on & folded))
        got = self._folded.get(ck)
        if got is None:
            values = {f: f in on for f in folded}
            left = tuple(residue(t, values) for t in view.conditions)
            got = self._folded[ck] = self._residues.setdefault(left, len(self._residues))  # a number: small keys
        return (*sorted(on - folded), got)

    def _class(self, value: int, tests: tuple[tuple[str, int], ...]) -> tuple[bool, ...]:
        got = self._classes.get((value, tests))
        if got is None:
            got = self._classes[(value, tests)] = classify(value, tests)
        return got

    def project_core(self, view: View, held: Sequence[str], pending: Iterable[str], gaps: Sequence[str],
                     weapons: bool, shape: Shape = EXACT) -> tuple:
        """The memory core as the places ahead can observe it (cached: cores repeat a lot)."""
        ck = (view.n, tuple(held), tuple(pending), tuple(gaps), weapons, shape)
        core = self._cores.get(ck)
        if core is None:
            core = self._older_cores.get(ck)
            if core is None:
                core = self._project_core(view, held, pending, gaps, weapons, shape)
            if len(self._cores) > CORE_CACHE_SIZE:
                self._older_cores, self._cores = self._cores, {}
            self._cores[ck] = core
        return core

    def _project_core(self, view: View, held: Sequence[str], pending: Iterable[str], gaps: Sequence[str],
                      weapons: bool, shape: Shape) -> tuple:
        mems, (bound, gapped) = view.memories, shape
        unnamed = tuple(sorted(self.weight[m] for m in held if m not in mems))
        # sets as sorted tuples: the search keeps tens of thousands of cores, and a tuple is small
        return (
            tuple(sorted(m for m in held if m in mems)),
            unnamed if bound is None else summary(unnamed, bound),
            tuple(sorted(pending)),  # still to be reviewed: by name, so the report can say which arrive
            tuple(sorted({m for m in gaps if m in mems and (gapped is None or m in gapped)})),
            weapons,
        )

    def core_number(self, s: GameState, core: CoreState | None = None) -> int:
        """`core_id` of the state's core (or of `core` in its stead) as its own place observes it
        (cached by place and core: the search asks it of every state it reaches)."""
        if s.entry is None and s.beat in self.rewind_beats:
            view, shape = self._whole, EXACT
        else:
            view, shape = self._at(s.beat, s.node, s.pc)
        c = s.core if core is None else core
        ck = (view.n, tuple(c.held), tuple(c.pending), tuple(c.gaps), c.weapons, shape)
        n = self._numbers.get(ck)
        if n is None:
            n = self._older_numbers.get(ck)
            if n is None:
                n = self.core_id(self._project_core(view, c.held, c.pending, c.gaps, c.weapons, shape))
            if len(self._numbers) > CORE_CACHE_SIZE:
                self._older_numbers, self._numbers = self._numbers, {}
            self._numbers[ck] = n
        return n

    def key(self, s: GameState) -> int:
        """The state's key: the number of its place and the number of its core."""
        proj = self.project(s, self.view(s), self.shape(s))
        return self.node_id(s, proj) * CORES + self.core_id(proj[3])

    def node_id(self, s: GameState, proj: tuple, step: int = 0) -> int:
        """The number of where the state is (`step` instructions on) with what of its flags, counters
        and visits (and, where an ending rewinds to, of its beat's start) the future can observe."""
        k = (s.beat, s.node, s.pc + step, s.sub, tuple(s.stack), s.phase, proj[:3])
        if s.entry is not None and s.beat in self.rewind_beats:
            k += (self.project(s.entry, self.positions.entry(s.beat, s.node, s.pc + step)),)
        n = self._node_ids.get(k)
        if n is None:
            n = self._node_ids[k] = len(self._node_ids)
        return n

    def core_id(self, core: tuple) -> int:
        """The number of a core projection: a key is a node's number and a core's, in one int."""
        n = self._core_ids.get(core)
        if n is None:
            one = self._parts  # cores numbered by the ten thousand repeat their parts: one copy of each
            n = self._core_ids[tuple(one.setdefault(part, part) for part in core)] = len(self._core_ids)
        return n

    def review_outcome(self, state: GameState, event: Review, delete: tuple[str, ...]) -> tuple:
        """The core projection after deleting `delete` at this review, computed without running it."""
        gone = set(delete)
        held = [m for m in state.core.held if m not in gone] + [m for m in state.core.pending if m not in gone]
        return self.project_core(self.view(state, 1), held, (), state.core.gaps + list(delete),
                                 event.weapons_slots > 0, self.shape(state, 1))

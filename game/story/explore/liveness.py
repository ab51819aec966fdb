"""What each place in the story can still observe: a backward liveness analysis over the compiled story.

A place is an instruction (beat, node, pc). `Positions.at(place)` is what of a state standing there
the rest of the story can still tell apart: the flags, counters, memories (by name) and visits that
some instruction reachable from the place reads before anything overwrites them, and for a counter
that nothing reachable changes any more and is only compared with numbers, those comparisons.
`Positions.entry(place)` is what of the beat's start snapshot a rewinding ending reachable from the
place can bring back. Everything is worked out once, as bit sets, when the search starts.

Why projecting a state onto `at(place)` (and its snapshot onto `entry(place)`) and merging equal
projections loses nothing. The runtime reads the logic state only through the reads listed below,
and two states that stand at the same place (the search's key keeps beat, node, pc, the explore
stack, the retelling index and the phase exactly) run the same instructions for as long as every read
gives both the same answer. Induction over the steps of any run from the place: at each step the
two states agree on the live set of that step (by the equations below, the live set of a step holds
what the step reads, and what the next step's live set needs that the step does not overwrite), so
the step reads the same answers in both, goes to the same next place, offers the same options and
spots and builds the same decision; and what it writes it writes alike in both (a flag set or unset,
a counter added to only where both values agree, a counter assigned from an expression whose reads
agree, a named memory arriving or forgotten). So the two runs meet the same places, decisions,
endings and dead ends; only what the rest of the story never reads can differ.
- A condition (`if:`, an option's, a spot's, a counter's `= expression`) reads the names its
  source reads; a guard over nothing but lines (cosmetic) only picks words, and both of its ways
  meet again with nothing changed, so it reads nothing that matters. Nor does a guard over lines
  and steps that only set, unset or add to flags and counters (`guards.quiet`) whose names nothing
  live where its ways meet again holds: there the two ways' states agree on all that is live (the
  steps cannot fail, enter no node and offer nothing), so which way was taken is never seen; the
  analysis finds these guards once the rest is solved, and solves again without their reads, since
  less then is live and more guards may turn out so; a choice whose options are such stretches
  and come back together is likewise one where any option will do (`quiet.py`). A set-piece's `given:` only
  sets up how it plays (an easier fight, a longer clock); the story takes it won, lost or tense
  with any marks whatever it was given, so it reads nothing either.
- `set`/`unset` and `= expression` overwrite: what they write is dead before them unless read first.
  `+n` reads the counter. `remember`/`forget` of memory m read m (it arrives only if not held,
  waiting or gone; it is forgotten only if there) and so keep it named.
- Entering a node marks it visited: a visit read later is dead before the entering.
- The memory core is always kept but for names: held memories no place ahead names are kept as
  their weights (their count, sum and every later deletion see only that; see `search.py`), waiting
  memories by name, gaps only when named ahead. A review's and the reboot's reads are counts, the
  bond and the weapons, which the core keeps.
- A set-piece's marks are tried in every subset, so none of them overwrites for sure: their names
  are read. An explore spot returns to its explore step; an `end` goes back to any explore step of
  its beat or on to the next beat (which of them depends on the stack, kept exactly in the key).
- A beat starting (next beat, `beat:`, an ending rewinding into another beat) takes its start
  snapshot from the state: what the new beat's snapshot needs is read then. An ending rewinding
  into its own beat replaces the state by the snapshot: nothing of the state is read there, and
  what the target place needs is asked of the snapshot (`entry`).
- A counter no place ahead changes keeps its value for good; if every read of it ahead is
  `counter OP number`, two values answering every such comparison alike are read alike everywhere.
- A flag no place ahead writes, read ahead only on its own in conditions, is kept as what those
  conditions become with it put in (`folding.py`, which says why that is enough).
Equal projections at the same place thus have the same futures, and one stands for all.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..expr import ExprError, Refs, Scope, compile_expr
from ..story import (
    ActionI,
    BeatI,
    ChoiceI,
    DoI,
    EndI,
    EndingI,
    ExploreI,
    GotoI,
    JumpI,
    JumpIfNotI,
    LineI,
    RebootI,
    RetellI,
    ReviewI,
    StageI,
    Story,
)
from .folding import bare_flags, flag_reads
from .guards import tested
from .quiet import dead_marks, hushed, idle, quiet_choices

Place = tuple[str, str, int]  # beat, node, pc

FLOW, ENTER, FRESH, REWIND = range(4)  # how an edge carries the state (see `_edges`)


@dataclass(frozen=True, slots=True)
class View:
    """What of a state the rest of the story observes from one place (interned: `n` numbers it)."""

    n: int
    flags: frozenset[str]
    counters: frozenset[str]
    memories: frozenset[str]
    visited: frozenset[str]
    counter_tests: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = ()
    tests: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict, compare=False, hash=False)
    folded: frozenset[str] = frozenset()  # settled flags kept as the conditions ahead make them (`folding.py`)
    conditions: tuple = ()  # those conditions' skeletons


class _Names:
    """Names numbered as bits: ("f"|"c"|"m"|"v", name) for what is read, (counter, op, number) for tests."""

    def __init__(self) -> None:
        self.bit: dict[object, int] = {}
        self.names: list = []

    def __call__(self, key: object) -> int:
        b = self.bit.get(key)
        if b is None:
            b = self.bit[key] = 1 << len(self.names)
            self.names.append(key)
        return b

    def decode(self, mask: int) -> Iterator:
        i = 0
        while mask:
            if mask & 1:
                yield self.names[i]
            mask >>= 1
            i += 1


@dataclass
class _Facts:
    """One instruction's reads (bits), the counters it may change (`writes`), reads other than
    against a number (`opaque`) and its comparisons (`tests`, bits of their own); a `do:` step's ops
    as (kind, bit, what an `= expression` reads), for the transfer."""

    reads: int = 0
    writes: int = 0
    opaque: int = 0
    tests: int = 0
    ops: tuple = ()
    conds: int = 0


class Positions:
    """The per-place views of a story. `everything`: every name observable everywhere (the exact
    search); `keep`: memories observable everywhere (runs that keep them); `classes`: whether
    settled counters are kept as their comparisons."""

    def __init__(self, story: Story, everything: bool = False, keep: frozenset[str] = frozenset(),
                 classes: bool = True):
        self.story, self.everything, self.classes = story, everything, classes
        self._bit, self._test, self._cond = _Names(), _Names(), _Names()
        nodes = {f"{b}.{n}" for b, bt in story.beats.items() for n in bt.nodes}
        self._scope = Scope(set(story.flags), set(story.counters), set(story.memories), nodes)
        for kind, names in (("f", story.flags), ("c", story.counters), ("m", story.memories), ("v", nodes)):
            for name in sorted(names):
                self._bit((kind, name))
        self._all = (1 << len(self._bit.names)) - 1  # every name: what an unknown read reads
        self._always = self._all if everything else sum(self._bit(("m", m)) for m in set(keep))
        self._views: dict[tuple, View] = {}
        self._at: dict[Place, View] = {}
        self._entry: dict[Place, View] = {}
        self.quiet_choices: dict[Place, dict[str, frozenset[str]]] = {}  # any option will do (`quiet.quiet_choices`)
        self.idle_guards: dict[Place, int] = {}  # guards that decide nothing, and where their ways meet (`quiet.idle`)
        self.dead_marks: dict[Place, dict[str, frozenset[str]]] = {}  # marks that change nothing (`quiet.dead_marks`)
        self._solve()

    # --- what is asked -----------------------------------------------------------------------------

    def at(self, beat: str, node: str, pc: int) -> View:
        """What of the state standing at this place the rest of the story observes."""
        got = self._at.get((beat, node, pc))
        return got if got is not None else self._view(self._all, ())

    def entry(self, beat: str, node: str, pc: int) -> View:
        """What of the beat's start snapshot a rewind reachable from this place can bring back."""
        got = self._entry.get((beat, node, pc))
        return got if got is not None else self._view(self._all, ())

    # --- reading the instructions --------------------------------------------------------------------

    def _refs(self, fn: object, beat: str, want: str = "bool") -> _Facts:
        """What a compiled condition reads, from the source it keeps; all of it if that is unknown."""
        source = getattr(fn, "source", None)
        if isinstance(source, bool):
            return _Facts()  # a constant
        refs = Refs()
        self._scope.beat = beat
        try:
            if not isinstance(source, str):
                raise ExprError("no source", 0)
            compile_expr(source, self._scope, want, refs)
        except ExprError:
            return _Facts(reads=self._all, opaque=self._all)  # unknown: everything, never classed or folded
        bit, f = self._bit, _Facts()
        tree, bare, inside = flag_reads(source if want == "bool" else None)
        for name in refs.flags - bare | inside:
            f.opaque |= bit(("f", name))  # read other than on its own: never folded
        if bare:
            f.conds = self._cond(tree)
        for kind, names in (("f", refs.flags), ("c", refs.counters), ("m", refs.memories), ("v", refs.visited)):
            for name in names:
                f.reads |= bit((kind, name))
        for c in refs.opaque:
            f.opaque |= bit(("c", c))
        for c, tests in refs.tests.items():
            for t in tests:
                f.tests |= self._test((c, *t))
        return f

    def _facts(self, beat: str, code: tuple, pc: int) -> _Facts:
        ins = code[pc]
        out = _Facts()
        conds = tested(code, pc)
        if isinstance(ins, ActionI):  # its `given:` only sets up the set-piece, which is won or lost alike
            for _name, ops in ins.marks:  # every subset is tried: nothing is overwritten for sure (no kill)
                self._ops_facts(beat, ops, out, marks=True)
        elif isinstance(ins, DoI):
            out.ops = self._ops_facts(beat, ins.ops, out, marks=False)
        for c in conds:
            _merge(out, self._refs(c, beat))
        return out

    def _ops_facts(self, beat: str, ops: tuple, out: _Facts, marks: bool) -> tuple:
        """Note what `ops` read and change in `out`; the ops as the transfer undoes them."""
        bit, done = self._bit, []
        for op in ops:
            kind = op[0]
            if kind in ("add", "assign"):
                b = bit(("c", op[1]))
                out.writes |= b
                got = self._refs(op[2], beat, "num") if kind == "assign" else _Facts()
                out.opaque |= got.opaque
                out.tests |= got.tests
                if marks:
                    out.reads |= got.reads
                done.append((kind, b, got.reads))
            elif kind in ("remember", "forget"):
                out.reads |= bit(("m", op[1]))
            else:  # set, unset
                out.writes |= bit(("f", op[1]))
                done.append((kind, bit(("f", op[1])), 0))
        return tuple(done)

    def _edges(self, beat: str, node: str, pc: int, explores: list[Place]) -> list[tuple[int, Place]]:
        """Where the instruction can go next, and how: FLOW keeps the state, ENTER enters a node
        (marking it visited), FRESH starts a beat (and takes its snapshot), REWIND restores the snapshot."""
        story = self.story
        b = story.beats[beat]
        code = b.nodes[node].code
        ins = code[pc]
        nxt = [(FLOW, (beat, node, pc + 1))] if pc + 1 < len(code) else []
        if isinstance(ins, (LineI, StageI, RetellI, DoI, ReviewI, RebootI)):
            return nxt
        if isinstance(ins, JumpI):
            return [(FLOW, (beat, node, ins.target))]
        if isinstance(ins, JumpIfNotI):
            return nxt + [(FLOW, (beat, node, ins.target))]
        if isinstance(ins, ChoiceI):
            return [(FLOW, (beat, node, o.target)) for o in ins.options]
        if isinstance(ins, ExploreI):
            return [(ENTER, (beat, s.node, 0)) for s in ins.spots]
        if isinstance(ins, ActionI):
            return [(ENTER, (beat, t, 0)) for t in (ins.win, ins.lose, ins.tense) if t]
        if isinstance(ins, GotoI):
            return [(ENTER, (beat, ins.node, 0))]
        if isinstance(ins, BeatI):
            return [(FRESH, (ins.beat, story.beats[ins.beat].start, 0))]
        if isinstance(ins, EndI):
            back = [(FLOW, p) for p in explores]  # back to whichever explore step is on the stack
            return back + ([(FRESH, (b.next, story.beats[b.next].start, 0))] if b.next else [])
        if isinstance(ins, EndingI):
            rewind = story.endings[ins.ending].rewind
            if not rewind:
                return []
            rb, _, rn = rewind.partition(".")
            return [(REWIND if rb == beat else FRESH, (rb, rn, 0))]
        return nxt

    # --- solving -------------------------------------------------------------------------------------

    def _solve(self) -> None:
        story, bit = self.story, self._bit
        places: list[Place] = []
        facts: dict[Place, _Facts] = {}
        edges: dict[Place, list[tuple[int, Place]]] = {}
        vkill: dict[Place, int] = {}
        for b in story.beats.values():
            explores = [(b.id, n, pc) for n, node in b.nodes.items()
                        for pc, ins in enumerate(node.code) if isinstance(ins, ExploreI)]
            for n, node in b.nodes.items():
                ref = f"{b.id}.{n}"
                vkill[(b.id, n, 0)] = bit(("v", ref)) if ref in story.visited_refs else 0
                for pc in range(len(node.code)):
                    p = (b.id, n, pc)
                    places.append(p)
                    facts[p] = self._facts(b.id, node.code, pc)
                    edges[p] = self._edges(b.id, n, pc, explores)
        live, entry, reach = self._fixpoint(places, facts, edges, vkill)
        quieted: set[Place] = set()
        while not self.everything:  # a guard found quiet reads nothing: less is live, and more may be quiet
            more = hushed(self.story, [p for p, f in facts.items() if f.reads], live, self._bit)
            if not more:
                break
            for p in more:
                facts[p] = _Facts()
            quieted.update(more)
            live, entry, reach = self._fixpoint(places, facts, edges, vkill)
        if not self.everything:
            self.idle_guards = idle(self.story, places, quieted)
            self.quiet_choices = quiet_choices(self.story, places, live, self._bit, self.idle_guards)
            self.dead_marks = dead_marks(self.story, places, live, self._bit)
        flags = sum(self._bit(("f", f)) for f in story.flags)
        for p in places:
            w, o, t, c = reach[p]
            fold = live[p] & flags & ~(w | o) if self.classes and not self.everything else 0
            self._at[p] = self._view(live[p] | self._always, self._settled(live[p], w, o, t), self._folds(fold, c))
            self._entry[p] = self._view(entry[p] | self._always, ()) if entry[p] or self.everything else self._view(0, ())

    def _fixpoint(self, places: list[Place], facts: dict[Place, _Facts], edges: dict[Place, list[tuple[int, Place]]],
                  vkill: dict[Place, int]) -> tuple[dict, dict, dict]:
        """Live sets (of the state and of its snapshot) and what is changed or read ahead, per place:
        the equations of the module's docstring, iterated until nothing grows."""
        every = self._all
        live = dict.fromkeys(places, 0)
        entry = dict.fromkeys(places, 0)
        # flags and counters written, read opaquely, tests made, conditions reading flags, anywhere ahead
        reach = {p: (0, 0, 0, 0) for p in places}
        unknown = (every, every, 0, 0)
        changed = True
        while changed:
            changed = False
            for p in reversed(places):
                f = facts[p]
                out = rin = 0
                w, o, t, c = f.writes, f.opaque, f.tests, f.conds
                for kind, q in edges[p]:
                    lq, eq, k = live.get(q, every), entry.get(q, every), vkill.get(q, 0)
                    if kind == FLOW:
                        out, rin = out | lq, rin | eq
                    elif kind == ENTER:
                        out, rin = out | (lq & ~k), rin | eq
                    elif kind == FRESH:
                        out |= (lq | eq) & ~k
                    else:
                        rin |= (lq & ~k) | eq
                    qw, qo, qt, qc = reach.get(q, unknown)
                    w, o, t, c = w | qw, o | qo, t | qt, c | qc
                new = _transfer(f.ops, out) | f.reads
                if new != live[p] or rin != entry[p] or (w, o, t, c) != reach[p]:
                    live[p], entry[p], reach[p] = new, rin, (w, o, t, c)
                    changed = True
        return live, entry, reach

    def _settled(self, mask: int, writes: int, opaque: int, tests: int) -> tuple:
        """The live counters nothing ahead changes and every read ahead compares with a number: each
        with its comparisons."""
        if not self.classes or self.everything:
            return ()
        settled: dict[str, set[tuple[str, int]]] = {}
        for c, op, k in self._test.decode(tests):
            b = self._bit(("c", c))
            if mask & b and not (writes | opaque) & b:
                settled.setdefault(c, set()).add((op, k))
        return tuple(sorted((c, tuple(sorted(t))) for c, t in settled.items()))

    def _folds(self, fold: int, conds: int) -> tuple:
        """The settled flags nothing ahead reads but on their own in conditions, and those conditions."""
        names = frozenset(n for _k, n in self._bit.decode(fold))
        trees = tuple(t for t in self._cond.decode(conds) if bare_flags(t) & names)
        return (names, trees) if names else ()

    def _view(self, mask: int, settled: tuple, folds: tuple = ()) -> View:
        """The view of a live set (interned: places share a few hundred of them)."""
        got = self._views.get((mask, settled, folds))
        if got is None:
            names: dict[str, set[str]] = {"f": set(), "c": set(), "m": set(), "v": set()}
            for kind, name in self._bit.decode(mask & self._all):
                names[kind].add(name)
            got = self._views[(mask, settled, folds)] = View(
                len(self._views), frozenset(names["f"]), frozenset(names["c"]), frozenset(names["m"]),
                frozenset(names["v"]), settled, dict(settled), *folds)
        return got


def _merge(into: _Facts, f: _Facts) -> None:
    into.reads |= f.reads
    into.writes |= f.writes
    into.opaque |= f.opaque
    into.tests |= f.tests
    into.conds |= f.conds


def _transfer(ops: tuple, out: int) -> int:
    """What is live before a `do:` step, from what is live after it: its ops undone in reverse, each
    flag it sets or unsets and each counter it assigns dead before it (the expression's reads live
    instead), a counter it adds to live as it was."""
    live = out
    for kind, b, reads in reversed(ops):
        if kind in ("set", "unset"):
            live &= ~b
        elif kind == "assign" and live & b:
            live = (live & ~b) | reads
    return live

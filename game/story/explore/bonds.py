"""When a core's unnamed memories can be kept as less than their weights: what each place can still
ask of the bond.

Memories no place ahead names are seen afterwards only through counts (`held`, `free`, a review's
`must_free`), through later reviews deleting some of them, and through the bond, the sum of what is
held. Say a run from here on reads the bond only in tests `bond OP number` (or copies it with
`counter: "= bond"` into a counter read only as `counter OP number`), and never reads it again once
a review, the reboot or a rewind has changed what is held after a first read. The tests part the
sums into classes at their cuts (`bond >= 18` parts 17 from 18, `bond == 18` also 18 from 19; a
copy held within its counter's range parts them nowhere else, clamping being monotone), and every
sum at or above `top`, the highest cut, is in the same class; the rest of the bond, the named
memories' weights, only adds to it (weights are at least 1). Then a
multiset M of unnamed weights can be kept as its summary: its size and, for each k, the set of
min(sum S, top) over the sub-multisets S of M of size k (`summary`).

Why two multisets M and M' with one summary have the same futures. A run from M changes the unnamed
part only at reviews: each deletes some of what is left and adds what arrives (the same memories in
both runs: everything else about the states is equal), so what is left of M shrinks along a chain
M = P0 ⊇ P1 ⊇ ... ⊇ Pf. All a run observes of the chain before the bond is read is its sizes
(`held`, `free`, what each review must free; names show only in words), and the bond read itself
is min(sum Pf + X, top), X the same in both runs. The summaries being equal, M' holds some Pf'
with |Pf'| = |Pf| and min(sum Pf', top) = min(sum Pf, top), and a chain P0' ⊇ ... ⊇ Pf' of the same
sizes ending in it (take Pf', then add any of M' to it up to each size). Deleting that chain's
steps instead, with the same named and arriving memories, is accepted at every review (the counts
are the same) and gives every observation the first run gave. After the read nothing but counts is
observed again, which both chains share. So every run from M' has a run from M that meets the same
places, decisions, endings and dead ends, and the other way round.

Where the bond is read in any other way (`bond - 2 * held >= 9` in a condition that is not only
over lines), or may be read again after a change, the weights are kept as they are (`at` is None).
Where it is never read again, `top` is 0: the summary is the count alone.
"""

from __future__ import annotations

from functools import cache

from ..expr import COMPARE
from ..expr_tokens import ExprError, tokenize
from ..story import ActionI, DoI, ExploreI, RebootI, ReviewI, Story
from .guards import tested
from .liveness import REWIND, Place, Positions

# where `bond OP k` parts the sums: each number c such that c - 1 and c answer it differently
_CUTS = {">=": lambda k: (k,), "<": lambda k: (k,), ">": lambda k: (k + 1,), "<=": lambda k: (k + 1,),
         "==": lambda k: (k, k + 1), "!=": lambda k: (k, k + 1)}
Cuts = frozenset  # of ints, each at least 1: a sum is never below 0, so lower cuts part nothing
_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!="}
_ARITHMETIC = {"+", "-", "*", "/"}
_OPAQUE = None  # a read the summary cannot answer


def reads(source: object) -> Cuts | None:
    """Where a condition's tests of the bond part the sums (none: it does not read it); None if it
    reads it other than as `bond OP number` (or its source is unknown)."""
    if isinstance(source, bool):
        return Cuts()
    if not isinstance(source, str):
        return _OPAQUE
    try:
        t = [x.text if x.kind != "end" else "" for x in tokenize(source)]
    except ExprError:
        return _OPAQUE
    cuts: set[int] = set()
    for i, x in enumerate(t):
        if x != "bond":
            continue
        try:
            got = _test(t, i)
        except IndexError:  # a test cut short: not one the summary can answer
            got = None
        if got is None:
            return _OPAQUE
        cuts.update(c for c in got if c >= 1)
    return Cuts(cuts)


def _test(t: list[str], i: int) -> tuple[int, ...] | None:
    """The cuts of `bond OP number` or `number OP bond` around t[i], or None if it is neither."""
    before = t[i - 1] if i else ""
    if t[i + 1] in COMPARE and before not in _ARITHMETIC:
        j, sign = (i + 3, -1) if t[i + 2] == "-" else (i + 2, 1)
        if t[j].isdigit() and t[j + 1] not in _ARITHMETIC:
            return _CUTS[t[i + 1]](sign * int(t[j]))
    if before in COMPARE and i >= 2 and t[i - 2].isdigit() and t[i + 1] not in _ARITHMETIC \
            and (i < 3 or t[i - 3] in ("", "(", "and", "or", "not")):
        return _CUTS[_FLIP[before]](int(t[i - 2]))
    return None


@cache
def summary(weights: tuple[int, ...], top: int) -> tuple:
    """The unnamed weights as the places ahead can tell them apart: their count, `top`, and per size
    k the reachable min(sum, top) as bits (a tuple of weights never equals one)."""
    cap = max(top, 0)
    full = (1 << (cap + 1)) - 1
    masks = [1]
    for w in weights:
        masks.append(0)
        for k in range(len(masks) - 1, 0, -1):
            m = masks[k - 1] << w
            if m > full:
                m = (m & full) | (1 << cap)
            masks[k] |= m
    return (len(weights), cap, tuple(masks))


class Bonds:
    """Per place, the `top` the unnamed weights can be summarised to, or None to keep them; and the
    fewest sums any class between two cuts ahead holds (`width`, for `dominance.py`)."""

    def __init__(self, story: Story, positions: Positions):
        self.story, self.positions = story, positions
        self._at: dict[Place, int | None] = {}
        self._width: dict[Place, int] = {}
        if positions.everything or min((m.weight for m in story.memories.values()), default=1) < 0:
            return  # every name observable, or weights that take from the bond: keep them all
        self._solve()

    def at(self, beat: str, node: str, pc: int) -> int | None:
        return self._at.get((beat, node, pc))

    def width(self, beat: str, node: str, pc: int) -> int:
        return self._width.get((beat, node, pc), 0)

    def _read(self, beat: str, node: str, pc: int) -> Cuts | None:
        """How the instruction reads the bond (as `reads`), copies into counters included."""
        code = self.story.beats[beat].nodes[node].code
        ins = code[pc]
        conds: list[object] = tested(code, pc)
        if isinstance(ins, ActionI):
            conds = [op[2] for _n, ops in ins.marks for op in ops if op[0] == "assign"]
        cuts: Cuts | None = Cuts()
        for c in conds:
            got = reads(getattr(c, "source", None))
            cuts = None if got is None or cuts is None else cuts | got
        if isinstance(ins, DoI):
            for op in ins.ops:
                if op[0] == "assign" and cuts is not None:
                    cuts = self._copied(beat, node, pc, code, op, cuts)
        return cuts

    def _copied(self, beat: str, node: str, pc: int, code: tuple, op: tuple, cuts: Cuts) -> Cuts | None:
        """`counter: "= expression"`: the bond copied whole into a counter read only in tests of it
        is read by those tests; any other use in the expression is opaque."""
        source = getattr(op[2], "source", None)
        if not isinstance(source, str) or source.split() != ["bond"]:
            return None if reads(source) is None else cuts
        if pc + 1 >= len(code):
            return None
        view = self.positions.at(beat, node, pc + 1)
        if op[1] not in view.counters:
            return cuts  # never read: the copy reads nothing
        tests = view.tests.get(op[1])
        if tests is None:
            return None
        return cuts.union(c for o, k in tests for c in _CUTS[o](k) if c >= 1)

    def _solve(self) -> None:
        """Backward over the places: `read` (a read ahead), `again` (a change then a read ahead),
        `bad` (an opaque read, or a read then a change then a read), `cuts` (where any read parts sums)."""
        story, pos = self.story, self.positions
        places, edges, own, change = [], {}, {}, {}
        for b in story.beats.values():
            explores = [(b.id, n, pc) for n, node in b.nodes.items()
                        for pc, ins in enumerate(node.code) if isinstance(ins, ExploreI)]
            for n, node in b.nodes.items():
                for pc, ins in enumerate(node.code):
                    p = (b.id, n, pc)
                    places.append(p)
                    edges[p] = pos._edges(b.id, n, pc, explores)
                    own[p] = self._read(b.id, n, pc)
                    change[p] = isinstance(ins, (ReviewI, RebootI))
        val = dict.fromkeys(places, (False, False, False, Cuts()))
        unknown = (True, True, True, Cuts())
        changed = True
        while changed:
            changed = False
            for p in reversed(places):
                read = again = bad = False
                cuts = Cuts()
                for kind, q in edges[p]:
                    r, a, x, c = val.get(q, unknown)
                    read, bad, cuts = read or r, bad or x, cuts | c
                    again = again or a or (kind == REWIND and r)
                mine = own[p]
                new = (read or bool(mine), again or (change[p] and read), bad or mine is None or bool(mine and again),
                       cuts | (mine or Cuts()))
                if new != val[p]:
                    val[p] = new
                    changed = True
        self._at = {p: None if v[2] else max(v[3], default=0) for p, v in val.items()}
        self._width = {p: _narrowest(v[3]) for p, v in val.items()}


def _narrowest(cuts: Cuts) -> int:
    """How many sums the narrowest class between two cuts holds (no such class: any number will do)."""
    c = sorted(cuts)
    return min((y - x for x, y in zip(c, c[1:], strict=False)), default=1 << 30)

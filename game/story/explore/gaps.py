"""Which gaps a place can still tell apart: the memories a `deleted(m)` or a `remember m` ahead reads.

A memory goes into the gaps when a review deletes it or the story forgets it, and it never comes
back: `remember` refuses a memory that is gone, and only a rewind brings back a core, its beat's
start snapshot, which the key keeps apart as it is (`Equivalence.project`, with every gap). So a
memory in the gaps is neither held nor waiting, for good; the key keeps what is held and waiting
(by name, or as weights). The gaps themselves are read only by `deleted(m)` in a condition that is
not over lines alone, and by `remember m` (refused when m is gone); their count shows only in words.
Two states that differ only in whether m, held by neither and waiting in neither, is in the gaps,
where no place ahead reads m's gap either way, therefore run alike: every instruction ahead reads
the same of both, and every change made to one is made to the other. So at such a place m's gap is
left out of the key. Runs that keep some memories (`kept.py`) read those memories' gaps everywhere.
"""

from __future__ import annotations

from ..expr_tokens import ExprError, tokenize
from ..story import ActionI, DoI, ExploreI, Story
from .guards import tested
from .liveness import Place, Positions


def deleted_reads(source: object, every: frozenset[str]) -> frozenset[str]:
    """The memories a condition asks `deleted(...)` of; all of them if its source is unknown."""
    if isinstance(source, bool):
        return frozenset()
    if not isinstance(source, str):
        return every
    try:
        t = [x.text for x in tokenize(source)]
    except ExprError:
        return every
    return frozenset(t[i + 2] for i in range(len(t) - 3) if t[i] == "deleted" and t[i + 1] == "(")


class Gaps:
    """Per place, the memories whose gap some place ahead reads; None where every gap is kept."""

    def __init__(self, story: Story, positions: Positions):
        self.story = story
        self._at: dict[Place, frozenset[str] | None] = {}
        if positions.everything:
            return
        # memories every place observes (runs that keep them: `kept.py`)
        self.always = frozenset(n for k, n in positions._bit.decode(positions._always) if k == "m")
        self._solve(positions)

    def at(self, beat: str, node: str, pc: int) -> frozenset[str] | None:
        return self._at.get((beat, node, pc))

    def _own(self, code: tuple, pc: int) -> frozenset[str]:
        every = frozenset(self.story.memories)
        ins = code[pc]
        conds: list[object] = tested(code, pc)
        ops: tuple = ()
        if isinstance(ins, ActionI):
            ops = tuple(op for _name, marks in ins.marks for op in marks)
        elif isinstance(ins, DoI):
            ops = ins.ops
        out = set(self.always)
        for c in conds:
            out |= deleted_reads(getattr(c, "source", None), every)
        for op in ops:
            if op[0] == "remember":
                out.add(op[1])
            elif op[0] == "assign":  # an expression: it cannot ask deleted(), but an unknown one may
                out |= deleted_reads(getattr(op[2], "source", None), every)
        return frozenset(out)

    def _solve(self, positions: Positions) -> None:
        """Backward over the places, until nothing grows: a place reads what it reads and what any
        place it can go on to reads."""
        places: list[Place] = []
        edges: dict[Place, list[Place]] = {}
        own: dict[Place, frozenset[str]] = {}
        for b in self.story.beats.values():
            explores = [(b.id, n, pc) for n, node in b.nodes.items()
                        for pc, ins in enumerate(node.code) if isinstance(ins, ExploreI)]
            for n, node in b.nodes.items():
                for pc in range(len(node.code)):
                    p = (b.id, n, pc)
                    places.append(p)
                    edges[p] = [q for _kind, q in positions._edges(b.id, n, pc, explores)]
                    own[p] = self._own(node.code, pc)
        every = frozenset(self.story.memories)
        at = dict(own)
        changed = True
        while changed:
            changed = False
            for p in reversed(places):
                new = at[p].union(*(at.get(q, every) for q in edges[p]))
                if new != at[p]:
                    at[p] = new
                    changed = True
        one: dict[frozenset[str], frozenset[str]] = {}  # one copy of each set: most places share theirs
        self._at = {p: one.setdefault(gaps, gaps) for p, gaps in at.items()}

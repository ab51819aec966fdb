"""Which memories gate what: the lines, choices, spots and endings whose conditions ask about a
memory, read from the compiled story.

A designer deciding what a memory is worth asks where keeping it shows. Every condition keeps the
text it was written as (`fn.source`); read again with the condition language's own parser, it says
which memories it asks about (`remembers(x)`, `deleted(x)`) and whether it reads the bond, which every
kept memory feeds by its weight. `main.py memories` prints the table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .expr import ExprError, Refs, Scope, compile_expr
from .expr_tokens import tokenize
from .story import ChoiceI, DoI, EndingI, ExploreI, GotoI, JumpIfNotI, Story

CORE_WORDS = frozenset({"bond", "held", "free"})  # what every kept memory counts toward


@dataclass(frozen=True, slots=True)
class Gate:
    """One condition that asks about memories (or the bond), and where it stands."""

    beat: str
    node: str
    what: str  # "if", "option “…”", "spot “…”", "counter …"
    source: str  # the condition as written
    memories: frozenset[str]
    bond: bool  # it reads the bond (or held/free), so every kept memory counts toward it
    id: str = ""  # the option's or spot's id, for those

    @property
    def place(self) -> str:
        return f"{self.beat}.{self.node}"


@dataclass
class Table:
    """For each memory, the gates that name it; the gates that read the bond; what each ending asks."""

    by_memory: dict[str, list[Gate]] = field(default_factory=dict)
    by_bond: list[Gate] = field(default_factory=list)
    endings: dict[str, list[Gate]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        def g(x: Gate) -> dict[str, Any]:
            return {"place": x.place, "what": x.what, "condition": x.source, "memories": sorted(x.memories),
                    "bond": x.bond}

        return {"memories": {m: [g(x) for x in gs] for m, gs in self.by_memory.items()},
                "bond": [g(x) for x in self.by_bond],
                "endings": {e: [g(x) for x in gs] for e, gs in self.endings.items()}}


def _endings_of(story: Story) -> dict[tuple[str, str], set[str]]:
    """The endings each node leads to: its own, and those of the nodes it goes to directly (where
    an `if:` picks between endings, the picking happens one node before the ending's own)."""
    own = {(b.id, n): {ins.ending for ins in node.code if isinstance(ins, EndingI)}
           for b in story.beats.values() for n, node in b.nodes.items()}
    out: dict[tuple[str, str], set[str]] = {}
    for b in story.beats.values():
        for n, node in b.nodes.items():
            found = set(own[(b.id, n)])
            for ins in node.code:
                if isinstance(ins, GotoI):
                    found |= own.get((b.id, ins.node), set())
            if found:
                out[(b.id, n)] = found
    return out


def _conditions(story: Story) -> Iterator[tuple[str, str, str, Callable, str]]:
    """(beat, node, what, condition, option or spot id) for every condition in the story."""
    for beat in story.beats.values():
        for name, node in beat.nodes.items():
            for ins in node.code:
                if isinstance(ins, JumpIfNotI):
                    yield beat.id, name, "if", ins.cond, ""
                elif isinstance(ins, ChoiceI):
                    for o in ins.options:
                        if o.cond is not None:
                            yield beat.id, name, f"option “{story.strings.get(o.id, o.text)}”", o.cond, o.id
                elif isinstance(ins, ExploreI):
                    for sp in ins.spots:
                        if sp.cond is not None:
                            yield beat.id, name, f"spot “{story.strings.get(sp.id, sp.text)}”", sp.cond, sp.id
                elif isinstance(ins, DoI):
                    for op in ins.ops:
                        if op[0] == "assign":
                            yield beat.id, name, f"counter {op[1]}", op[2], ""


def _read(story: Story, beat: str, what: str, source: str) -> Refs | None:
    scope = Scope(set(story.flags), set(story.counters), set(story.memories),
                  {f"{b}.{n}" for b, bt in story.beats.items() for n in bt.nodes}, beat)
    refs = Refs()
    try:
        compile_expr(source, scope, "num" if what.startswith("counter") else "bool", refs)
    except ExprError:
        return None  # the compiler took it in its own scope; nothing more to learn here
    return refs


def table(story: Story) -> Table:
    endings = _endings_of(story)
    read: list[tuple[str, str, str, str, Refs, str]] = []
    for beat, node, what, fn, oid in _conditions(story):
        source = getattr(fn, "source", None)
        refs = _read(story, beat, what, source) if isinstance(source, str) else None
        if refs is not None:  # a constant condition (`true`) asks about nothing
            read.append((beat, node, what, source, refs, oid))
    # a counter set from the bond (`final_bond: "= bond"`) carries it: reading it is reading the bond
    carriers = {what.removeprefix("counter ") for _b, _n, what, source, _r, _i in read
                if what.startswith("counter ") and _reads_core(source)}
    out = Table(by_memory={m: [] for m in story.memories})
    for beat, node, what, source, refs, oid in read:
        bond = _reads_core(source) or bool(refs.counters & carriers)
        gate = Gate(beat, node, what, source, frozenset(refs.memories), bond, oid)
        for m in gate.memories:
            out.by_memory.setdefault(m, []).append(gate)
        if bond:
            out.by_bond.append(gate)
        if gate.memories or bond:
            for ending in sorted(endings.get((beat, node), ())):
                out.endings.setdefault(ending, []).append(gate)
    return out


def _reads_core(source: str) -> bool:
    return any(t.kind == "name" and t.text in CORE_WORDS for t in tokenize(source))

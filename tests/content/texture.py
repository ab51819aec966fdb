"""The story's texture, measured over each beat's compiled node graph.

A beat is a graph of instructions: a line leads to the next, a condition to both of its branches, a
choice to its options, a place to explore to its spots (and a spot's end back to the place), a goto
to its node. The texture tests weigh paths through that graph (bleeps, lines between decisions) and
ask which lines a condition alone lets in (the temper's lines, the memory-shaped passages).

A path may go round a loop (a hub's spots, a choice that comes round again); a loop is counted as
all of its instructions once, so each measure is an upper bound on any path that shows each line
at most once: a repeated spot shows nothing the player has not read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.story.compiler import load_story
from game.story.compiler.context import Context
from game.story.expr import Refs, Scope, compile_expr
from game.story.story import (
    ActionI,
    Beat,
    BeatI,
    ChoiceI,
    EndI,
    EndingI,
    EndingInfo,
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

V = tuple[str, int]  # (node, pc)
Guard = tuple[Callable[..., Any], bool]  # a condition, and whether the edge is taken when it holds
DECISIONS = (ChoiceI, ExploreI, ReviewI, ActionI, RebootI)


@dataclass(frozen=True)
class Loaded:
    """The compiled story, with where each text was written (`file:line`, by its id)."""

    story: Story
    where: dict[str, str]
    folder: Path


def load(story_dir: Path, levels_dir: Path | None = None) -> Loaded:
    """The story in `story_dir` (its maps in `levels_dir`, by default the folder beside it)."""
    ctx = Context()
    story, diags = load_story(Path(story_dir), levels_dir, ctx=ctx)
    errors = [str(d) for d in diags if d.severity == "error"]
    assert story is not None and not errors, "\n".join(errors)
    return Loaded(story, dict(ctx.string_where), Path(story_dir))


@dataclass
class Graph:
    """One beat's instructions and where each leads; `guard` names the condition an edge needs."""

    beat: Beat
    succ: dict[V, list[tuple[V, Guard | None]]] = field(default_factory=dict)

    def ins(self, v: V) -> Any:
        return self.beat.nodes[v[0]].code[v[1]]

    @property
    def start(self) -> V:
        return (self.beat.start, 0)

    def where(self, v: V) -> str:
        return f"{self.beat.file}, node '{v[0]}'"


def _calls(beat: Beat) -> dict[str, set[str]]:
    """Node -> the nodes it carries on into (goto, a set-piece's outcomes), without leaving the beat."""
    out: dict[str, set[str]] = {}
    for node in beat.nodes.values():
        named: set[str] = set()
        for ins in node.code:
            if isinstance(ins, GotoI):
                named.add(ins.node)
            elif isinstance(ins, ActionI):
                named.update(t for t in (ins.win, ins.lose, ins.tense) if t)
        out[node.name] = named
    return out


def _returns(beat: Beat) -> dict[str, list[V]]:
    """Node -> the places to explore its end goes back to (a spot, or a node a spot carries on into)."""
    calls = _calls(beat)
    back: dict[str, list[V]] = {}
    for node in beat.nodes.values():
        for pc, ins in enumerate(node.code):
            if not isinstance(ins, ExploreI):
                continue
            todo, seen = [sp.node for sp in ins.spots], set()
            while todo:
                n = todo.pop()
                if n not in seen:
                    seen.add(n)
                    todo += calls.get(n, ())
            for n in seen:
                back.setdefault(n, []).append((node.name, pc))
    return back


def _edges(ins: Any, node: str, pc: int, back: dict[str, list[V]],
           again: dict[str, str]) -> list[tuple[V, Guard | None]]:
    if isinstance(ins, JumpI):
        return [((node, ins.target), None)]
    if isinstance(ins, JumpIfNotI):
        return [((node, pc + 1), (ins.cond, True)), ((node, ins.target), (ins.cond, False))]
    if isinstance(ins, ChoiceI):
        return [((node, o.target), (o.cond, True) if o.cond else None) for o in ins.options]
    if isinstance(ins, ExploreI):
        return [((sp.node, 0), (sp.cond, True) if sp.cond else None) for sp in ins.spots]
    if isinstance(ins, GotoI):
        return [((ins.node, 0), None)]
    if isinstance(ins, ActionI):
        return [((t, 0), None) for t in (ins.win, ins.lose, ins.tense) if t]
    if isinstance(ins, EndI):
        return [(v, None) for v in back.get(node, ())]
    if isinstance(ins, EndingI):  # an ending that goes back to a node of this beat: the path goes on there
        return [((again[ins.ending], 0), None)] if ins.ending in again else []
    if isinstance(ins, BeatI):
        return []
    return [((node, pc + 1), None)]


def graph(beat: Beat, endings: dict[str, EndingInfo] | None = None) -> Graph:
    """The beat's graph; with the story's `endings`, an ending that rewinds or offers the way back to
    a node of this beat leads there (a path through the game may take both ways of that choice)."""
    g = Graph(beat)
    back = _returns(beat)
    again = {}
    for e in (endings or {}).values():
        to = (e.returns_to or e.rewind or "").partition(".")
        if to[0] == beat.id and to[2] in beat.nodes:
            again[e.id] = to[2]
    for node in beat.nodes.values():
        for pc, ins in enumerate(node.code):
            g.succ[(node.name, pc)] = _edges(ins, node.name, pc, back, again)
    return g


def reachable(g: Graph, cut: Guard | None = None) -> set[V]:
    """What the beat's start reaches, leaving out the edges that need `cut` (a condition, one way)."""
    seen: set[V] = set()
    todo = [g.start]
    while todo:
        v = todo.pop()
        if v in seen:
            continue
        seen.add(v)
        for w, guard in g.succ[v]:
            if cut is None or guard is None or guard[0] is not cut[0] or guard[1] != cut[1]:
                todo.append(w)
    return seen


def _components(vs: list[V], succ: Callable[[V], Iterable[V]]) -> tuple[dict[V, int], list[list[V]]]:
    """Strongly connected components (Tarjan's, without recursion), in reverse topological order."""
    index: dict[V, int] = {}
    low: dict[V, int] = {}
    on: set[V] = set()
    stack: list[V] = []
    comp: dict[V, int] = {}
    comps: list[list[V]] = []
    for root in vs:
        if root in index:
            continue
        work = [(root, iter(succ(root)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(succ(w))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                members = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp[w] = len(comps)
                    members.append(w)
                    if w == v:
                        break
                comps.append(members)
    return comp, comps


@dataclass(frozen=True)
class Heaviest:
    """The heaviest path from one vertex: its weight and the weighed vertices on it, in order."""

    weight: int
    path: tuple[V, ...]


def heaviest(g: Graph, weight: Callable[[V], int], starts: Iterable[V],
             stop: Callable[[V], bool] = lambda v: False) -> dict[V, Heaviest]:
    """For each start, the heaviest path from it that passes no `stop` vertex (a loop counted whole)."""

    def succ(v: V) -> list[V]:
        return [w for w, _ in g.succ[v] if not stop(w)]

    vs = sorted(set(starts))
    comp, comps = _components(vs, succ)
    best: list[Heaviest] = []
    for members in comps:  # reverse topological: every later component is done already
        own = sum(weight(v) for v in members)
        tail = max((best[comp[w]] for v in members for w in succ(v) if comp[w] != comp[v]),
                   key=lambda h: h.weight, default=Heaviest(0, ()))
        shown = tuple(sorted(v for v in members if weight(v)))
        best.append(Heaviest(own + tail.weight, shown + tail.path))
    return {s: best[comp[s]] for s in vs}


class Reads:
    """What each condition reads (flags, counters, memories), parsed again from its source."""

    def __init__(self, story: Story):
        nodes = {f"{b.id}.{n}" for b in story.beats.values() for n in b.nodes}
        self.scope = Scope(set(story.flags), set(story.counters), set(story.memories), nodes)
        self.cache: dict[tuple[str, str], Refs] = {}

    def __call__(self, beat: str, cond: Callable[..., Any]) -> Refs:
        src = getattr(cond, "source", None)
        if not isinstance(src, str):
            return Refs()
        key = (beat, src)
        if key not in self.cache:
            refs = Refs()
            self.scope.beat = beat
            compile_expr(src, self.scope, "bool", refs)
            self.cache[key] = refs
        return self.cache[key]


def guarded_lines(g: Graph, reads: Reads, wanted: Callable[[Refs], bool]) -> set[str]:
    """Ids of the lines of the beat that some condition `wanted` lets in: cut the edges that need
    one way of such a condition, and a line the beat's start no longer reaches exists only under it."""
    everything = reachable(g)
    guards = {(guard[0], guard[1]) for v in everything for _, guard in g.succ[v]
              if guard is not None and wanted(reads(g.beat.id, guard[0]))}
    out: set[str] = set()
    for cut in guards:
        left = reachable(g, cut)
        out.update(g.ins(v).id for v in everything - left if isinstance(g.ins(v), LineI))
    return out


def is_decision(ins: Any) -> bool:
    return isinstance(ins, DECISIONS)


def changes_scene(ins: Any) -> bool:
    """A stage direction that moves to another map, or an ending's own screen."""
    return isinstance(ins, StageI) and bool(ins.stage.map) or isinstance(ins, EndingI)


def retold(story: Story) -> int:
    """How many lines a retelling can show: one for each memory with a story, at most a full core."""
    return min(story.capacity, sum(1 for m in story.memories.values() if m.told))


def where_of(loaded: Loaded, lid: str) -> str:
    return loaded.where.get(lid, lid)


def beats_from(story: Story, first: str) -> list[Beat]:
    """The beats at or after `first`, in story order ([] if there is no such beat)."""
    order = list(story.beats)
    return [story.beats[b] for b in order[order.index(first):]] if first in story.beats else []


def named_on(line: str, names: Iterable[str]) -> list[str]:
    """The names a speaker claims for itself in `line` ("I'm X", "my name is X", "this is X")."""
    low = line.lower()
    return [n for n in names if any(f"{lead} {n.lower()}" in low for lead in ("i'm", "i am", "my name is",
                                                                              "this is", "call me"))]


def retell_count(ins: Any, story: Story) -> int:
    return retold(story) if isinstance(ins, RetellI) else 0

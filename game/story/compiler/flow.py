"""The last pass: how the beats lead into each other, and what that means for the story.

From which beats can follow which, exploration learns what each beat can still read (so it merges
states that differ only in what no later beat looks at), and `validate` learns of echoes that can
never play: a condition asking about a memory no earlier beat can have made.
"""

from __future__ import annotations

from .. import model as m
from ..expr import Refs
from ..story import ActionI, Beat, BeatI, DoI, ExploreI, GotoI, Live
from .beat import BeatFacts
from .context import Context, SourceFile


def beats_ahead(beats: dict[str, Beat], facts: dict[str, BeatFacts],
                endings: dict[str, m.EndingDef]) -> dict[str, set[str]]:
    """Each beat and every beat it can lead to, through its next, its `beat:` steps and the rewinds
    of its endings, however many steps on."""
    succ: dict[str, set[str]] = {}
    for bid, beat in beats.items():
        nxt = {beat.next} if beat.next else set()
        for node in beat.nodes.values():
            nxt |= {i.beat for i in node.code if isinstance(i, BeatI)}
        for e in facts[bid].endings:
            rw = endings[e].rewind
            if rw:
                nxt.add(rw.partition(".")[0])
        succ[bid] = nxt & set(beats)
    ahead: dict[str, set[str]] = {}
    for bid in beats:
        seen, todo = {bid}, [bid]
        while todo:
            for n in succ[todo.pop()]:
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        ahead[bid] = seen
    return ahead


def liveness(beats: dict[str, Beat], facts: dict[str, BeatFacts],
             ahead: dict[str, set[str]]) -> dict[str, Live]:
    """For each beat, what any beat reachable from it can still read or change.

    Exploration merges states that differ only in what no reachable beat will ever look at."""
    live: dict[str, Live] = {}
    for bid in beats:
        seen = ahead[bid]
        refs = Refs()
        refs.merge(*(facts[b].refs for b in seen))
        written = set().union(*(facts[b].writes for b in seen))
        live[bid] = Live(
            flags=frozenset(refs.flags),
            counters=frozenset(refs.counters),
            memories=frozenset(refs.memories.union(*(facts[b].touches for b in seen))),
            visited=frozenset(refs.visited),
            # a counter nothing changes any more, only ever compared with numbers: what matters is
            # which of those comparisons hold, not its value
            counter_tests={c: tuple(sorted(refs.tests[c])) for c in refs.counters
                           if c not in written and c not in refs.opaque and c in refs.tests},
        )
    return live


def check_asks(ctx: Context, ahead: dict[str, set[str]], facts: dict[str, BeatFacts]) -> None:
    """Warn where a condition asks about a memory that no beat able to come first can have made:
    an echo that can never play (or a `deleted()` that is never true)."""
    for bid, bf in facts.items():
        can = {b for b, reach in ahead.items() if bid in reach}  # the beat itself and all before it
        for mem, where in bf.asks:
            made = set(ctx.remembered.get(mem, ()))
            if made and not made & can:
                places = ", ".join(sorted(made))
                ctx.warn(bf.file, where, f"'{mem}' cannot have been made yet here (so this never holds as "
                                         f"meant): it is made in {places}, which cannot come before '{bid}'")


def _made_in(beat: Beat, nodes: set[str]) -> set[str]:
    """The memories the `remember:` steps of these nodes make."""
    return {op[1] for n in nodes if n in beat.nodes for ins in beat.nodes[n].code
            if isinstance(ins, DoI) for op in ins.ops if op[0] == "remember"}


def _reach(beat: Beat, with_tense: bool) -> set[str]:
    """The beat's nodes reachable from its start (through actions' tense nodes too, if asked)."""
    seen, todo = {beat.start}, [beat.start]
    while todo:
        node = beat.nodes.get(todo.pop())
        for ins in node.code if node else ():
            nxt: list[str] = []
            if isinstance(ins, GotoI):
                nxt = [ins.node]
            elif isinstance(ins, ExploreI):
                nxt = [sp.node for sp in ins.spots]
            elif isinstance(ins, ActionI):
                nxt = [ins.win, ins.lose] + ([ins.tense] if with_tense and ins.tense else [])
            for n in nxt:
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
    return seen


def check_tense_memories(ctx: Context, mf: SourceFile, beats: dict[str, Beat]) -> None:
    """Warn about a memory made only inside an action's `tense:` node: a player who plays the
    set-piece itself, and wins or loses it, never reaches that node and never gets the memory."""
    made_plain: set[str] = set()
    made_tense: dict[str, str] = {}  # memory -> the beat whose tense path makes it
    for beat in beats.values():
        plain = _made_in(beat, _reach(beat, False))
        made_plain |= plain
        for mem in _made_in(beat, _reach(beat, True)) - plain:
            made_tense.setdefault(mem, beat.id)
    for mem, bid in sorted(made_tense.items()):
        if mem not in made_plain:
            ctx.warn(mf, (mem,), f"memory '{mem}' is only made on the tense path of '{bid}': a player "
                                 "who wins or loses the set-piece itself never gets it (make it before the "
                                 "action, or in win and lose too)")

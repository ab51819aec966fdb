"""Guards and choices that decide nothing once the liveness analysis knows what is read after them.

`guards.quiet` finds the guards over lines and `do:` steps that only set, unset or add to flags
and counters. Where none of the names they write is live at the step where their ways meet again,
which way is taken changes nothing the rest of the story can see (`liveness.py` says why): a
guard's condition is then no read (`hushed`), and a run that looks only for decisions can pass the
guard without asking it (`idle`). A choice is the same (`quiet_choices`) when its options, run on
through such steps and through `goto`s, meet at one step with nothing live written on the way
(a node entered is its visit written): any option will do. And a set-piece's mark that only sets or
adds to what nothing reads from the node an outcome goes to (`dead_marks`) makes no play differ.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from .. import events as ev
from ..state import GameState
from ..story import ActionI, ChoiceI, DoI, GotoI, JumpI, JumpIfNotI, LineI, RetellI, StageI, Story
from .guards import PLAIN, quiet, written

Place = tuple[str, str, int]  # beat, node, pc
Bit = Callable[[object], int]  # a name's bit in the live sets


def _dead(there: int, names: Iterable[tuple[str, str]], bit: Bit) -> bool:
    """Whether none of `names` is in the live set `there`."""
    return not there & sum(bit(w) for w in names)


def _dead_where_they_meet(got: tuple[int, frozenset] | None, beat: str, node: str, live: dict[Place, int],
                          bit: Bit) -> bool:
    """Whether the names a quiet stretch writes are dead where its ways meet again."""
    meet = None if got is None else live.get((beat, node, got[0]))
    return meet is not None and _dead(meet, got[1], bit)  # type: ignore[index]


def hushed(story: Story, read: Iterable[Place], live: dict[Place, int], bit: Bit) -> list[Place]:
    """Of the places `read` (those whose step still reads something), the quiet guards whose
    names are dead where their ways meet again."""
    found = []
    for p in read:
        beat, node, pc = p
        code = story.beats[beat].nodes[node].code
        if isinstance(code[pc], JumpIfNotI) and _dead_where_they_meet(quiet(code, pc), beat, node, live, bit):
            found.append(p)
    return found


def idle(story: Story, places: Iterable[Place], quieted: set[Place]) -> dict[Place, int]:
    """The guards that decide nothing (over lines only, or quiet and found so: `quieted`), each
    with the step where its ways meet again: a run that only looks for decisions can go there."""
    found = {}
    for p in places:
        beat, node, pc = p
        code = story.beats[beat].nodes[node].code
        got = quiet(code, pc) if isinstance(code[pc], JumpIfNotI) else None
        if got is not None and (not got[1] or p in quieted):
            found[p] = got[0]
    return found


def quiet_choices(story: Story, places: Iterable[Place], live: dict[Place, int], bit: Bit,
                  idle: dict[Place, int]) -> dict[Place, dict[str, frozenset[str]]]:
    """The choices whose options, run on, meet at one step having differed only in words, in
    flags and counters set or added to and in nodes entered, none of which is read from that step
    on: any option will do, as for a choice over lines alone. Each with the nodes its options pass
    through on the way (option id: nodes), which a search that takes one option must note as reached."""
    found = {}
    for beat, node, pc in places:
        ins = story.beats[beat].nodes[node].code[pc]
        if not isinstance(ins, ChoiceI) or len(ins.options) < 2:
            continue
        trails = [_trail(story, beat, node, o.target, idle) for o in ins.options]
        if any(t is None for t in trails):
            continue
        sets = [{q for q, _w, _n in t} for t in trails]  # type: ignore[union-attr]
        meet = next((q for q, _w, _n in trails[0] if all(q in others for others in sets[1:])), None)  # type: ignore[union-attr]
        there = None if meet is None else live.get(meet)
        if there is None:
            continue
        passed = [next((w, n) for q, w, n in t if q == meet) for t in trails]  # type: ignore[union-attr]
        if all(_dead(there, w, bit) for w, _n in passed):
            found[(beat, node, pc)] = {o.id: n for o, (_w, n) in zip(ins.options, passed, strict=True)}
    return found


def passed(choices: dict[Place, dict[str, frozenset[str]]], s: GameState,
           options: Iterable[ev.Option]) -> Iterator[tuple[str, str]]:
    """The nodes the offered `options` of a quiet choice (`quiet_choices`) pass through, which a
    search that takes only the first must note as reached: every one offered leads where it does."""
    nodes = choices.get((s.beat, s.node, s.pc))
    return ((s.beat, n) for o in options for n in nodes[o.id]) if nodes else iter(())


def _trail(story: Story, beat: str, node: str, pc: int, idle: dict[Place, int]) -> list | None:
    """The steps a run from (node, pc) goes through with nothing to decide: lines, idle guards
    (`idle`), jumps, `goto`s and `do:` steps that set, unset or add to flags and counters; each with
    what was written and which nodes were entered before it. It stops at the first other step
    (which is on it); None if it goes round."""
    out: list = []
    writes: frozenset = frozenset()
    entered: frozenset[str] = frozenset()
    code = story.beats[beat].nodes[node].code
    while True:
        here = (beat, node, pc)
        if pc >= len(code) or any(q == here for q, _w, _n in out):
            return None
        out.append((here, writes, entered))
        ins = code[pc]
        if isinstance(ins, (LineI, StageI, RetellI)):
            pc += 1
        elif isinstance(ins, JumpI):
            pc = ins.target
        elif isinstance(ins, JumpIfNotI) and here in idle:
            pc = idle[here]
        elif isinstance(ins, DoI) and all(op[0] in PLAIN for op in ins.ops):
            writes = writes | {written(op) for op in ins.ops}
            pc += 1
        elif isinstance(ins, GotoI):
            node, pc, code = ins.node, 0, story.beats[beat].nodes[ins.node].code
            entered = entered | {node}
            ref = f"{beat}.{node}"
            if ref in story.visited_refs:
                writes = writes | {("v", ref)}
        else:
            return out


def dead_marks(story: Story, places: Iterable[Place], live: dict[Place, int],
               bit: Bit) -> dict[Place, dict[str, frozenset[str]]]:
    """Per set-piece and outcome ("win", "lose"): the marks whose every effect sets, unsets or adds
    to a name nothing reads from the node that outcome goes to. A play with them leads where the
    same play without them does, as far as the story can tell."""
    found: dict[Place, dict[str, frozenset[str]]] = {}
    for beat, node, pc in places:
        ins = story.beats[beat].nodes[node].code[pc]
        if not isinstance(ins, ActionI) or not ins.marks:
            continue
        per = {}
        for outcome, target in (("win", ins.win), ("lose", ins.lose)):
            there = live.get((beat, target, 0))
            if there is not None:
                per[outcome] = frozenset(name for name, ops in ins.marks
                                         if all(op[0] in PLAIN for op in ops) and _dead(there, map(written, ops), bit))
        found[(beat, node, pc)] = per
    return found

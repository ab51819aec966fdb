"""Which conditions an instruction decides by, for the analyses that ask what a place still reads.

A guard over nothing but lines (an `if:` whose ways only show lines) decides nothing: both of its
ways meet again with the state unchanged, so its condition is not a read (see `liveness.py`). A
guard over lines and `do:` steps that only set, unset or add to flags and counters (`quiet`) meets
again too, with only those names changed: where nothing ahead reads them, it decides nothing either,
which only the liveness analysis can tell (`quiet.py`)."""

from __future__ import annotations

from ..story import ChoiceI, DoI, ExploreI, JumpI, JumpIfNotI, LineI, RetellI, StageI

PLAIN = ("set", "unset", "add")  # ops that cannot fail and touch one flag or counter by name


def written(op: tuple) -> tuple[str, str]:
    """The name a plain op (`PLAIN`) writes, as the liveness analysis names it: ("c", counter) or ("f", flag)."""
    return ("c" if op[0] == "add" else "f", op[1])


def tested(code: tuple, pc: int) -> list:
    """The conditions an instruction decides by: a guard's (unless over lines only), its options' or
    its spots'. Set-pieces' marks and `do:` steps write rather than test: their callers read them."""
    ins = code[pc]
    if isinstance(ins, JumpIfNotI):
        got = quiet(code, pc)
        return [] if got is not None and not got[1] else [ins.cond]
    if isinstance(ins, (ChoiceI, ExploreI)):
        return [x.cond for x in (ins.options if isinstance(ins, ChoiceI) else ins.spots) if x.cond is not None]
    return []


def quiet(code: tuple, pc: int) -> tuple[int, frozenset[tuple[str, str]]] | None:
    """For a guard whose `then:` and `else:` (and the guards inside them) hold nothing but lines and
    `do:` steps that set, unset or add to flags and counters: where its ways meet again, and those
    names, ("f", flag) or ("c", counter) (none: a guard over lines only). None for any other guard."""
    end = code[pc].target
    writes: set[tuple[str, str]] = set()
    i = pc + 1
    while i < end:
        ins = code[i]
        if isinstance(ins, (JumpI, JumpIfNotI)):  # a jump past an `else:`, or a guard inside this one
            if ins.target < pc + 1:
                return None
            end = max(end, ins.target)  # the end of the `then:` jumps past the `else:`
        elif isinstance(ins, DoI):
            if any(op[0] not in PLAIN for op in ins.ops):
                return None
            writes.update(written(op) for op in ins.ops)
        elif not isinstance(ins, (LineI, RetellI, StageI)):
            return None
        i += 1
    return end, frozenset(writes)


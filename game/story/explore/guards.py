"""Which conditions an instruction decides by, for the analyses that ask what a place still reads.

A guard over nothing but lines (an `if:` whose ways only show lines) decides nothing: both of its
ways meet again with the state unchanged, so its condition is not a read (see `liveness.py`). A
guard over lines and `do:` steps that only set, unset or add to flags and counters (`quiet`) meets
again too, with only those names changed: where nothing ahead reads them, it decides nothing either,
which only the liveness analysis can tell. A choice whose every option is such a stretch and comes
back to the step after the choice (`quiet_choice`) is one the same way: any of its options will do."""

from __future__ import annotations

from ..story import ChoiceI, DoI, ExploreI, JumpI, JumpIfNotI, LineI, RetellI, StageI

_PLAIN = ("set", "unset", "add")  # ops that cannot fail and touch one flag or counter by name


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
            if any(op[0] not in _PLAIN for op in ins.ops):
                return None
            writes.update(("c" if op[0] == "add" else "f", op[1]) for op in ins.ops)
        elif not isinstance(ins, (LineI, RetellI, StageI)):
            return None
        i += 1
    return end, frozenset(writes)


def quiet_choice(code: tuple, pc: int) -> tuple[int, frozenset[tuple[str, str]]] | None:
    """For a choice of two options or more whose every option holds nothing but lines, `do:` steps
    that set, unset or add to flags and counters, and guards over those, and comes back to the step
    after the choice: that step, and those names. None for any other choice."""
    ins = code[pc]
    if not isinstance(ins, ChoiceI) or len(ins.options) < 2:
        return None
    starts = [o.target for o in ins.options]
    if starts != sorted(starts) or not isinstance(code[starts[1] - 1], JumpI):
        return None
    end = code[starts[1] - 1].target
    if not (starts[-1] < end <= len(code)):
        return None
    writes: set[tuple[str, str]] = set()
    for i in range(starts[0], end):
        step = code[i]
        if isinstance(step, (JumpI, JumpIfNotI)):
            if not starts[0] < step.target <= end:
                return None
        elif isinstance(step, DoI):
            if any(op[0] not in _PLAIN for op in step.ops):
                return None
            writes.update(("c" if op[0] == "add" else "f", op[1]) for op in step.ops)
        elif not isinstance(step, (LineI, RetellI, StageI)):
            return None
    if any(not isinstance(code[s - 1], JumpI) or code[s - 1].target != end for s in (*starts[1:], end)):
        return None  # an option that does not come back to the step after the choice
    return end, frozenset(writes)

"""Which conditions an instruction decides by, for the analyses that ask what a place still reads.

A guard over nothing but lines (an `if:` whose ways only show lines) decides nothing: both of its
ways meet again with the state unchanged, so its condition is not a read (see `liveness.py`)."""

from __future__ import annotations

from ..story import ChoiceI, ExploreI, JumpI, JumpIfNotI, LineI, RetellI, StageI


def tested(code: tuple, pc: int) -> list:
    """The conditions an instruction decides by: a guard's (unless over lines only), its options' or
    its spots'. Set-pieces' marks and `do:` steps write rather than test: their callers read them."""
    ins = code[pc]
    if isinstance(ins, JumpIfNotI):
        return [] if _cosmetic(code, pc) else [ins.cond]
    if isinstance(ins, (ChoiceI, ExploreI)):
        return [x.cond for x in (ins.options if isinstance(ins, ChoiceI) else ins.spots) if x.cond is not None]
    return []


def _cosmetic(code: tuple, pc: int) -> bool:
    """A guard over nothing but lines (an `if:` whose `then:` and `else:` only show lines, or guards
    over lines in turn): all of its ways meet again with nothing changed."""
    end = code[pc].target
    i = pc + 1
    while i < end:
        ins = code[i]
        if isinstance(ins, (JumpI, JumpIfNotI)):  # a jump past an `else:`, or a guard inside this one
            if ins.target < pc + 1:
                return False
            end = max(end, ins.target)  # the end of the `then:` jumps past the `else:`
        elif not isinstance(ins, (LineI, RetellI, StageI)):
            return False
        i += 1
    return True

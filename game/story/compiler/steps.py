"""How each step keyword compiles: one function per keyword, looked up in `STEPS`.

Each takes the beat compiler (which holds the instructions so far and the beat's notes), the step
as its model, where it was written and its derived id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import model as m
from ..expr import ExprError, Refs, compile_expr
from ..story import (
    ActionI,
    BeatI,
    ChoiceI,
    DoI,
    EndingI,
    ExploreI,
    GotoI,
    JumpI,
    JumpIfNotI,
    LineI,
    OptI,
    RebootI,
    RetellI,
    ReviewI,
    SpotI,
    StageI,
)
from .stage import stage_step

if TYPE_CHECKING:  # the compiler imports this table; only its type is needed here
    from .beat import BeatCompiler

Where = tuple[Any, ...]  # a path into a file's data, as `locate` takes it
MAX_MARKS = 3  # an action's marks: the explorer plays every subset of them with each outcome
Op = tuple[Any, ...]


def say(bc: BeatCompiler, model: m.LineStep, path: Where, sid: str) -> None:  # `say:` written out in full
    if model.say not in bc.ctx.characters:
        bc.err(path + ("say",), f"unknown speaker '{model.say}'")
        return
    bc.line(model.say, model.text, model.face, model.id, None, path, sid, text_key="text")


def choice(bc: BeatCompiler, model: m.ChoiceStep, path: Where, sid: str) -> None:
    cid = model.id or sid
    guard_at = bc.emit(JumpI(-1)) if model.if_ is not None else None
    at = bc.emit(JumpI(-1))
    ends: list[int] = []
    options: list[OptI] = []
    opt_refs = Refs()
    for j, opt in enumerate(model.choice):
        options.append(_option(bc, opt, path + ("choice", j), f"{cid}.{j + 1}", opt_refs, ends))
    for e in ends:
        bc.patch(e, JumpI(len(bc.code)))
    end = len(bc.code)
    # a choice whose every option only shows lines and comes back here changes nothing that follows
    flavour = all(
        isinstance(i, (LineI, RetellI, StageI)) or (isinstance(i, JumpI) and at < i.target <= end)
        for i in bc.code[at + 1 : end]
    )
    bc.patch(at, ChoiceI(cid, tuple(options), flavour))
    # even when every option only talks, which options are open decides whether the choice can be
    # answered at all: what their conditions read keeps states apart
    bc.refs.merge(opt_refs)
    if guard_at is not None:
        bc.patch(guard_at, JumpIfNotI(bc.guard(model.if_, path + ("if",), guard_at + 1), len(bc.code)))


def _option(bc: BeatCompiler, opt: m.Option, op: Where, place: str, opt_refs: Refs, ends: list[int]) -> OptI:
    """Compile one option's code; where it falls through to after the choice is added to `ends`."""
    oid = opt.id or place
    bc.string(oid, place, opt.text, op + ("text",), "option")
    bc.count(opt.text)
    cond = bc.cond(opt.if_, op + ("if",), opt_refs) if opt.if_ is not None else None
    option = OptI(oid, opt.text, cond, len(bc.code))
    if opt.do is not None:
        effects(bc, opt.do, op + ("do",))
    if opt.then is not None:
        bc.steps(opt.then, op + ("then",), place)
    if opt.goto and opt.beat:
        bc.err(op, "an option goes to a node or to a beat, not both")
    if opt.goto:
        bc.target_node(opt.goto, op + ("goto",))
        bc.emit(GotoI(opt.goto))
    elif opt.beat:
        bc.target_beat(opt.beat, op + ("beat",))
        bc.emit(BeatI(opt.beat))
    else:
        ends.append(bc.emit(JumpI(-1)))
    return option


def explore(bc: BeatCompiler, model: m.ExploreStep, path: Where, sid: str) -> None:
    eid = model.id or sid
    spots = []
    for j, spot in enumerate(model.explore):
        sp = path + ("explore", j)
        spid = spot.id or f"{eid}.{j + 1}"
        bc.string(spid, f"{eid}.{j + 1}", spot.text, sp + ("text",), "spot")
        bc.target_node(spot.goto, sp + ("goto",))
        if spot.goto == bc.node:
            bc.err(sp + ("goto",), "a spot cannot play the node that holds the explore step")
        cond = bc.cond(spot.if_, sp + ("if",)) if spot.if_ is not None else None
        spots.append(SpotI(spid, spot.text, cond, spot.goto))
    bc.emit(ExploreI(eid, tuple(spots)))


def do(bc: BeatCompiler, model: m.DoStep, path: Where, sid: str) -> None:
    effects(bc, model.do, path + ("do",))


def _names(v: Any) -> list[str]:
    return [v] if isinstance(v, str) else list(v or [])


def effects(bc: BeatCompiler, eff: m.Effects, path: Where) -> None:
    """A `do:` (of a step or an option): flags first, then memories, then counters, in one DoI."""
    bc.emit(DoI(effect_ops(bc, eff, path)))


def effect_ops(bc: BeatCompiler, eff: m.Effects, path: Where) -> tuple[Op, ...]:
    """The operations of a `do:` (also an action's marks), each name checked where it was written."""
    ops = _flag_ops(bc, eff, path) + _memory_ops(bc, eff, path)
    for key, value in (eff.model_extra or {}).items():
        op = _counter_op(bc, key, value, path + (key,))
        if op is not None:
            ops.append(op)
    return tuple(ops)


def _flag_ops(bc: BeatCompiler, eff: m.Effects, path: Where) -> list[Op]:
    ops: list[Op] = []
    for key in ("set", "unset"):
        for j, flag in enumerate(_names(getattr(eff, key))):
            where = path + (key,) if isinstance(getattr(eff, key), str) else path + (key, j)
            if flag not in bc.ctx.scope.flags:
                bc.err(where, f"no flag '{flag}' (declare it under flags: in game.yaml)")
            ops.append((key, flag))
            if key == "set":
                bc.ctx.flags_set.add(flag)
    return ops


def _memory_ops(bc: BeatCompiler, eff: m.Effects, path: Where) -> list[Op]:
    ops: list[Op] = []
    for key in ("remember", "forget"):
        for j, mem in enumerate(_names(getattr(eff, key))):
            where = path + (key,) if isinstance(getattr(eff, key), str) else path + (key, j)
            if mem not in bc.ctx.scope.memories:
                bc.err(where, f"no memory '{mem}' in memories.yaml")
            ops.append((key, mem))
            bc.touches.add(mem)
            if key == "remember":
                bc.ctx.remembered.setdefault(mem, []).append(bc.beat.beat)
    return ops


def _counter_op(bc: BeatCompiler, key: str, value: Any, where: Where) -> Op | None:
    """`counter: +1` adds; `counter: "= expression"` sets. None when the effect is reported instead."""
    scope = bc.ctx.scope
    if key not in scope.counters:
        hint = " (a flag is changed with set: or unset:)" if key in scope.flags else ""
        bc.err(where, f"unknown effect or counter '{key}'{hint}", key=True)
        return None
    bc.ctx.counters_changed.add(key)
    bc.writes.add(key)
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        bc.err(where, f"a counter takes a number to add ({key}: +1) or \"= expression\"")
    elif isinstance(value, int):
        return ("add", key, value)
    elif value.lstrip().startswith("="):
        body = value.lstrip()[1:]
        scope.beat = bc.beat.beat
        try:
            return ("assign", key, compile_expr(body, scope, "num", bc.refs))
        except ExprError as exc:
            lead = len(value) - len(value.lstrip()) + 1
            bc.err(where, exc.message, offset=lead + exc.offset)
    else:
        bc.err(where, f"a counter takes a number to add ({key}: +1) or \"= expression\"")
    return None


def goto(bc: BeatCompiler, model: m.GotoStep, path: Where, sid: str) -> None:
    bc.target_node(model.goto, path + ("goto",))
    bc.emit(GotoI(model.goto))


def beat(bc: BeatCompiler, model: m.BeatStep, path: Where, sid: str) -> None:
    bc.target_beat(model.beat, path + ("beat",))
    bc.emit(BeatI(model.beat))


def review(bc: BeatCompiler, model: m.ReviewStep, path: Where, sid: str) -> None:
    rv = model.review if isinstance(model.review, m.Review) else m.Review(title=model.review)
    rid = model.id or sid
    bc.string(rid, sid, rv.title, path + ("review",), "review")
    bc.emit(ReviewI(rid, rv.title, rv.weapons))


def action(bc: BeatCompiler, model: m.ActionStep, path: Where, sid: str) -> None:
    a = model.action
    for key in ("win", "lose", "tense"):
        if getattr(a, key):
            bc.target_node(getattr(a, key), path + ("action", key))
    aid = model.id or sid
    bc.string(aid, sid, a.title, path + ("action", "title"), "action")
    given = tuple((name, bc.cond(src, path + ("action", "given", name))) for name, src in a.given.items())
    if len(a.marks) > MAX_MARKS:
        bc.err(path + ("action", "marks"), f"an action reports at most {MAX_MARKS} marks (each one doubles "
                                           "the ways it can end that the story is checked for)")
    marks = tuple((name, effect_ops(bc, eff, path + ("action", "marks", name))) for name, eff in a.marks.items())
    check_piece(bc, a, path + ("action",))
    bc.emit(ActionI(aid, a.piece, a.title, a.win, a.lose, a.tense, given, marks))


def reboot(bc: BeatCompiler, model: m.RebootStep, path: Where, sid: str) -> None:
    rid = model.id or sid
    bc.string(rid, sid, model.reboot, path + ("reboot",), "reboot")
    bc.emit(RebootI(rid, model.reboot))


def retell(bc: BeatCompiler, model: m.RetellStep, path: Where, sid: str) -> None:
    if model.retell not in bc.ctx.characters:
        bc.err(path + ("retell",), f"unknown speaker '{model.retell}'")
    bc.emit(RetellI(model.retell))


def ending(bc: BeatCompiler, model: m.EndingStep, path: Where, sid: str) -> None:
    if model.ending not in bc.ctx.endings:
        bc.err(path + ("ending",), f"no ending '{model.ending}' (endings are listed in game.yaml)")
    bc.endings_used.add(model.ending)
    bc.emit(EndingI(model.ending))


STEPS: dict[str, Callable[[BeatCompiler, Any, Where, str], None]] = {
    "say": say,
    "choice": choice,
    "explore": explore,
    "do": do,
    "goto": goto,
    "beat": beat,
    "review": review,
    "action": action,
    "reboot": reboot,
    "retell": retell,
    "ending": ending,
    "stage": stage_step,
}


def check_piece(bc: BeatCompiler, a: m.Action, path: Where) -> None:
    """The piece exists, hears every `given:` name and can report every mark (when the caller knows
    the pieces): a misspelt name is otherwise told to nobody, or waited for and never reported."""
    pieces = bc.ctx.pieces
    if pieces is None:
        return
    if a.piece not in pieces:
        known = ", ".join(sorted(pieces))
        bc.ctx.warn(bc.f, path + ("piece",), f"no set-piece called '{a.piece}' (known: {known}): "
                                           "the window shows its title card and plays its tense choices, or wins it")
        return
    given, marks = pieces[a.piece]
    for kind, names, heard in (("given", a.given, given), ("marks", a.marks, marks)):
        for name in names:
            if name not in heard:
                what = "reads" if kind == "given" else "reports"
                bc.err(path + (kind, name), f"the set-piece '{a.piece}' {what} no '{name}' (it {what}: "
                                            f"{', '.join(sorted(heard)) or 'nothing'})", key=True)

"""Load a story folder, check everything, and compile it for the runtime.

Every problem in every file is collected (never only the first) and reported as
`path:line:col: message`. A story with errors does not compile; `load_story` returns it as None
with the full list, so `validate` can print them all and the game can refuse to start cleanly.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from . import model as m
from .diagnostics import Diagnostic
from .expr import ExprError, Refs, Scope, compile_expr
from .story import (
    ActionI,
    Beat,
    BeatI,
    CharacterInfo,
    ChoiceI,
    DoI,
    EndI,
    EndingI,
    EndingInfo,
    ExploreI,
    GotoI,
    Ins,
    JumpI,
    JumpIfNotI,
    LineI,
    Live,
    MemoryInfo,
    Node,
    OptI,
    RebootI,
    RetellI,
    ReviewI,
    SpotI,
    Story,
)
from .yamlsrc import LDict, LList, Mark, load_file, locate

NARRATOR = None
_WORD = re.compile(r"[A-Za-z0-9'’]+")
LINE_EXTRAS = {"face", "if", "id"}


@dataclass
class _File:
    shown: str
    root: Any

    def at(self, path: tuple[Any, ...], key: bool = False) -> Mark:
        return locate(self.root, path, key)


@dataclass
class _Ctx:
    """Everything the checks of one story share."""

    diags: list[Diagnostic] = field(default_factory=list)
    scope: Scope = field(default_factory=Scope)
    refs: Refs = field(default_factory=Refs)
    characters: dict[str, CharacterInfo] = field(default_factory=dict)
    endings: set[str] = field(default_factory=set)
    beat_nodes: dict[str, set[str]] = field(default_factory=dict)
    strings: dict[str, str] = field(default_factory=dict)
    string_where: dict[str, str] = field(default_factory=dict)
    flags_set: set[str] = field(default_factory=set)
    counters_changed: set[str] = field(default_factory=set)
    remembered: dict[str, list[str]] = field(default_factory=dict)  # memory -> beats that remember it
    words_by_speaker: dict[str, int] = field(default_factory=dict)
    words_by_beat: dict[str, int] = field(default_factory=dict)

    def error(self, f: _File, path: tuple[Any, ...], message: str, key: bool = False, offset: int = 0) -> None:
        mark = f.at(path, key)
        col = mark.col + (1 if mark.quoted else 0) + offset
        self.diags.append(Diagnostic(f.shown, mark.line, col, message))

    def warn(self, f: _File, path: tuple[Any, ...], message: str) -> None:
        mark = f.at(path)
        self.diags.append(Diagnostic(f.shown, mark.line, mark.col, message, "warning"))


def _pydantic_errors(ctx: _Ctx, f: _File, base: tuple[Any, ...], exc: ValidationError) -> None:
    for err in exc.errors():
        loc = tuple(err["loc"])
        # pydantic reports union members' names in loc; drop what is not a real key or index
        loc = tuple(p for p in loc if not (isinstance(p, str) and (p[:1].isupper() or "[" in p or p in ("str", "list[str]", "function-after"))))
        msg = err["msg"]
        kind = err["type"]
        if kind == "extra_forbidden":
            msg = f"unknown key '{loc[-1]}'" if loc else "unknown key"
            ctx.error(f, base + loc, msg, key=True)
            continue
        if kind == "missing":
            where = base + loc[:-1]
            ctx.error(f, where, f"missing '{loc[-1]}'", key=False)
            continue
        if kind == "string_pattern_mismatch" and loc and loc[-1] in ("color",):
            msg = "a colour is written #rrggbb"
        elif kind == "string_pattern_mismatch":
            msg = "ids use letters, digits and _ only"
        ctx.error(f, base + loc, msg[0].lower() + msg[1:] if msg else "invalid value")


def _check(ctx: _Ctx, f: _File, base: tuple[Any, ...], model: type[BaseModel], data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        _pydantic_errors(ctx, f, base, exc)
        return None


def _words(text: str) -> int:
    return len(_WORD.findall(text))


class _BeatCompiler:
    """Compiles one beat file's nodes into instruction lists, checking every reference."""

    def __init__(self, ctx: _Ctx, f: _File, beat: m.BeatFile):
        self.ctx, self.f, self.beat = ctx, f, beat
        self.nodes = set(beat.nodes)
        self.refs = Refs()  # what this beat's conditions read to decide what happens
        self.shown_refs = Refs()  # what they read only to choose which lines to show
        self.touches: set[str] = set()  # memories this beat makes arrive or forgets
        self.writes: set[str] = set()  # counters this beat changes
        self.asks: list[tuple[str, tuple[Any, ...]]] = []  # (memory, where) of each remembers()/deleted()
        self.endings_used: set[str] = set()
        self.code: list[Ins] = []
        self.node = ""

    # -- helpers ---------------------------------------------------------------------------------

    def err(self, path: tuple[Any, ...], msg: str, key: bool = False, offset: int = 0) -> None:
        self.ctx.error(self.f, path, msg, key, offset)

    def cond(self, src: Any, path: tuple[Any, ...], refs: Refs | None = None) -> Any:
        scope = self.ctx.scope
        scope.beat = self.beat.beat
        local = Refs()
        try:
            fn = compile_expr(src, scope, "bool", local)
        except ExprError as exc:
            self.err(path, exc.message, offset=exc.offset)
            return lambda e: False
        (self.refs if refs is None else refs).merge(local)
        self.asks.extend((mem, path) for mem in sorted(local.memories))
        return fn

    def guard(self, src: Any, path: tuple[Any, ...], start: int) -> Any:
        """A condition guarding code[start:]: compiled, its reads filed by what the code can change.

        A guard over nothing but lines only changes what is shown, never what happens next, so what
        it reads does not keep states apart during exploration."""
        refs = Refs()
        fn = self.cond(src, path, refs)
        end = len(self.code)
        cosmetic = all(
            isinstance(i, (LineI, RetellI)) or (isinstance(i, JumpI) and start <= i.target <= end)
            for i in self.code[start:end]
        )
        target = self.shown_refs if cosmetic else self.refs
        target.merge(refs)
        return fn

    def emit(self, ins: Ins) -> int:
        self.code.append(ins)
        return len(self.code) - 1

    def patch(self, at: int, ins: Ins) -> None:
        self.code[at] = ins

    def string(self, sid: str, text: str, path: tuple[Any, ...]) -> None:
        if sid in self.ctx.strings:
            self.err(path, f"id '{sid}' is used twice (also at {self.ctx.string_where[sid]})")
            return
        self.ctx.strings[sid] = text
        mark = self.f.at(path)
        self.ctx.string_where[sid] = f"{self.f.shown}:{mark.line}"

    def target_node(self, name: str, path: tuple[Any, ...]) -> None:
        if name not in self.nodes:
            self.err(path, f"no node '{name}' in beat '{self.beat.beat}'")

    def target_beat(self, name: str, path: tuple[Any, ...]) -> None:
        if name not in self.ctx.beat_nodes:
            self.err(path, f"no beat '{name}'")

    # -- compiling -------------------------------------------------------------------------------

    def compile_node(self, name: str, steps: list[Any]) -> Node | None:
        self.code = []
        self.node = name
        base = ("nodes", name)
        if not steps:
            self.err(base, f"node '{name}' has no steps")
        self.steps(steps, base, f"{self.beat.beat}.{name}")
        self.emit(EndI())
        digest = hashlib.sha1(repr([_describe(i) for i in self.code]).encode()).hexdigest()[:12]
        return Node(self.beat.beat, name, tuple(self.code), digest, self.f.at(base, key=True).line)

    def steps(self, steps: Any, path: tuple[Any, ...], idpath: str) -> None:
        if not isinstance(steps, list):
            self.err(path, "expected a list of steps")
            return
        for i, step in enumerate(steps):
            self.step(step, path + (i,), f"{idpath}.{i + 1}")

    def step(self, step: Any, path: tuple[Any, ...], sid: str) -> None:
        if isinstance(step, str):
            self.line(None, step, None, None, None, path, sid)
            return
        if not isinstance(step, dict) or not step:
            self.err(path, "a step is a line of text or a mapping such as `mai: \"...\"`")
            return
        kinds = [k for k in step if k in m.STEP_KEYS]
        if "if" in step and "then" in step:
            self.if_step(step, path, sid)
            return
        if "then" in step or "else" in step:
            self.err(path, "'then' and 'else' belong to an 'if' step (or to a choice's option)")
            return
        if len(kinds) > 1:
            self.err(path, f"one step per list item: found both '{kinds[0]}' and '{kinds[1]}'")
            return
        if not kinds:
            speakers = [k for k in step if k not in LINE_EXTRAS]
            if len(speakers) != 1:
                unknown = ", ".join(str(k) for k in speakers) or "(none)"
                self.err(path, f"not a step: expected one speaker or a step keyword, found {unknown}")
                return
            speaker = speakers[0]
            data = {"say": str(speaker), "text": step[speaker], **{k: step[k] for k in step if k in LINE_EXTRAS}}
            if str(speaker) not in self.ctx.characters:
                known = ", ".join(sorted(self.ctx.characters))
                if speaker in ("text", "line", "narrate", "narration"):
                    self.err(path + (speaker,), "narration is written as a plain string step", key=True)
                else:
                    self.err(path + (speaker,), f"unknown speaker or step '{speaker}' (speakers: {known})", key=True)
                return
            if not isinstance(step[speaker], str):
                self.err(path + (speaker,), "a line's text must be a string (put it in quotes)")
                return
            model = _check(self.ctx, self.f, path, m.LineStep, data)
            if model:
                self.line(model.say, model.text, model.face, model.id, model.if_, path, sid, text_key=speaker)
            return
        kind = kinds[0]
        model = _check(self.ctx, self.f, path, m.STEP_KEYS[kind], step)
        if model is None:
            return
        guard = getattr(model, "if_", None) if kind not in ("choice",) else None
        jump_at = self.emit(JumpI(-1)) if guard is not None else None
        getattr(self, f"s_{kind}")(model, path, sid)
        if jump_at is not None:
            self.patch(jump_at, JumpIfNotI(self.guard(guard, path + ("if",), jump_at + 1), len(self.code)))

    def line(self, speaker, text, face, lid, guard, path, sid, text_key=None) -> None:
        if speaker is not None and face is not None:
            faces = self.ctx.characters[speaker].faces
            if face not in faces:
                self.err(path + ("face",), f"{speaker} has no face '{face}' (faces: {', '.join(faces)})")
        sid = lid or sid
        where = path + (text_key,) if text_key is not None else path
        self.string(sid, text, where)
        n = _words(text)
        who = speaker or "narrator"
        self.ctx.words_by_speaker[who] = self.ctx.words_by_speaker.get(who, 0) + n
        self.ctx.words_by_beat[self.beat.beat] = self.ctx.words_by_beat.get(self.beat.beat, 0) + n
        jump_at = self.emit(JumpI(-1)) if guard is not None else None
        default_face = "neutral" if speaker is None else self.ctx.characters[speaker].faces[0]
        self.emit(LineI(sid, speaker, face or default_face))
        if jump_at is not None:
            self.patch(jump_at, JumpIfNotI(self.guard(guard, path + ("if",), jump_at + 1), len(self.code)))

    def if_step(self, step: dict, path: tuple[Any, ...], sid: str) -> None:
        extra = [k for k in step if k not in ("if", "then", "else")]
        if extra:
            self.err(path + (extra[0],), f"an 'if' step holds only if, then and else (found '{extra[0]}')", key=True)
        at = self.emit(JumpI(-1))
        self.steps(step["then"], path + ("then",), f"{sid}.then")
        if step.get("else") is not None:
            skip = self.emit(JumpI(-1))
            else_at = len(self.code)
            self.steps(step["else"], path + ("else",), f"{sid}.else")
            self.patch(skip, JumpI(len(self.code)))
            self.patch(at, JumpIfNotI(self.guard(step["if"], path + ("if",), at + 1), else_at))
        else:
            self.patch(at, JumpIfNotI(self.guard(step["if"], path + ("if",), at + 1), len(self.code)))

    def s_say(self, model: m.LineStep, path, sid) -> None:  # `say:` written out in full
        if model.say not in self.ctx.characters:
            self.err(path + ("say",), f"unknown speaker '{model.say}'")
            return
        self.line(model.say, model.text, model.face, model.id, None, path, sid, text_key="text")

    def s_choice(self, model: m.ChoiceStep, path, sid) -> None:
        cid = model.id or sid
        guard_at = self.emit(JumpI(-1)) if model.if_ is not None else None
        at = self.emit(JumpI(-1))
        ends: list[int] = []
        options: list[OptI] = []
        opt_refs = Refs()
        for j, opt in enumerate(model.choice):
            op = path + ("choice", j)
            oid = opt.id or f"{cid}.{j + 1}"
            self.string(oid, opt.text, op + ("text",))
            self.ctx.words_by_beat[self.beat.beat] = self.ctx.words_by_beat.get(self.beat.beat, 0) + _words(opt.text)
            cond = self.cond(opt.if_, op + ("if",), opt_refs) if opt.if_ is not None else None
            options.append(OptI(oid, opt.text, cond, len(self.code)))
            if opt.do is not None:
                self.effects(opt.do, op + ("do",))
            if opt.then is not None:
                self.steps(opt.then, op + ("then",), oid)
            if opt.goto and opt.beat:
                self.err(op, "an option goes to a node or to a beat, not both")
            if opt.goto:
                self.target_node(opt.goto, op + ("goto",))
                self.emit(GotoI(opt.goto))
            elif opt.beat:
                self.target_beat(opt.beat, op + ("beat",))
                self.emit(BeatI(opt.beat))
            else:
                ends.append(self.emit(JumpI(-1)))
        for e in ends:
            self.patch(e, JumpI(len(self.code)))
        end = len(self.code)
        # a choice whose every option only shows lines and comes back here changes nothing that follows
        flavour = all(
            isinstance(i, (LineI, RetellI)) or (isinstance(i, JumpI) and at < i.target <= end)
            for i in self.code[at + 1 : end]
        )
        self.patch(at, ChoiceI(cid, tuple(options), flavour))
        # even when every option only talks, which options are open decides whether the choice can be
        # answered at all: what their conditions read keeps states apart
        self.refs.merge(opt_refs)
        if guard_at is not None:
            self.patch(guard_at, JumpIfNotI(self.guard(model.if_, path + ("if",), guard_at + 1), len(self.code)))

    def s_explore(self, model: m.ExploreStep, path, sid) -> None:
        eid = model.id or sid
        spots = []
        for j, spot in enumerate(model.explore):
            sp = path + ("explore", j)
            spid = spot.id or f"{eid}.{j + 1}"
            self.string(spid, spot.text, sp + ("text",))
            self.target_node(spot.goto, sp + ("goto",))
            if spot.goto == self.node:
                self.err(sp + ("goto",), "a spot cannot play the node that holds the explore step")
            cond = self.cond(spot.if_, sp + ("if",)) if spot.if_ is not None else None
            spots.append(SpotI(spid, spot.text, cond, spot.goto))
        self.emit(ExploreI(eid, tuple(spots)))

    def s_do(self, model: m.DoStep, path, sid) -> None:
        self.effects(model.do, path + ("do",))

    def effects(self, eff: m.Effects, path: tuple[Any, ...]) -> None:
        ops: list[tuple[Any, ...]] = []
        scope = self.ctx.scope

        def names(v: Any) -> list[str]:
            return [v] if isinstance(v, str) else list(v or [])

        for key in ("set", "unset"):
            for j, flag in enumerate(names(getattr(eff, key))):
                where = path + (key,) if isinstance(getattr(eff, key), str) else path + (key, j)
                if flag not in scope.flags:
                    self.err(where, f"no flag '{flag}' (declare it under flags: in game.yaml)")
                ops.append((key, flag))
                if key == "set":
                    self.ctx.flags_set.add(flag)
        for key in ("remember", "forget"):
            for j, mem in enumerate(names(getattr(eff, key))):
                where = path + (key,) if isinstance(getattr(eff, key), str) else path + (key, j)
                if mem not in scope.memories:
                    self.err(where, f"no memory '{mem}' in memories.yaml")
                ops.append((key, mem))
                self.touches.add(mem)
                if key == "remember":
                    self.ctx.remembered.setdefault(mem, []).append(self.beat.beat)
        for key, value in (eff.model_extra or {}).items():
            where = path + (key,)
            if key not in scope.counters:
                hint = " (a flag is changed with set: or unset:)" if key in scope.flags else ""
                self.err(where, f"unknown effect or counter '{key}'{hint}", key=True)
                continue
            self.ctx.counters_changed.add(key)
            self.writes.add(key)
            if isinstance(value, bool) or not isinstance(value, (int, str)):
                self.err(where, f"a counter takes a number to add ({key}: +1) or \"= expression\"")
            elif isinstance(value, int):
                ops.append(("add", key, value))
            elif value.lstrip().startswith("="):
                body = value.lstrip()[1:]
                scope.beat = self.beat.beat
                try:
                    fn = compile_expr(body, scope, "num", self.refs)
                    ops.append(("assign", key, fn))
                except ExprError as exc:
                    lead = len(value) - len(value.lstrip()) + 1
                    self.err(where, exc.message, offset=lead + exc.offset)
            else:
                self.err(where, f"a counter takes a number to add ({key}: +1) or \"= expression\"")
        self.emit(DoI(tuple(ops)))

    def s_goto(self, model: m.GotoStep, path, sid) -> None:
        self.target_node(model.goto, path + ("goto",))
        self.emit(GotoI(model.goto))

    def s_beat(self, model: m.BeatStep, path, sid) -> None:
        self.target_beat(model.beat, path + ("beat",))
        self.emit(BeatI(model.beat))

    def s_review(self, model: m.ReviewStep, path, sid) -> None:
        review = model.review if isinstance(model.review, m.Review) else m.Review(title=model.review)
        rid = model.id or sid
        self.string(rid, review.title, path + ("review",))
        self.emit(ReviewI(rid, review.title, review.weapons))

    def s_action(self, model: m.ActionStep, path, sid) -> None:
        a = model.action
        for key in ("win", "lose", "tense"):
            if getattr(a, key):
                self.target_node(getattr(a, key), path + ("action", key))
        aid = model.id or sid
        self.string(aid, a.title, path + ("action", "title"))
        self.emit(ActionI(aid, a.piece, a.title, a.win, a.lose, a.tense))

    def s_reboot(self, model: m.RebootStep, path, sid) -> None:
        rid = model.id or sid
        self.string(rid, model.reboot, path + ("reboot",))
        self.emit(RebootI(rid, model.reboot))

    def s_retell(self, model: m.RetellStep, path, sid) -> None:
        if model.retell not in self.ctx.characters:
            self.err(path + ("retell",), f"unknown speaker '{model.retell}'")
        self.emit(RetellI(model.retell))

    def s_ending(self, model: m.EndingStep, path, sid) -> None:
        if model.ending not in self.ctx.endings:
            self.err(path + ("ending",), f"no ending '{model.ending}' (endings are listed in game.yaml)")
        self.endings_used.add(model.ending)
        self.emit(EndingI(model.ending))


def _describe(ins: Ins) -> tuple:
    """A stable, comparable picture of an instruction (closures replaced by their presence)."""
    out = [type(ins).__name__]
    for name in ins.__slots__:  # type: ignore[attr-defined]
        v = getattr(ins, name)
        if callable(v):
            v = "cond"
        elif isinstance(v, tuple):
            v = tuple(_describe(x) if hasattr(x, "__slots__") else (("fn",) if callable(x) else x) for x in v)
        out.append(v)
    return tuple(out)


def _ahead(beats: dict[str, Beat], own: dict[str, tuple[Refs, set[str], set[str], set[str]]],
           endings: dict[str, m.EndingDef]) -> dict[str, set[str]]:
    """Each beat and every beat it can lead to, through its next, its `beat:` steps and the rewinds
    of its endings, however many steps on."""
    succ: dict[str, set[str]] = {}
    for bid, beat in beats.items():
        nxt = {beat.next} if beat.next else set()
        for node in beat.nodes.values():
            nxt |= {i.beat for i in node.code if isinstance(i, BeatI)}
        for e in own[bid][2]:
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


def _liveness(beats: dict[str, Beat], own: dict[str, tuple[Refs, set[str], set[str], set[str]]],
              ahead: dict[str, set[str]]) -> dict[str, Live]:
    """For each beat, what any beat reachable from it can still read or change.

    Exploration merges states that differ only in what no reachable beat will ever look at."""
    live: dict[str, Live] = {}
    for bid in beats:
        seen = ahead[bid]
        refs = Refs()
        refs.merge(*(own[b][0] for b in seen))
        written = set().union(*(own[b][3] for b in seen))
        live[bid] = Live(
            flags=frozenset(refs.flags),
            counters=frozenset(refs.counters),
            memories=frozenset(refs.memories.union(*(own[b][1] for b in seen))),
            visited=frozenset(refs.visited),
            # a counter nothing changes any more, only ever compared with numbers: what matters is
            # which of those comparisons hold, not its value
            counter_tests={c: tuple(sorted(refs.tests[c])) for c in refs.counters
                           if c not in written and c not in refs.opaque and c in refs.tests},
        )
    return live


def _check_asks(ctx: _Ctx, ahead: dict[str, set[str]], compiled: dict[str, _BeatCompiler]) -> None:
    """Warn where a condition asks about a memory that no beat able to come first can have made:
    an echo that can never play (or a `deleted()` that is never true)."""
    for bid, bc in compiled.items():
        can = {b for b, reach in ahead.items() if bid in reach}  # the beat itself and all before it
        for mem, where in bc.asks:
            made = set(ctx.remembered.get(mem, ()))
            if made and not made & can:
                ctx.warn(bc.f, where, f"'{mem}' cannot have been made yet here (so this never holds as "
                                      f"meant): it is made in {', '.join(sorted(made))}, which cannot come "
                                      f"before '{bid}'")


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


def _check_tense_memories(ctx: _Ctx, mf: _File, beats: dict[str, Beat]) -> None:
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
            ctx.warn(mf, (mem,), f"memory '{mem}' is only made on the tense path of '{bid}': a player who wins or "
                                 "loses the set-piece itself never gets it (make it before the action, or in win and "
                                 "lose too)")


def _shown(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)


def load_story(story_dir: Path, levels_dir: Path | None = None, base: Path | None = None) -> tuple[Story | None, list[Diagnostic]]:
    """Load, check and compile the story in `story_dir`. Returns (story or None, diagnostics)."""
    story_dir = Path(story_dir)
    base = base or story_dir.resolve().parent
    levels_dir = levels_dir or story_dir.resolve().parent / "levels"
    ctx = _Ctx()
    hasher = hashlib.sha256()

    def read(path: Path) -> _File | None:
        shown = _shown(path.resolve(), base) if path.exists() else _shown(path, base)
        try:
            hasher.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            pass
        root, diags = load_file(path, shown)
        ctx.diags.extend(diags)
        return _File(shown, root) if root is not None else None

    if not story_dir.is_dir():
        return None, [Diagnostic(str(story_dir), 0, 0, "no such story folder")]

    gf = read(story_dir / "game.yaml")
    game = _check(ctx, gf, (), m.GameFile, gf.root) if gf else None
    cf = read(story_dir / "characters.yaml")
    characters: dict[str, CharacterInfo] = {}
    if cf:
        if not isinstance(cf.root, dict):
            ctx.error(cf, (), "characters.yaml maps each speaker id to its details")
        else:
            for cid, data in cf.root.items():
                c = _check(ctx, cf, (cid,), m.Character, data)
                if c is None:  # still a speaker, so its lines are not reported as well
                    c = m.Character(name=str(cid))
                if not re.fullmatch(r"[A-Za-z0-9_]+", str(cid)):
                    ctx.error(cf, (cid,), "ids use letters, digits and _ only", key=True)
                if c:
                    characters[str(cid)] = CharacterInfo(str(cid), c.name, c.color, tuple(c.faces), c.about,
                                                         c.looks_like)
            for cid, info in characters.items():
                if info.looks_like is not None and info.looks_like not in characters:
                    ctx.error(cf, (cid, "looks_like"), f"no character '{info.looks_like}' to look like")
    mf = read(story_dir / "memories.yaml")
    memories: dict[str, MemoryInfo] = {}
    if mf:
        if not isinstance(mf.root, dict):
            ctx.error(mf, (), "memories.yaml maps each memory id to its details")
        else:
            for mid, data in mf.root.items():
                mm = _check(ctx, mf, (mid,), m.Memory, data)
                if mm is None:  # still a memory, so references to it are not reported as well
                    memories[str(mid)] = MemoryInfo(str(mid), "?", str(mid), "", 1, "", "")
                    continue
                if mm:
                    memories[str(mid)] = MemoryInfo(str(mid), mm.code, mm.title, mm.picture, mm.weight, mm.mood,
                                                    mm.beat, mm.told, mm.gone)
                    if mm.told:
                        ctx.strings[f"memory.{mid}.told"] = mm.told
                    if mm.gone:
                        ctx.strings[f"memory.{mid}.gone"] = mm.gone
    ctx.characters = characters

    beat_files: list[tuple[_File, m.BeatFile]] = []
    beats_dir = story_dir / "beats"
    paths = sorted(beats_dir.glob("*.yaml")) + sorted(beats_dir.glob("*.yml")) if beats_dir.is_dir() else []
    if not paths:
        ctx.diags.append(Diagnostic(_shown(beats_dir, base), 0, 0, "no beat files (story/beats/NN_name.yaml)"))
    seen_beats: dict[str, str] = {}
    unreadable = False
    for p in paths:
        bf = read(p)
        if bf is None:
            # the file is broken; assume its name says its id, so references to it are not reported too
            unreadable = True
            ctx.beat_nodes.setdefault(re.sub(r"^\d+[_-]", "", p.stem), set())
            continue
        b = _check(ctx, bf, (), m.BeatFile, bf.root)
        if b is None:
            # still record its id, so other beats' references to it are not reported twice
            if isinstance(bf.root, dict) and isinstance(bf.root.get("beat"), str):
                ctx.beat_nodes.setdefault(bf.root["beat"], set())
            continue
        if b.beat in seen_beats:
            ctx.error(bf, ("beat",), f"beat id '{b.beat}' is already used by {seen_beats[b.beat]}")
            continue
        seen_beats[b.beat] = bf.shown
        ctx.beat_nodes[b.beat] = set(b.nodes)
        beat_files.append((bf, b))

    if game is None:
        return None, sorted(ctx.diags)
    scope = ctx.scope
    scope.flags = set(game.flags)
    scope.counters = set(game.counters)
    scope.memories = set(memories)
    scope.nodes = {f"{b}.{n}" for b, ns in ctx.beat_nodes.items() for n in ns}
    ctx.endings = set(game.endings)
    clash = scope.flags & scope.counters
    for name, c in game.counters.items():
        lo, hi = c.min, c.max
        if (lo is not None and hi is not None and lo > hi) or (lo is not None and c.start < lo) or (
                hi is not None and c.start > hi):
            ctx.error(gf, ("counters", name), f"counter '{name}': start {c.start} must lie within min..max")
    for name in sorted(clash):
        ctx.error(gf, ("counters", name), f"'{name}' is both a flag and a counter", key=True)

    # memories name the beat that makes them
    for mid, mem in memories.items():
        if mem.beat and mem.beat not in ctx.beat_nodes:
            ctx.error(mf, (mid, "beat"), f"no beat '{mem.beat}'")

    beats: dict[str, Beat] = {}
    own: dict[str, tuple[Refs, set[str], set[str], set[str]]] = {}
    compiled: dict[str, _BeatCompiler] = {}
    for number, (bf, b) in enumerate(beat_files, start=1):
        bc = compiled[b.beat] = _BeatCompiler(ctx, bf, b)
        nodes: dict[str, Node] = {}
        if b.start not in b.nodes:
            ctx.error(bf, ("start",), f"no node '{b.start}' in this beat")
        for name, steps in b.nodes.items():
            node = bc.compile_node(name, steps)
            if node:
                nodes[name] = node
        nxt = b.next
        if nxt is not None and nxt not in ctx.beat_nodes:
            ctx.error(bf, ("next",), f"no beat '{nxt}'")
        if nxt is None and number < len(beat_files):
            nxt = beat_files[number][1].beat
        if b.map is not None and not (levels_dir / f"{b.map}.tmx").is_file():
            ctx.error(bf, ("map",), f"no map levels/{b.map}.tmx")
        if b.scene == "explore" and b.map is None:
            ctx.error(bf, ("scene",), "an explore beat needs a map")
        if "lead" in b.model_fields_set and b.lead not in ctx.characters:
            ctx.error(bf, ("lead",), f"no character '{b.lead}' to walk as (characters are listed in characters.yaml)")
        beats[b.beat] = Beat(b.beat, b.title, b.scene, b.place, b.map, b.start, nxt, nodes, number, bf.shown,
                             b.lead)
        ctx.refs.merge(bc.refs, bc.shown_refs)
        own[b.beat] = (bc.refs, bc.touches, bc.endings_used, bc.writes)

    if game.start not in ctx.beat_nodes:
        ctx.error(gf, ("start",), f"no beat '{game.start}'")
    for eid, e in game.endings.items():
        if e.rewind is not None:
            bname, _, nname = e.rewind.partition(".")
            if nname not in ctx.beat_nodes.get(bname, set()):
                ctx.error(gf, ("endings", eid, "rewind"), f"no node '{e.rewind}' (write beat.node)")
    if unreadable or any(f is None for f in (gf, cf, mf)):
        return None, sorted(ctx.diags)  # whole-story checks would only echo the broken file
    for flag in sorted(ctx.refs.flags - ctx.flags_set):
        ctx.error(gf, ("flags", flag), f"flag '{flag}' is asked about but never set", key=True)
    for flag in sorted(scope.flags - ctx.refs.flags - ctx.flags_set):
        ctx.warn(gf, ("flags", flag), f"flag '{flag}' is never set or asked about")
    for counter in sorted(ctx.refs.counters - ctx.counters_changed):
        ctx.warn(gf, ("counters", counter), f"counter '{counter}' is asked about but never changed")
    if mf:
        for mid, mem in memories.items():
            where = ctx.remembered.get(mid)
            if not where:
                ctx.warn(mf, (mid,), f"memory '{mid}' is never remembered (no `remember: {mid}` in any beat)")
            elif mem.beat not in where:
                ctx.warn(mf, (mid, "beat"), f"memory '{mid}' is made in {', '.join(sorted(set(where)))}, not in '{mem.beat}'")

    errors = [d for d in ctx.diags if d.severity == "error"]
    if errors:
        return None, sorted(ctx.diags)
    ahead = _ahead(beats, own, game.endings)
    _check_asks(ctx, ahead, compiled)
    _check_tense_memories(ctx, mf, beats)
    story = Story(
        title=game.title,
        start=game.start,
        capacity=game.core.capacity,
        weapons_slots=game.core.weapons,
        flags=dict(game.flags),
        counters={k: c.start for k, c in game.counters.items()},
        counter_about={k: c.about for k, c in game.counters.items()},
        counter_range={k: (c.min, c.max) for k, c in game.counters.items()},
        endings={k: EndingInfo(k, e.title, e.text, e.rewind) for k, e in game.endings.items()},
        characters=characters,
        memories=memories,
        beats=beats,
        strings=ctx.strings,
        content_hash=hasher.hexdigest()[:16],
        visited_refs=frozenset(ctx.refs.visited),
        live=_liveness(beats, own, ahead),
        credits=tuple(game.credits),
        game_over=(game.game_over.title, game.game_over.text),
        words={"speakers": ctx.words_by_speaker, "beats": ctx.words_by_beat},
    )
    return story, sorted(ctx.diags)


__all__ = ["load_story", "LDict", "LList"]

"""The third pass: one beat's nodes compiled into instruction lists, every reference checked.

A node's steps become a flat list of instructions with jumps, which the runtime steps through. The
compiler also notes what the beat's conditions read and what its effects change: exploration and
the story-wide checks work from those notes, not from the instructions.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .. import model as m
from ..expr import ExprError, Refs, compile_expr
from ..story import Beat, ChoiceI, EndI, ExploreI, Ins, JumpI, JumpIfNotI, LineI, Node, RetellI, StageI
from .context import Context, SourceFile, check_model, count_words
from .declarations import BeatDecl
from .onward import mark_onward
from .stage import directions, speaker_on_map
from .steps import STEPS

LINE_EXTRAS = {"face", "if", "id"}
ID = re.compile(r"[A-Za-z0-9_]+")  # what an id is written with


@dataclass(frozen=True)
class BeatFacts:
    """What one compiled beat reads and changes: what the flow checks and liveness work from."""

    file: SourceFile
    refs: Refs  # what its conditions read to decide what happens
    touches: set[str]  # memories it makes arrive or forgets
    endings: set[str]  # endings it can play
    writes: set[str]  # counters it changes
    asks: list[tuple[str, tuple[Any, ...]]]  # (memory, where) of each remembers()/deleted()


class BeatCompiler:
    """Compiles one beat file's nodes into instruction lists, checking every reference."""

    def __init__(self, ctx: Context, f: SourceFile, beat: m.BeatFile):
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
        self.placed: dict[str, str] = {}  # a written id -> the id its place would give it
        self.on_stage: set[str] = set()  # who stage directions have placed on the map so far (`at:`)
        self.stage_map: str | None = beat.map  # the map stage directions are on by now (`map:` moves them)
        self.gone: set[str] = set()  # who a `leave` has taken off the map since they were last placed
        self.unplaced: set[str] = set()  # speakers already warned about as speaking off the map
        self.carrier = ""  # who has others on their back (`pose: piggyback`) by now, drawn with them there

    def facts(self) -> BeatFacts:
        return BeatFacts(self.f, self.refs, self.touches, self.endings_used, self.writes, self.asks)

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
            isinstance(i, (LineI, RetellI, StageI)) or (isinstance(i, (JumpI, JumpIfNotI)) and start <= i.target <= end)
            for i in self.code[start:end]
        )
        target = self.shown_refs if cosmetic else self.refs
        target.merge(refs)
        return fn

    def guarded(self, jump_at: int | None, src: Any, path: tuple[Any, ...]) -> None:
        """Turn the placeholder at `jump_at` (if any) into a jump past what was emitted since."""
        if jump_at is not None:
            self.patch(jump_at, JumpIfNotI(self.guard(src, path + ("if",), jump_at + 1), len(self.code)))

    def emit(self, ins: Ins) -> int:
        self.code.append(ins)
        return len(self.code) - 1

    def patch(self, at: int, ins: Ins) -> None:
        self.code[at] = ins

    def string(self, sid: str, place: str, text: str, path: tuple[Any, ...], who: str = "") -> None:
        """Enter a text in the story's table under `sid`: its written `id:`, or else `place`, the id
        its place in the node gives it (which an edit above it changes, hence the warning)."""
        if sid in self.ctx.strings:
            self.err(path, f"id '{sid}' is used twice (also at {self.ctx.string_where[sid]})")
            return
        self.ctx.strings[sid] = text
        mark = self.f.at(path)
        self.ctx.string_where[sid] = f"{self.f.shown}:{mark.line}"
        self.ctx.string_speaker[sid] = who
        self.placed[sid] = place
        if sid == place:
            self.ctx.unnamed.setdefault(self.f.shown, []).append(path)

    def count(self, text: str, speaker: str | None = None) -> None:
        """Add the words of a line (with its speaker) or of an option (without) to the word counts."""
        n = count_words(text)
        if speaker is not None:
            self.ctx.words_by_speaker[speaker] = self.ctx.words_by_speaker.get(speaker, 0) + n
        self.ctx.words_by_beat[self.beat.beat] = self.ctx.words_by_beat.get(self.beat.beat, 0) + n

    def target_node(self, name: str, path: tuple[Any, ...]) -> None:
        if name not in self.nodes:
            self.err(path, f"no node '{name}' in beat '{self.beat.beat}'")

    def target_beat(self, name: str, path: tuple[Any, ...]) -> None:
        if name not in self.ctx.beat_nodes:
            self.err(path, f"no beat '{name}'")

    # -- compiling -------------------------------------------------------------------------------

    def compile_node(self, name: str, steps: list[Any]) -> Node:
        self.code = []
        self.node = name
        base = ("nodes", name)
        if not steps:
            self.err(base, f"node '{name}' has no steps")
        self.steps(steps, base, f"{self.beat.beat}.{name}")
        self.emit(EndI())
        # ids are pictured by their place: writing an `id:` on a line leaves saves made in the node in place
        placed = [describe(by_place(i, self.placed)) for i in self.code]
        digest = hashlib.sha1(repr(placed).encode()).hexdigest()[:12]
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
        elif "then" in step or "else" in step:
            self.err(path, "'then' and 'else' belong to an 'if' step (or to a choice's option)")
        elif len(kinds) > 1:
            self.err(path, f"one step per list item: found both '{kinds[0]}' and '{kinds[1]}'")
        elif not kinds:
            self.speaker_line(step, path, sid)
        else:
            self.keyword_step(kinds[0], step, path, sid)

    def keyword_step(self, kind: str, step: dict, path: tuple[Any, ...], sid: str) -> None:
        """A step named by its keyword (`choice:`, `do:`, `goto:`...), under its own `if:` if it has one."""
        model = check_model(self.ctx, self.f, path, m.STEP_KEYS[kind], step)
        if model is None:
            return
        guard = getattr(model, "if_", None) if kind not in ("choice",) else None
        jump_at = self.emit(JumpI(-1)) if guard is not None else None
        STEPS[kind](self, model, path, sid)
        self.guarded(jump_at, guard, path)

    def speaker_line(self, step: dict, path: tuple[Any, ...], sid: str) -> None:
        """A line written `SPEAKER: text`, with its optional face, if and id."""
        speakers = [k for k in step if k not in LINE_EXTRAS]
        if len(speakers) != 1:
            unknown = ", ".join(str(k) for k in speakers) or "(none)"
            self.err(path, f"not a step: expected one speaker or a step keyword, found {unknown}")
            return
        speaker = speakers[0]
        data = {"say": str(speaker), "text": step[speaker], **{k: step[k] for k in step if k in LINE_EXTRAS}}
        if speaker == "text" and "text" not in self.ctx.characters:
            self.narration(step, path, sid)
            return
        if str(speaker) not in self.ctx.characters:
            known = ", ".join(sorted(self.ctx.characters))
            if speaker in ("text", "line", "narrate", "narration"):
                self.err(path + (speaker,), "narration is written as a plain string step", key=True)
            else:
                self.err(path + (speaker,), f"unknown speaker or step '{speaker}' (speakers: {known})",
                         key=True)
            return
        if not isinstance(step[speaker], str):
            self.err(path + (speaker,), "a line's text must be a string (put it in quotes)")
            return
        model = check_model(self.ctx, self.f, path, m.LineStep, data)
        if model:
            self.line(model.say, model.text, model.face, model.id, model.if_, path, sid, text_key=speaker)

    def line(self, speaker: str | None, text: str, face: str | None, lid: str | None, guard: str | None,
             path: tuple[Any, ...], sid: str, text_key: Any = None) -> None:
        """A line of `speaker` (None: narration), its id `lid` or else `sid`, shown only if `guard` holds."""
        if speaker is not None and face is not None:
            faces = self.ctx.characters[speaker].faces
            if face not in faces:
                self.err(path + ("face",), f"{speaker} has no face '{face}' (faces: {', '.join(faces)})")
        place, sid = sid, lid or sid
        where = path + (text_key,) if text_key is not None else path
        self.string(sid, place, text, where, speaker or "")
        if speaker is not None:
            speaker_on_map(self, speaker, where)
        self.count(text, speaker or "narrator")
        jump_at = self.emit(JumpI(-1)) if guard is not None else None
        default_face = "neutral" if speaker is None else self.ctx.characters[speaker].faces[0]
        self.emit(LineI(sid, speaker, face or default_face))
        self.guarded(jump_at, guard, path)

    def narration(self, step: dict, path: tuple[Any, ...], sid: str) -> None:
        """Narration written `text: "..."` so that it can carry an `id:` (and an `if:`)."""
        extra = [k for k in step if k not in ("text", "id", "if")]
        if extra:
            self.err(path + (extra[0],), f"narration holds only text, id and if (found '{extra[0]}')", key=True)
            return
        if not isinstance(step["text"], str):
            self.err(path + ("text",), "a line's text must be a string (put it in quotes)")
            return
        lid = step.get("id")
        if lid is not None and not (isinstance(lid, str) and ID.fullmatch(lid)):
            self.err(path + ("id",), "ids use letters, digits and _ only")
            return
        guard = step.get("if")
        if guard is not None and not isinstance(guard, str):
            self.err(path + ("if",), "a condition is written as text")
            return
        self.line(None, step["text"], None, lid, guard, path, sid, text_key="text")

    def if_step(self, step: dict, path: tuple[Any, ...], sid: str) -> None:
        extra = [k for k in step if k not in ("if", "then", "else")]
        if extra:
            self.err(path + (extra[0],), f"an 'if' step holds only if, then and else (found '{extra[0]}')",
                     key=True)
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


def by_place(ins: Ins, placed: dict[str, str]) -> Ins:
    """`ins` with each written id replaced by the id its place gives it."""
    if isinstance(ins, ChoiceI):
        opts = tuple(replace(o, id=placed.get(o.id, o.id)) for o in ins.options)
        return replace(ins, options=opts)
    if isinstance(ins, ExploreI):
        return replace(ins, spots=tuple(replace(sp, id=placed.get(sp.id, sp.id)) for sp in ins.spots))
    if isinstance(ins, StageI):  # a direction's id is its note's (`stage.directions`)
        return StageI(replace(ins.stage, id=placed[ins.stage.id])) if ins.stage.id in placed else ins
    sid = getattr(ins, "id", None)
    return replace(ins, id=placed[sid]) if sid in placed else ins  # type: ignore[call-arg]


def describe(ins: Ins) -> tuple:
    """A stable, comparable picture of an instruction (closures replaced by their presence)."""
    out: list = [type(ins).__name__]
    for name in ins.__slots__:  # type: ignore[attr-defined]
        v = getattr(ins, name)
        out.append("cond" if callable(v) else _stable(v))
    return tuple(out)


def _stable(v: object) -> object:
    """`v` with every function inside it, at any depth (a counter's `= expression` effect), replaced
    by a placeholder: a function's repr holds its address, which changes from run to run."""
    if hasattr(v, "__slots__") and not callable(v):
        return describe(v)  # type: ignore[arg-type]
    if isinstance(v, tuple):
        return tuple(_stable(x) for x in v)
    return ("fn",) if callable(v) else v


def compile_beat(ctx: Context, decl: BeatDecl, number: int, following: str | None,
                 levels_dir: Path) -> tuple[Beat, BeatFacts]:
    """Compile one beat (the `number`th in the folder, followed by the beat `following` unless it
    names its own next) and check what it names outside its nodes."""
    bf, b = decl.file, decl.beat
    bc = BeatCompiler(ctx, bf, b)
    if b.start not in b.nodes:
        ctx.error(bf, ("start",), f"no node '{b.start}' in this beat")
    stage = directions(bc, b.stage, ("stage",), f"{b.beat}.stage", b.start) if b.stage is not None else None
    nodes = mark_onward({name: bc.compile_node(name, steps) for name, steps in b.nodes.items()})
    unnamed = ctx.unnamed.get(bf.shown, [])
    if unnamed:
        n = len(unnamed)
        ctx.warn(bf, unnamed[0], f"{n} text{'s' if n != 1 else ''} (lines, options, spots, titles) without "
                                 "an `id:` (the first is here): their ids follow their place, so an edit above "
                                 "them loses their seen marks and translations; `main.py strings ids` writes "
                                 "one for each")
    nxt = b.next
    if nxt is not None and nxt not in ctx.beat_nodes:
        ctx.error(bf, ("next",), f"no beat '{nxt}'")
    if nxt is None:
        nxt = following
    if b.map is not None and not (levels_dir / f"{b.map}.tmx").is_file():
        ctx.error(bf, ("map",), f"no map levels/{b.map}.tmx")
    if b.scene == "explore" and b.map is None:
        ctx.error(bf, ("scene",), "an explore beat needs a map")
    if "lead" in b.model_fields_set and b.lead not in ctx.characters:
        ctx.error(bf, ("lead",),
                  f"no character '{b.lead}' to walk as (characters are listed in characters.yaml)")
    beat = Beat(b.beat, b.title, b.scene, b.place, b.map, b.start, nxt, nodes, number, bf.shown, b.lead, stage)
    ctx.refs.merge(bc.refs, bc.shown_refs)
    return beat, bc.facts()

"""The presenter-free runtime: ask it what happens now, answer with the player's decision.

    rt = Runtime(story)
    while not rt.finished:
        ev = rt.event            # BeatStart | Line | Choice | Review | GameOver | Action | Reboot | Ending
        ...show it...
        rt.answer(Choose(0))     # or Advance(), Delete(ids), Refuse(), Play("win"), Order(ids)

Players reach it through `PlaySession`, which adds the save policy; tools that only read the story's
logic (the explorer, the bench) answer the runtime directly. The typed methods under `answer`
(`advance`, `choose`, `review`, …) stay public for tests that read better with them.

The position is (beat, node, pc) in the compiled story; the instruction at pc is the one whose event
is waiting, so a save made at any moment shows the same thing again when loaded.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

from . import answers as an
from . import events as ev
from . import memory_core as mc
from .state import CoreState, GameState
from .story import (
    ActionI,
    BeatI,
    ChoiceI,
    DoI,
    EndI,
    EndingI,
    ExploreI,
    GotoI,
    JumpI,
    JumpIfNotI,
    LineI,
    RebootI,
    RetellI,
    ReviewI,
    Story,
)

MAX_SILENT_STEPS = 100_000  # instructions without an event: a loop with no line in it


class RuntimeError_(Exception):
    """The answer does not fit the event, or the story loops without showing anything."""


class WrongAnswer(RuntimeError_):
    pass


class _Env:
    """What conditions read; a view over the state (kept apart so state stays plain data)."""

    __slots__ = ("s", "story")

    def __init__(self, s: GameState, story: Story):
        self.s, self.story = s, story

    def flag(self, name: str) -> bool:
        return name in self.s.flags

    def counter(self, name: str) -> int:
        return self.s.counters.get(name, 0)

    def remembers(self, memory: str) -> bool:
        return memory in self.s.core.held

    def deleted(self, memory: str) -> bool:
        return memory in self.s.core.gaps

    def visited(self, node: str) -> bool:
        return node in self.s.visited

    def builtin(self, name: str) -> int | bool:
        core = self.s.core
        if name == "bond":
            return mc.bond(core.held, self.story.memories)
        if name == "held":
            return len(core.held)
        if name == "free":
            return self.story.capacity - mc.used(core, self.story.weapons_slots)
        return core.weapons  # "weapons"


class Runtime:
    def __init__(self, story: Story, state: GameState | None = None, seed: int = 0, beat: str | None = None):
        self.story = story
        if state is None:
            state = new_state(story, beat or story.start, seed)
        self.state = state
        self.rng = random.Random(state.seed)
        self.seen: set[str] = set()  # line ids shown this session (for "skip seen text")
        self.on_line: Callable[[ev.Line], None] | None = None
        self.on_enter: Callable[[str, str], None] | None = None  # (beat, node) as each node starts
        self.fast = False  # skip lines and beat starts (exploration reads only decisions)
        self.lazy = False  # answers leave the next event to refresh() (exploration)
        self._event: ev.Event | None = None
        self._settle()

    # --- reading --------------------------------------------------------------------------------

    @property
    def event(self) -> ev.Event:
        assert self._event is not None
        return self._event

    @property
    def finished(self) -> bool:
        return self.state.phase == "finished"

    @property
    def core(self) -> CoreState:
        return self.state.core

    @property
    def bond(self) -> int:
        return mc.bond(self.state.core.held, self.story.memories)

    def env(self) -> _Env:
        return _Env(self.state, self.story)

    def check(self, cond: Callable[[_Env], object]) -> bool:
        return bool(cond(_Env(self.state, self.story)))

    def card(self, mid: str, new: bool = False) -> ev.MemoryCard:
        m = self.story.memories[mid]
        return ev.MemoryCard(m.id, m.code, m.title, m.picture, m.weight, m.mood, m.beat, new)

    def beat_start(self) -> ev.BeatStart:
        """The beat being played, as its start shows it (a front end that resumes mid-beat sets
        its stage from this)."""
        b = self.story.beats[self.state.beat]
        return ev.BeatStart(b.id, b.title, b.scene, b.place, b.map, b.number, b.lead, b.start)

    def refresh(self) -> None:
        """Recompute the current event after the state was changed from outside (tools, tests)."""
        self._settle()

    def _after_answer(self) -> None:
        if self.lazy:
            self._event = None  # exploration compares the state first, and refreshes only new ones
        else:
            self._settle()

    def fork(self, state: GameState, event: ev.Event | None = None) -> Runtime:
        """Another runtime over the same story, at `state` (taken as it is: hand over a copy).

        The explorer knows the event a state it kept waits at, so passing `event` skips running
        the story to find it again."""
        rt = Runtime.__new__(Runtime)
        rt.story, rt.state, rt.rng = self.story, state, random.Random(state.seed)
        rt.seen, rt.on_line, rt.on_enter = set(), None, self.on_enter
        rt.fast, rt.lazy, rt._event = self.fast, self.lazy, event
        if event is None:
            rt._settle()
        return rt

    # --- answering ------------------------------------------------------------------------------

    def answer(self, a: an.Answer) -> None:
        """Answer the event that waits; `WrongAnswer` if `a` is not an answer to it."""
        match a:
            case an.Advance():
                self.advance()
            case an.Choose(index):
                self.choose(index)
            case an.Delete(ids):
                self.review(ids)
            case an.Refuse():
                self.refuse_review()
            case an.Play(outcome):
                if outcome == "tense":
                    self.action(tense=True)
                else:
                    self.action(won=outcome == "win")
            case an.Order(ids):
                self.reboot(ids)
            case _:
                raise WrongAnswer(f"{a!r} is not an answer")

    def advance(self) -> None:
        e = self.event
        s = self.state
        if isinstance(e, ev.BeatStart):
            s.phase = "run"
        elif isinstance(e, ev.Line):
            if isinstance(self._ins(), RetellI):
                s.sub += 1
            elif s.mourning:
                s.mourning.pop(0)
                if not s.mourning:
                    s.pc += 1  # past the review
            else:
                s.pc += 1
        elif isinstance(e, ev.GameOver):
            s.phase = "run"  # back to the night's review, as it was
        elif isinstance(e, ev.Ending):
            info = self.story.endings[e.id]
            if info.rewind:
                bname, _, nname = info.rewind.partition(".")
                if s.entry is not None and bname == s.beat:
                    s.restore(s.entry)
                self._enter(bname, nname, fresh_beat=bname != s.beat)
            else:
                s.phase = "finished"
        else:
            raise WrongAnswer(f"{type(e).__name__} is answered with another call, not advance()")
        self._after_answer()

    def choose(self, index: int) -> None:
        e = self.event
        if not isinstance(e, ev.Choice):
            raise WrongAnswer("there is no choice to make now")
        if not 0 <= index < len(e.options):
            raise WrongAnswer(f"pick an option from 1 to {len(e.options)}")
        s = self.state
        ins = self._ins()
        opt = e.options[index]
        if isinstance(ins, ChoiceI):
            target = next(o.target for o in ins.options if o.id == opt.id)
            s.pc = target
        else:  # an explore spot: play its node, then come back here
            s.stack.append((s.node, s.pc))
            self._enter(s.beat, opt.node or "", fresh_beat=False)
        self._after_answer()

    def review(self, delete: Iterable[str] = ()) -> None:
        ins = self._ins()
        if not isinstance(ins, ReviewI) or self.state.phase != "run" or self.state.mourning:
            raise WrongAnswer("there is no memory review now")
        st = self.story
        delete = list(delete)
        try:
            self.state.core = mc.review(self.state.core, delete, st.capacity, st.weapons_slots, ins.weapons)
        except mc.CoreError as exc:
            raise WrongAnswer(str(exc)) from None
        gone = [] if self.fast else [m for m in dict.fromkeys(delete) if st.memories[m].gone]
        if gone:
            self.state.mourning = gone  # their lines first, then on past the review
        else:
            self.state.pc += 1
        self._after_answer()

    def refuse_review(self) -> None:
        """Keep everything: fine when it fits; when it does not, the core fills and resets."""
        e = self.event
        if not isinstance(e, ev.Review):
            raise WrongAnswer("there is no memory review now")
        if e.must_free == 0:
            self.review(())
            return
        self.state.phase = "game_over"
        self._after_answer()

    def action(self, won: bool | None = None, tense: bool = False) -> None:
        ins = self._ins()
        if not isinstance(ins, ActionI):
            raise WrongAnswer("there is no action set-piece now")
        if tense:
            if ins.tense is None:
                raise WrongAnswer("this set-piece has no tense stand-in; answer won=True or won=False")
            target = ins.tense
        elif won is None:
            raise WrongAnswer("say whether the set-piece was won or lost")
        else:
            target = ins.win if won else ins.lose
        self._enter(self.state.beat, target, fresh_beat=False)
        self._after_answer()

    def reboot(self, order: Iterable[str] | None = None) -> None:
        ins = self._ins()
        if not isinstance(ins, RebootI):
            raise WrongAnswer("there is no reboot now")
        s = self.state
        try:
            s.core, s.farewell = mc.reboot(s.core, list(s.core.held) if order is None else order)
        except mc.CoreError as exc:
            raise WrongAnswer(str(exc)) from None
        s.pc += 1
        self._after_answer()

    # --- running --------------------------------------------------------------------------------

    def _ins(self):
        s = self.state
        return self.story.beats[s.beat].nodes[s.node].code[s.pc]

    def _enter(self, beat: str, node: str, fresh_beat: bool) -> None:
        s = self.state
        if fresh_beat:
            s.stack.clear()
            s.beat = beat
            s.phase = "beat_start"
            s.entry = None
        s.node, s.pc = node, 0
        if self.on_enter is not None:
            self.on_enter(beat, node)
        key = f"{beat}.{node}"
        if key in self.story.visited_refs:
            s.visited.add(key)

    def _start_beat(self, beat: str) -> None:
        self._enter(beat, self.story.beats[beat].start, fresh_beat=True)

    def _settle(self) -> None:
        """Run instructions until one needs the player; build its event."""
        s = self.state
        story = self.story
        if s.phase == "finished":
            return  # the last event (the ending) stays readable
        if s.phase == "beat_start":
            if s.entry is None:
                s.entry = s.logic()
                s.entry["node"] = s.node
            if self.fast:
                s.phase = "run"
                return self._settle()
            self._event = self.beat_start()
            return
        if s.phase == "game_over":
            self._event = ev.GameOver(*story.game_over)
            return
        env = _Env(s, story)
        fast = self.fast
        for _ in range(MAX_SILENT_STEPS):
            node = story.beats[s.beat].nodes[s.node]
            if fast:
                s.pc = node.skip[s.pc]
            ins = node.code[s.pc]
            t = type(ins)
            if t is LineI:
                if self.fast:
                    s.pc += 1
                    continue
                self._show_line(ins.id, ins.speaker, ins.face)
                return
            if t is JumpI:
                s.pc = ins.target
            elif t is JumpIfNotI:
                s.pc = s.pc + 1 if ins.cond(env) else ins.target
            elif t is DoI:
                self._apply(ins.ops, env)
                s.pc += 1
            elif t is ChoiceI:
                opts = tuple(
                    ev.Option(i, o.id, story.strings[o.id])
                    for i, o in enumerate(o for o in ins.options if o.cond is None or o.cond(env))
                )
                if not opts:
                    raise RuntimeError_(f"{s.beat}.{s.node}: no option of the choice is open")
                self._event = ev.Choice(ins.id, "choice", opts, s.node)
                return
            elif t is ExploreI:
                spots = tuple(
                    ev.Option(i, sp.id, story.strings[sp.id], sp.node)
                    for i, sp in enumerate(sp for sp in ins.spots if sp.cond is None or sp.cond(env))
                )
                if not spots:
                    raise RuntimeError_(f"{s.beat}.{s.node}: nowhere left to go")
                self._event = ev.Choice(ins.id, "explore", spots, s.node)
                return
            elif t is GotoI:
                self._enter(s.beat, ins.node, fresh_beat=False)
            elif t is BeatI:
                self._start_beat(ins.beat)
                return self._settle()
            elif t is ReviewI:
                if s.mourning:
                    self._show_line(f"memory.{s.mourning[0]}.gone", None, "")
                else:
                    self._event = self._review_event(ins)
                return
            elif t is ActionI:
                self._event = ev.Action(ins.id, ins.piece, story.strings[ins.id], ins.tense is not None)
                return
            elif t is RebootI:
                self._event = ev.Reboot(ins.id, story.strings[ins.id], tuple(self.card(m) for m in s.core.held))
                return
            elif t is RetellI:
                told = [m for m in s.farewell if story.memories[m].told]
                if self.fast or s.sub >= len(told):
                    s.sub = 0
                    s.pc += 1
                    continue
                lid = f"memory.{told[s.sub]}.told"
                self._show_line(lid, ins.speaker, story.characters[ins.speaker].faces[0])
                return
            elif t is EndingI:
                info = story.endings[ins.ending]
                self._event = ev.Ending(info.id, info.title, info.text, info.rewind,
                                        tuple(self.card(m) for m in s.farewell))
                return
            elif t is EndI:
                if s.stack:
                    s.node, s.pc = s.stack.pop()
                else:
                    nxt = story.beats[s.beat].next
                    if nxt is None:
                        raise RuntimeError_(f"{s.beat}.{s.node}: the story runs out here (no next beat)")
                    self._start_beat(nxt)
                    return self._settle()
            else:  # pragma: no cover - every instruction type is handled above
                raise RuntimeError_(f"unknown instruction {ins!r}")
        raise RuntimeError_(f"{s.beat}.{s.node}: the story loops without showing anything")

    def _show_line(self, lid: str, speaker: str | None, face: str) -> None:
        story = self.story
        who = story.characters.get(speaker) if speaker else None
        e = ev.Line(lid, speaker, story.name_of(speaker), story.strings[lid], face,
                    who.color if who else "", (who.looks_like or speaker) if who else "", self.state.node)
        self.seen.add(lid)
        self._event = e
        if self.on_line:
            self.on_line(e)

    def _review_event(self, ins: ReviewI) -> ev.Review:
        s, st = self.state, self.story
        after = mc.weapons_after(s.core, ins.weapons)
        return ev.Review(
            id=ins.id,
            title=st.strings[ins.id],
            held=tuple(self.card(m) for m in s.core.held),
            pending=tuple(self.card(m, new=True) for m in s.core.pending),
            capacity=st.capacity,
            weapons_slots=st.weapons_slots if after else 0,
            weapons_change=ins.weapons,
            must_free=mc.must_free(s.core, st.capacity, st.weapons_slots, ins.weapons),
            gaps=tuple(s.core.gaps),
            module_slots=st.weapons_slots,
        )

    def _apply(self, ops, env: _Env) -> None:
        s = self.state
        for op in ops:
            kind = op[0]
            if kind == "set":
                s.flags.add(op[1])
            elif kind == "unset":
                s.flags.discard(op[1])
            elif kind in ("add", "assign"):
                name = op[1]
                value = s.counters.get(name, 0) + op[2] if kind == "add" else int(op[2](env))
                lo, hi = self.story.counter_range.get(name, (None, None))
                if lo is not None and value < lo:
                    value = lo
                elif hi is not None and value > hi:
                    value = hi
                s.counters[name] = value
            elif kind == "remember":
                mc.remember(s.core, op[1])
            elif kind == "forget":
                mc.forget(s.core, op[1])


def new_state(story: Story, beat: str, seed: int = 0) -> GameState:
    s = GameState(beat=beat, node=story.beats[beat].start, seed=seed)
    s.counters = dict(story.counters)
    s.core = CoreState(weapons=True)
    if f"{beat}.{s.node}" in story.visited_refs:
        s.visited.add(f"{beat}.{s.node}")
    return s

"""The presenter-free runtime: ask it what happens now, answer with the player's decision.

    rt = Runtime(story)
    while not rt.finished:
        ev = rt.event            # BeatStart | Stage | Line | Choice | Review | GameOver | Action | Reboot | Ending
        ...show it...
        rt.answer(Choose(0))     # or Advance(), Delete(ids), Refuse(), Play("win"), Order(ids)

Players reach it through `PlaySession`, which adds the save policy; tools that only read the story's
logic (the explorer, the bench) answer the runtime directly. The typed methods under `answer`
(`advance`, `choose`, `review`, …) stay public for tests that read better with them.

The position is (beat, node, pc) in the compiled story; the instruction at pc is the one whose event
is waiting, so a save made at any moment shows the same thing again when loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from . import answers as an
from . import events as ev
from . import memory_core as mc
from .env import Env, apply
from .interpreter import MAX_SILENT_STEPS, Interpreter, RuntimeError_, WrongAnswer
from .state import CoreState, GameState
from .story import ActionI, ChoiceI, RebootI, RetellI, ReviewI, Story

__all__ = ["MAX_SILENT_STEPS", "Runtime", "RuntimeError_", "WrongAnswer", "new_state"]


class Runtime(Interpreter):
    def __init__(self, story: Story, state: GameState | None = None, seed: int = 0, beat: str | None = None):
        self.story = story
        if state is None:
            state = new_state(story, beat or story.start, seed)
        self.state = state
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

    def env(self) -> Env:
        return Env(self.state, self.story)

    def check(self, cond: Callable[[Env], object]) -> bool:
        return bool(cond(Env(self.state, self.story)))

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
        rt = type(self).__new__(type(self))  # a subclass forks into its own kind
        rt.story, rt.state = self.story, state
        rt.seen, rt.on_line, rt.on_enter = set(), None, self.on_enter
        rt.fast, rt.lazy, rt._event = self.fast, self.lazy, event
        if event is None:
            rt._settle()
        return rt

    # --- answering ------------------------------------------------------------------------------

    def answer(self, a: an.Answer) -> None:
        """Answer the event that waits; `WrongAnswer` if `a` is not an answer to it."""
        if self.on_step is not None and not isinstance(a, an.Advance):
            self._answer_watched(a)
        else:
            self._answer(a)

    def _answer_watched(self, a: an.Answer) -> None:
        """Answer, and report the answer once it is taken and before the story runs on, so the
        event it answers is still the last one reported (nothing is reported for a wrong answer)."""
        s = self.state
        beat, node, ins = s.beat, s.node, self._ins()
        lazy, self.lazy = self.lazy, True
        try:
            self._answer(a)
        finally:
            self.lazy = lazy
        if self.on_step is not None:
            self.on_step(beat, node, ins, a)
        if not lazy:
            self._settle()

    def _answer(self, a: an.Answer) -> None:
        match a:
            case an.Advance():
                self.advance()
            case an.Choose(index):
                self.choose(index)
            case an.Delete(ids):
                self.review(ids)
            case an.Refuse():
                self.refuse_review()
            case an.Play(outcome, marks):
                if outcome == "tense":
                    self.action(tense=True, marks=marks)
                else:
                    self.action(won=outcome == "win", marks=marks)
            case an.Order(ids):
                self.reboot(ids)
            case _:
                raise WrongAnswer(f"{a!r} is not an answer")

    def advance(self) -> None:
        e = self.event
        s = self.state
        if isinstance(e, ev.BeatStart):
            s.phase = "run"
        elif isinstance(e, ev.Stage):
            if s.played is not None:  # played now: a stage built afresh later plays it too
                s.played = (*s.played, (s.node, s.pc))
            s.pc += 1
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

    def action(self, won: bool | None = None, tense: bool = False, marks: Iterable[str] = ()) -> None:
        """End the set-piece: its marks' effects first (each once), then on to its win, lose or tense node."""
        ins = self._ins()
        if not isinstance(ins, ActionI):
            raise WrongAnswer("there is no action set-piece now")
        marks = frozenset(marks)
        declared = dict(ins.marks)
        if unknown := sorted(marks - declared.keys()):
            raise WrongAnswer(f"this set-piece does not report {', '.join(unknown)}"
                              + (f" (only {', '.join(declared)})" if declared else ""))
        if marks and tense:
            raise WrongAnswer("the tense stand-in reports no marks")
        if tense:
            if ins.tense is None:
                raise WrongAnswer("this set-piece has no tense stand-in; answer won=True or won=False")
            target = ins.tense
        elif won is None:
            raise WrongAnswer("say whether the set-piece was won or lost")
        else:
            target = ins.win if won else ins.lose
        env = self.env()
        for name, ops in ins.marks:
            if name in marks:
                apply(ops, env, self.story.counter_range)
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


def new_state(story: Story, beat: str, seed: int = 0) -> GameState:
    s = GameState(beat=beat, node=story.beats[beat].start, seed=seed)
    s.played = ()
    s.counters = dict(story.counters)
    s.core = CoreState(weapons=True)
    if f"{beat}.{s.node}" in story.visited_refs:
        s.visited.add(f"{beat}.{s.node}")
    return s

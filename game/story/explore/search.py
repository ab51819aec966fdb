"""Exhaustive exploration: every state the story can reach, merged when equal.

From each decision point we try every answer a player could give, run on through lines and beat
starts (which have one answer), and keep the new decision point if no equal state was seen before.
Equal states have equal futures, so merging them keeps the search small without losing anything
(what "equal" means is `equivalence.py`'s to say).

At a memory review a player may delete any set of memories that leaves the core within capacity:
at least `must_free`, on a forced night and on a night with room alike. The search tries each such
set, merged only where the states they lead to are equal. Why merging two sets loses nothing: after
the review the core is (held, no pending, gaps, weapons). A memory no place from here on names
(`liveness.Positions`: no `remembers`/`deleted` ahead reads it, no `remember`/`forget` touches it)
is seen afterwards only through counts and sums: `held` and `free` count it, `bond` and so the
reboot's `final_bond` add its weight, later reviews' `must_free` count it and may delete it (which
changes those counts and sums by its weight). Its name shows only in words (`gone` and `told` lines,
the ending's farewell cards), which decide nothing. So two sets that delete the same named memories
and, of each weight, the same number of unnamed ones leave cores equal in all of that (the state
key keeps unnamed held memories as their sorted weights, or as less where the bond allows:
`bonds.py`), and one set stands for each such class; sets that differ in a named memory, or in how
many of some weight go, stay apart; a gap no place ahead reads is left out (`gaps.py`). The reboot's
order likewise changes only words, so one order stands for all. `complete` is False only when
`max_states` stopped the search.

A new state is not kept either where a kept one at its place can do all it can (`dominance.py`):
what it would find, the kept one finds, in as few decisions. A state's key is its place
(`Equivalence.node_id`) and its core (`core_id`). A review's outcomes are worked out once per place
and core (`reviews.py`), and a stretch once per place and per way the core answers its questions
(`stretches.py`): the same states are met in the same order as running every answer would meet
them, only without running most of them.
"""

from __future__ import annotations

import gc
import time
from collections import deque
from collections.abc import Callable

from .. import answers as an
from .. import events as ev
from .. import memory_core as mc
from ..runtime import RuntimeError_, WrongAnswer
from ..state import CoreState, GameState
from ..story import Story
from . import reviews as rv
from .bits import Bits
from .decisions import answers_at, everything_live
from .dominance import Dominance
from .equivalence import CORES, Equivalence
from .kept import Keeping
from .liveness import Positions
from .quiet import passed
from .report import Findings, Paths, Report, flavour
from .sharing import Sharing
from .shown import Shown
from .stretches import (
    TRACES_PER_PLACE,
    Fail,
    Runner,
    Trace,
    Traces,
    Watched,
    answer_watched,
    move_of,
    sharing_core,
    with_core,
)
from .talk import Talk

COUNTER_BOUND = 99  # beyond this a counter is taken to grow without end (a loop adds to it)
BOUNDED_SIZE = 1_000  # counter tables known bounded: a cache, cleared when full
Progress = Callable[[int, int], None]
# a kept state: its key, its number, the state (or the state a replay ended in as a template, with its
# own core and snapshot: made only when it is expanded), the event it waits at
Item = tuple[int, int, GameState, CoreState | None, dict | None, ev.Event]


class Explorer:
    """A breadth-first search over the story's decision points; `run()` gives the report. `exact`
    compares whole states and tries every option (no merging by what the future can observe): slow,
    and the reference the merging is tested on."""

    def __init__(self, story: Story, max_states: int = 3_000_000, progress: Progress | None = None,
                 thorough: bool = False, exact: bool = False, keeping: Keeping | None = None,
                 classes: bool = True):
        self.keeping = keeping  # runs held to keeping some memories (`kept.py`), or None for every run
        story = keeping.observed(story) if keeping is not None else story
        self.story = everything_live(story) if exact else story
        self.max_states, self.progress, self.thorough, self.exact = max_states, progress, thorough, exact
        kept = keeping.memories if keeping is not None else frozenset()
        self.keys = Equivalence(self.story, Positions(self.story, everything=exact, keep=kept, classes=classes))
        self.quiet = self.keys.positions.quiet_choices  # choices where any option will do
        self.paths = Paths(self.story, self.quiet)
        self.found = Findings.of(self.story)
        self._run_on = Talk(self.story, self.keys, self.found, exact).run_on  # to the next decision
        self.frontier: deque[Item] = deque()
        # met just after an answer, before running on: per place, its cores (kept small: they are many)
        self.seen_pre: dict[int, Bits] = {}
        self.sharing = Sharing()  # one copy of the equal parts of the states a stretch ran to
        self.plays: dict[ev.Action, list[an.Answer]] = {}  # the answers at each set-piece (`_plays`)
        self.moves: dict[tuple, int] = {}  # where an answer that asks nothing of the core leads (`move_of`)
        self.complete = True
        self.base: Runner | None = None  # the runtime each answer is tried on a fork of
        self.ending_answers: dict[str, list[an.Answer]] = {}  # each shortest way, as answers (in the report's extra)
        self.reviews = rv.Reviews(self.keys, exact)
        self.dominance = None if exact else Dominance(self.keys)  # states that add nothing to one kept
        self._show: Shown  # reviews' and reboots' events, by place and core: shared (made at the start)
        # per place, each stretch run from it: what it asked of the core and did, and where it ended
        self.traces: dict[int, Traces] = {}
        self._at = -1  # the number of the kept state being expanded
        self._bounded: dict[int, dict[str, int]] = {}  # counters found within COUNTER_BOUND, by id

    def run(self) -> Report:
        t0 = time.perf_counter()
        try:
            self.frontier.append(self._start())
        except RuntimeError_ as exc:
            self.found.dead_end(str(exc), list)
            return self.found.report(self.story, 0, time.perf_counter() - t0, True)
        # the search makes millions of short-lived objects and no reference cycles: the cycle
        # collector's passes over the growing frontier would find nothing and cost a fifth of the time
        collecting = gc.isenabled()
        gc.disable()
        try:
            while self.frontier:
                h, self._at, state, core, snap, event = self.frontier.popleft()  # its number: the parent of
                state = state if core is None else with_core(state, core, snap)  # what it reaches
                self._expand(h, state, event)
                if self.progress and len(self.paths) % 5000 < 8:
                    self.progress(len(self.paths), len(self.frontier))
        finally:
            if collecting:
                gc.enable()
        report = self.found.report(self.story, len(self.paths), time.perf_counter() - t0, self.complete)
        report.extra["answers"] = self.ending_answers
        return report

    def _start(self) -> Item:
        reached = self.found.reached_nodes
        rt = Runner.passing(self.story, self.keys.positions.idle_guards)(self.story, seed=0)
        rt.fast = True  # only decisions matter here: lines and beat starts run straight through
        rt.lazy = True  # an answer's next event is worked out only for states not seen before
        rt.on_enter = lambda beat, node: reached.add((beat, node))
        reached.add((rt.state.beat, rt.state.node))
        self.base = rt
        self._show = Shown(rt, self.found)
        rt.answer(an.ADVANCE)  # the first beat's start
        rt.refresh()
        self._run_on(rt)
        event = self._show(rt.state, rt.event)  # a review there offers memories like any other
        self.found.held_ever.update(rt.state.core.held)
        h0 = self.keys.key(rt.state)
        return h0, self.paths.add(h0), rt.state, None, None, event

    def _expand(self, h: int, state: GameState, event: ev.Event) -> None:
        """Try every answer at a kept state; keep what is new."""
        if isinstance(event, ev.Ending):
            info = self.found.endings[event.id]
            if not info["reachable"]:
                played: list[an.Answer] = []
                info.update(reachable=True, path=self.paths.tell(self.paths.answers(self._at), played))
                self.ending_answers[event.id] = played
            if event.rewind is None:
                return
        if isinstance(event, ev.Review):
            self._review(h, state, event)
            return
        if isinstance(event, ev.Action):  # every set of marks that can matter: the same at each of its states
            todo = self.plays.get(event) or self.plays.setdefault(event, self._plays(state, event))
        else:
            todo = answers_at(event, self.thorough)  # a review is `_review`'s
        if len(todo) > 1 and not self.exact and isinstance(event, ev.Choice) and event.kind == "choice" \
                and flavour(self.story, state, self.quiet):
            todo = todo[:1]  # the options differ only in what is said; every one was offered
            self.found.reached_nodes.update(passed(self.quiet, state, event.options))
        for answer in todo:
            if not self._try(h, state, event, answer):
                return

    def _plays(self, state: GameState, event: ev.Action) -> list[an.Answer]:
        """The plays of a set-piece but those with a mark nothing reads after (`quiet.dead_marks`)."""
        dead = self.keys.positions.dead_marks.get((state.beat, state.node, state.pc), {})
        return [a for a in answers_at(event, self.thorough) if not a.marks & dead.get(a.outcome, frozenset())]

    def _review(self, h: int, state: GameState, event: ev.Review) -> None:
        """Every accepted deletion; those that leave equal cores are one, and only the first runs on."""
        if event.must_free:
            self.found.game_overs += 1
        specs, cores, kept = self.reviews.outcomes(state, event)
        # what is held was noted as the review was reached; what arrives is kept unless deleted
        self.found.held_ever.update(kept)
        keys, seen_pre = self.keys, self.seen_pre
        # reviews offer many deletions that end in the same place: check before copying
        after = keys.node_id(state, keys.project(state, keys.view(state, 1)), 1)
        seen = seen_pre.setdefault(after, Bits())
        live = self.reviews.live(state)
        keeping = self.keeping
        # the outcomes are distinct cores, and trying one adds only it to those met there: look once
        for i in seen.absent(cores):
            answer = rv.answer(event, specs[i], live)
            if keeping is not None and not keeping.may_delete(state.beat, answer.ids):
                continue  # not on a run that keeps them: what it would reach is not noted either
            pre = (after, cores[i])
            done = self._deleted(h, state, answer, pre)
            if done is None:
                done = self._try(h, state, event, answer, pre, walked=bool(self.traces.get(after)))
            if not done:
                return

    def _deleted(self, h: int, state: GameState, answer: an.Delete, pre: tuple[int, int]) -> bool | None:
        """A deletion replayed, unforked, on the core the review leaves (None: no trace there fits it)."""
        place, core = pre
        traces = None if self.exact else self.traces.get(place)
        if not traces:
            return None
        story = self.story
        ins = story.beats[state.beat].nodes[state.node].code[state.pc]
        try:
            after = mc.review(state.core, answer.ids, story.capacity, story.weapons_slots, ins.weapons)
        except mc.CoreError:
            return True  # a deletion that still does not fit: not a real option
        self.seen_pre[place].add(core)
        return self._replay(h, answer, after, traces)

    def _try(self, h: int, state: GameState, event: ev.Event, answer: an.Answer,
             pre: tuple[int, int] | None = None, walked: bool = False) -> bool:
        """Answer `answer` at a kept state and run on to the next decision; False once the search is full.

        What is held needs no noting here: the answer keeps what was held when the state was
        reached (or what a review keeps, noted there), and a stretch only ever takes from it.
        `pre` is the place and core it leads to, when the caller knows them (and that they are new)."""
        keys, seen_pre, move = self.keys, self.seen_pre, None
        if pre is None:
            move = move_of(h, event, answer)
            place = self.moves.get(move)
            if place is not None:  # where this answer leads from here was worked out for another core
                done = self._moved(h, state, answer, place)
                if done is not None:
                    return done
                pre, move, walked = (place, h % CORES), None, bool(self.traces.get(place))
        assert self.base is not None
        rt = self.base.fork(sharing_core(state), event)
        try:
            same_for_all = answer_watched(rt, answer) if move is not None else rt.answer(answer)
        except WrongAnswer:
            return True  # e.g. a deletion that still does not fit: not a real option
        s = rt.state
        if pre is None:
            pre = self._arrived(s, move if same_for_all else None)
            if pre is None:
                return True  # most answers lead somewhere already seen: compare before running on
        place, core = pre
        seen_pre[place].add(core)
        traces = None if self.exact else self.traces.get(place)
        if traces is None and not self.exact:
            traces = self.traces[place] = Traces()
        if traces and not walked:
            done = self._replay(h, answer, s.core, traces)
            if done is not None:
                return done
        trace = None
        if traces is not None and len(traces) < TRACES_PER_PLACE:
            trace = Trace()
            s.core = Watched(s.core, trace)  # type: ignore[assignment]
        else:
            s.core = s.core.copy()  # the stretch changes it in place: not the one kept states share
        try:
            rt.refresh()
            self._run_on(rt)
        except RuntimeError_ as exc:
            if trace is not None and traces is not None:
                traces.add(tuple(trace.ops), str(exc))
            self.found.dead_end(str(exc), lambda: self.paths.words(self._at, answer))
            return True
        if trace is not None and traces is not None:
            trace.paused = True
            s.core = s.core.plain()  # type: ignore[attr-defined]
            traces.add(tuple(trace.ops), (s, rt.event, keys.node_id(s, keys.project(s, keys.view(s)))))
        return self._keep(h, answer, self.sharing.share(s), self._show(s, rt.event))

    def _moved(self, h: int, state: GameState, answer: an.Answer, place: int) -> bool | None:
        """An answer that leads to `place` whatever the core, and leaves the core as it was: done if
        the kept core was met there, else its stretch replayed on it, unforked (None: no trace fits)."""
        if not self.seen_pre[place].put(h % CORES):
            return True  # noted as met now: `_try` runs its stretch if no trace fits
        traces = self.traces.get(place)
        return self._replay(h, answer, state.core, traces) if traces else None

    def _arrived(self, s: GameState, move: tuple | None) -> tuple[int, int] | None:
        """The place and core an answer led to, or None if they were met before; `move` is the
        answer's, to note where it leads when that is the same for every core."""
        keys = self.keys
        proj = keys.project(s, keys.view(s), keys.shape(s))
        place, core = keys.node_id(s, proj), keys.core_id(proj[3])
        if move is not None:
            self.moves[move] = place
        seen = self.seen_pre.setdefault(place, Bits())
        return None if core in seen else (place, core)

    def _replay(self, h: int, answer: an.Answer, core: CoreState, traces: Traces) -> bool | None:
        """Replay the place's trace `core` answers alike, and keep where it ends (see `_keep`);
        None if the core answers every one differently."""
        got = traces.walk(core)
        if got is Fail:
            return None
        after, snap, end = got
        if isinstance(end, str):
            self.found.dead_end(end, lambda: self.paths.words(self._at, answer))
            return True
        template, event, node = end
        if snap is not None and template.beat in self.keys.rewind_beats:
            child = with_core(template, after, snap)  # the beat's start is part of the place there: new
            return self._keep(h, answer, child, self._show(child, event), ended=(template, after, snap))
        ck = node * CORES + self.keys.core_number(template, after)
        if ck in self.paths:
            return True  # met before: no state to make (what its event offers was noted then)
        child = with_core(template, after, snap)
        return self._keep(h, answer, child, self._show(child, event), ck, True, (template, after, snap))

    def _keep(self, h: int, answer: an.Answer, child: GameState, event: ev.Event, ck: int | None = None,
              new: bool = False, ended: tuple[GameState, CoreState, dict | None] | None = None) -> bool:
        """Keep the decision point `child` reached, if it is new; False once the search is full.
        `ck` is its key, when the caller knows it, `new` says the caller found it not kept yet, and
        `ended` is the template, core and snapshot a replay made it of (kept in its stead: smaller)."""
        if ck is None:
            ck = self.keys.key(child)
        if (not new and ck in self.paths) or (self.keeping is not None and not self.keeping.allows(child, event)):
            return True
        counters = child.counters  # most are a trace's, shared by every state it is replayed for
        runaway = None if self._bounded.get(id(counters)) is counters else \
            [(c, v) for c, v in counters.items() if abs(v) > COUNTER_BOUND]
        if not runaway:
            if len(self._bounded) > BOUNDED_SIZE:
                self._bounded.clear()
            self._bounded[id(counters)] = counters  # held: its id is not reused while it is here
        else:
            c, v = runaway[0]
            where = f"{child.beat}.{child.node}"
            msg = f"{where}: counter '{c}' grows without bound (reached {v}); a repeatable step changes it"
            self.found.dead_end(msg, lambda: self.paths.words(self._at, answer), where)
            return True
        if self.dominance is not None and self.dominance.covered(ck, child):
            return True
        number = self.paths.add(ck, self._at, answer)
        if len(self.paths) > self.max_states:
            self.complete = False
            self.frontier.clear()
            return False
        self.frontier.append((ck, number, child, None, None, event) if ended is None else (ck, number, *ended, event))
        return True


def explore(story: Story, max_states: int = 3_000_000, progress: Progress | None = None,
            thorough: bool = False, exact: bool = False, classes: bool = True) -> Report:
    """Search every state the story can reach (see `Explorer`); `classes` False keeps every counter
    by its value."""
    return Explorer(story, max_states, progress, thorough, exact, classes=classes).run()

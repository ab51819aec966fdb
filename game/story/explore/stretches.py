"""Stretches of story run once per place and replayed for every core that reads the same.

Between two decisions the story runs a stretch of instructions. Where the search stands is a pair:
the place (where the story is, with what of its flags, counters and visits the future observes:
`Equivalence.node_id`) and the memory core. A stretch from one place runs the same for every core
except where it asks the core something (`remembers`, `deleted`, `held`, `bond`, a memory arriving
only if it is not there yet) or changes it (a memory arrives or is forgotten, a beat's start
snapshot). So the first run from a place watches the core (`Watched`) and writes down, in order,
each question with its answer and each change: a *trace*. Another core at that place replays the
trace: it asks the same questions of its own core and makes the same changes; if every answer is
the same, the stretch ends where the first one did, with the core the changes made, and nothing
needs to run. A core that answers differently runs the stretch itself and adds its own trace. A
place's traces are one tree (`Traces`), walked once by each core.
The events that show the core (a review's cards, the reboot's) are built after the stretch, from
the core it ends with, so they ask nothing of it on the way.
"""

from __future__ import annotations

from typing import Any

from .. import answers as an
from .. import events as ev
from ..env import Env
from ..runtime import Runtime
from ..state import CoreState, GameState
from ..story import JumpIfNotI, MemoryInfo, RebootI, ReviewI, Story
from .equivalence import CORES

TRACES_PER_PLACE = 24  # beyond this many answers a place's core gets, the stretch simply runs

Op = tuple  # ("in", field, memory, answer) | ("len", field, n) | ("iter", field, items) | ("w", weapons)
#             | ("add", field, memory) | ("drop", field, memory) | ("snap",)


class Trace:
    """What a stretch asked of the core and did to it, in order; `paused` while the search looks."""

    __slots__ = ("ops", "paused")

    def __init__(self) -> None:
        self.ops: list[Op] = []
        self.paused = False


class _Field(list):
    """One of the core's lists, writing down what is asked of it and done to it."""

    __slots__ = ("trace", "name")

    def __contains__(self, m: object) -> bool:
        got = list.__contains__(self, m)
        if not self.trace.paused:
            self.trace.ops.append(("in", self.name, m, got))
        return got

    def __len__(self) -> int:
        n = list.__len__(self)
        if not self.trace.paused:
            self.trace.ops.append(("len", self.name, n))
        return n

    def __iter__(self):  # type: ignore[no-untyped-def]
        if not self.trace.paused:
            self.trace.ops.append(("iter", self.name, tuple(list.__iter__(self))))
        return list.__iter__(self)

    def append(self, m: str) -> None:
        self.trace.ops.append(("add", self.name, m))
        list.append(self, m)

    def remove(self, m: str) -> None:
        self.trace.ops.append(("drop", self.name, m))
        list.remove(self, m)


def _field(trace: Trace, name: str, items: list[str]) -> _Field:
    f = _Field(items)
    f.trace, f.name = trace, name
    return f


class Watched:
    """Stands in for `CoreState` while a stretch runs the first time from a place."""

    __slots__ = ("held", "pending", "gaps", "_weapons", "trace")

    def __init__(self, core: CoreState, trace: Trace):
        self.trace = trace
        self.held = _field(trace, "held", core.held)
        self.pending = _field(trace, "pending", core.pending)
        self.gaps = _field(trace, "gaps", core.gaps)
        self._weapons = core.weapons

    @property
    def weapons(self) -> bool:
        if not self.trace.paused:
            self.trace.ops.append(("w", self._weapons))
        return self._weapons

    def to_dict(self) -> dict[str, Any]:
        """The beat's start snapshot: a change, made again from each core that replays it."""
        self.trace.ops.append(("snap",))
        return self.plain().to_dict()

    def plain(self) -> CoreState:
        """The core as it now is, unwatched."""
        return CoreState(list(list.__iter__(self.held)), list(list.__iter__(self.pending)),
                         list(list.__iter__(self.gaps)), self._weapons)


Fail = object()  # a walk whose core answered a question as no trace did


_ASK = {"in": lambda core, op: op[2] in getattr(core, op[1]), "len": lambda core, op: len(getattr(core, op[1])),
        "iter": lambda core, op: tuple(getattr(core, op[1])), "w": lambda core, op: core.weapons}
_END = "end"


class Traces:
    """A place's traces as one tree: the stretch from a place asks the same first question of every
    core, and each next question depends only on the answers so far, so traces share the steps up to
    where their answers part. A core walks the tree once instead of replaying trace after trace.

    A question step is [kind, field, arg, {answer: next step}], a change [kind, field, arg, next],
    the end [END, what the first run ended with]."""

    __slots__ = ("root", "ends")

    def __init__(self) -> None:
        self.root: list | None = None
        self.ends = 0

    def __len__(self) -> int:
        return self.ends

    def add(self, ops: tuple[Op, ...], end: Any) -> None:
        """Add the trace of a stretch that ended with `end`."""
        self.ends += 1
        at: list | None = self.root
        holder: tuple[Any, Any] = (self, "root")  # where the next step hangs: (list or dict or self, key)
        for i, op in enumerate(ops):
            if at is None:
                self._hang(holder, _chain(ops[i:], end))
                return
            if op[0] in _ASK:
                answer = op[3] if op[0] == "in" else op[2] if op[0] in ("len", "iter") else op[1]
                holder, at = (at[3], answer), at[3].get(answer)
            else:
                holder, at = (at, 3), at[3]
        if at is None:
            self._hang(holder, [_END, end])

    @staticmethod
    def _hang(holder: tuple[Any, Any], step: list) -> None:
        where, key = holder
        if isinstance(where, Traces):
            where.root = step
        else:
            where[key] = step

    def walk(self, core: CoreState) -> Any:
        """Like `replay`, through the tree: `Fail` if no trace answers alike, else the core it ends
        with, the last snapshot taken (or None) and what the stretch ended with."""
        step, snap, copied = self.root, None, False
        while step is not None:
            kind = step[0]
            if kind == _END:
                return core, snap, step[1]
            ask = _ASK.get(kind)
            if ask is not None:
                step = step[3].get(ask(core, step))
                continue
            if not copied:
                core, copied = core.copy(), True
            if kind == "add":
                getattr(core, step[1]).append(step[2])
            elif kind == "drop":
                getattr(core, step[1]).remove(step[2])
            else:
                snap = core.to_dict()
            step = step[3]
        return Fail


def _chain(ops: tuple[Op, ...], end: Any) -> list:
    """The steps of the rest of a trace, as a branch of the tree."""
    step: list = [_END, end]
    for op in reversed(ops):
        kind = op[0]
        if kind == "in":
            step = [kind, op[1], op[2], {op[3]: step}]
        elif kind in ("len", "iter"):
            step = [kind, op[1], None, {op[2]: step}]
        elif kind == "w":
            step = [kind, None, None, {op[1]: step}]
        else:
            step = [kind, op[1] if len(op) > 1 else None, op[2] if len(op) > 2 else None, step]
    return step


def sharing_core(s: GameState) -> GameState:
    """A copy of a kept state to answer on, sharing its core: an answer that changes the core makes
    a new one (a review, the reboot, a rewind), and a stretch watches a copy or replays on one."""
    return GameState(s.beat, s.node, s.pc, s.sub, list(s.stack), set(s.flags), dict(s.counters), s.core,
                     set(s.visited), list(s.farewell), s.phase, s.seed, s.entry, list(s.mourning))


def with_core(template: GameState, core: CoreState, snap: dict[str, Any] | None) -> GameState:
    """The state a replay ends in: the first run's, with this core (and its snapshot, if taken).
    Kept states are never changed in place (answers are tried on copies), so they share the rest."""
    entry = template.entry
    if snap is not None and entry is not None:
        entry = {**entry, "core": snap}
    t = template
    return GameState(t.beat, t.node, t.pc, t.sub, t.stack, t.flags, t.counters, core, t.visited, t.farewell,
                     t.phase, t.seed, entry, t.mourning)


LATER = ev.GameOver("", "")  # stands for a review's or the reboot's event until the stretch is over


def move_of(h: int, event: ev.Event, answer: an.Answer) -> tuple:
    """What an answer is, from the place of state `h`, as far as where it leads: an option or a
    spot by its id (which options a choice lists may depend on the core), any other answer as it is.
    Where it leads is the same for every core when answering asks nothing of the core (`answer_watched`)."""
    if isinstance(answer, an.Choose) and isinstance(event, ev.Choice):
        o = event.options[answer.index]
        return h // CORES, o.id, o.node
    return h // CORES, answer


def answer_watched(rt: Runner, answer: an.Answer) -> bool:
    """Answer on `rt`, watching its core: True if answering asked nothing of the core and left it
    as it was, so where the answer leads is the same for every core at this place."""
    s = rt.state
    core, trace = s.core, Trace()
    watched = s.core = Watched(core, trace)  # type: ignore[assignment]
    try:
        rt.answer(answer)
    finally:
        if s.core is watched:
            s.core = core if not trace.ops else watched.plain()
    return not trace.ops and s.core is core


class Runner(Runtime):
    """The runtime as the search runs it: a review's or the reboot's event, which shows the core,
    is built by `show` once the stretch is over instead of as it stops there; and a guard that
    decides nothing (`liveness.Positions.idle_guards`) is passed without asking its condition, which
    would only make traces part where the story does not (`passing` makes a runner that does)."""

    _idle: dict[int, int] = {}  # such guards, by id, each with the step where its ways meet again

    @classmethod
    def passing(cls, story: Story, idle: dict[tuple[str, str, int], int]) -> type[Runner]:
        """A runner kind that passes the guards `idle` names (place: where its ways meet)."""
        by_id = {id(story.beats[b].nodes[n].code[pc]): end for (b, n, pc), end in idle.items()}
        return type(cls.__name__, (cls,), {"_idle": by_id})

    def _later(self, ins: object, env: object) -> bool:
        self._event = LATER
        return True

    def _pass(self, ins: JumpIfNotI, env: Env) -> bool:
        to = self._idle.get(id(ins))
        if to is None:
            return Runtime._jump_if_not(self, ins, env)
        self.state.pc = to
        return False

    _STEPS = {**Runtime._STEPS, ReviewI: _later, RebootI: _later, JumpIfNotI: _pass}
    _cards: dict[tuple[MemoryInfo, bool], ev.MemoryCard] = {}  # by what they show: one of each

    def card(self, mid: str, new: bool = False) -> ev.MemoryCard:
        """The memory's card, shared: the search keeps events with cards by the ten thousand."""
        key = (self.story.memories[mid], new)
        got = self._cards.get(key)
        if got is None:
            got = self._cards[key] = Runtime.card(self, mid, new)
        return got

    def show(self) -> None:
        """Build the event the stretch stopped at, if it was left for later."""
        if self._event is LATER:
            ins = self._ins()
            Runtime._STEPS[type(ins)](self, ins, None)

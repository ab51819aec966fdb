"""Running a stretch on to the next decision, through the choices where any option will do.

A choice whose options only change what is said (or, merging, also set only names nothing reads
after it: `liveness.Positions.quiet_choices`) is no decision: the stretch takes its first option and
goes on. A story can go round such choices for ever (a talk that always comes back to its start
with no way out): the player is stuck, answering, and that is a dead end, named by the first node
of the loop so that one loop is one fault however the story came into it.

The whole-state search (`exact`) stops at every choice, so it would never notice that nothing
leads out; where a choice over lines is met, it looks ahead on a copy, as the merging search goes,
so both searches report the same dead ends.
"""

from __future__ import annotations

from .. import answers as an
from .. import events as ev
from ..runtime import RuntimeError_
from ..state import GameState
from ..story import Story
from .decisions import choose, is_decision
from .equivalence import Equivalence
from .quiet import passed
from .report import Findings, flavour
from .stretches import LATER, Runner, Watched, sharing_core

WORDS_ONLY_LIMIT = 100_000  # states met at words-only choices in one stretch before giving up
LOOK_AFTER = 64  # words-only choices one stretch passes before it looks for going round (a key is dear)


class Talk:
    """Runs stretches on for the search; `exact` stops at every choice (and looks ahead at those
    over lines, `_look_ahead`)."""

    def __init__(self, story: Story, keys: Equivalence, found: Findings, exact: bool):
        self.story, self.keys, self.found, self.exact = story, keys, found, exact
        self.quiet = keys.positions.quiet_choices  # choices where any option will do
        self._looked: set[int] = set()  # keys of the states `_look_ahead` started from

    def run_on(self, rt: Runner, passing: bool = False) -> None:
        """Continue to the next decision, noting what is offered on the way; `passing` takes the
        choices over lines as the merging search does, even when exact."""
        found, story = self.found, self.story
        talked: set[int | None] = set()  # keys of the states met at words-only choices in this stretch
        went = 0  # such choices passed: a stretch that passes many may go round, so then they are keyed
        while True:
            e = rt.event
            if e is LATER:
                return  # a review or the reboot: the search builds its event (`_show`)
            if isinstance(e, ev.Choice) and e.kind == "choice":
                found.offered.update(o.id for o in e.options)
                if self._any_will_do(rt.state, passing):
                    # option 0 is always taken here, so meeting an equal state again means for ever
                    went += 1
                    here = self.key(rt.state) if went > LOOK_AFTER else None
                    if here is not None and here in talked and self._round(rt, here):
                        return  # quiet only by what is read after it: a way round, as through decisions
                    if len(talked) > WORDS_ONLY_LIMIT:  # given up on: too many states to tell
                        if not _over_lines(story, rt.state):
                            return
                        raise RuntimeError_(_going_round(f"{rt.state.beat}.{rt.state.node}"))
                    talked.add(here)
                    found.reached_nodes.update(passed(self.quiet, rt.state, e.options))
                    rt.answer(choose(0))  # every option only changes what is said: not a decision to keep
                    rt.refresh()
                    continue
                if self.exact and not passing and _over_lines(story, rt.state):
                    self._look_ahead(rt)
            elif isinstance(e, ev.Choice):
                found.offered.update(o.id for o in e.options)
            if is_decision(e) or rt.finished:
                return
            rt.answer(an.ADVANCE)
            rt.refresh()

    def _any_will_do(self, s: GameState, passing: bool) -> bool:
        if self.exact:
            return passing and _over_lines(self.story, s)
        return flavour(self.story, s, self.quiet)

    def _look_ahead(self, rt: Runner) -> None:
        """The whole-state search at a choice over lines: run on, on a copy, as the merging search
        would, to find it going round (raised as the dead end it is)."""
        k = self.key(rt.state)
        if k in self._looked:
            return
        self._looked.add(k)
        copy = sharing_core(rt.state)
        copy.core = copy.core.copy()
        self.run_on(rt.fork(copy, rt.event), passing=True)  # type: ignore[arg-type]

    def _round(self, rt: Runner, here: int) -> bool:
        """At a state met before in this stretch: go round once more, noting the nodes, and raise the
        dead end if every choice on the way only changes what is said. True if it came round again
        (the way round is the search's to try, as through decisions), False if it came out."""
        nodes: set[str] = set()
        words = True
        for _ in range(WORDS_ONLY_LIMIT):
            s = rt.state
            nodes.add(f"{s.beat}.{s.node}")
            words = words and _over_lines(self.story, s)
            rt.answer(choose(0))
            rt.refresh()
            while not is_decision(rt.event) and rt.event is not LATER and not rt.finished:
                rt.answer(an.ADVANCE)
                rt.refresh()
            e = rt.event
            if not (isinstance(e, ev.Choice) and e.kind == "choice" and self._any_will_do(rt.state, True)):
                return False  # a decision after all: the stretch goes on to it
            if self.key(rt.state) == here:
                break
        if words:
            raise RuntimeError_(_going_round(min(nodes)))
        return True

    def key(self, s: GameState) -> int:
        """The key of a state met in a stretch; looking at a watched core asks it nothing."""
        trace = s.core.trace if isinstance(s.core, Watched) else None
        if trace is not None:
            trace.paused = True
        try:
            return self.keys.key(s)
        finally:
            if trace is not None:
                trace.paused = False


def _over_lines(story: Story, s: GameState) -> bool:
    """The choice the state waits at differs only in what is said, as the story is written."""
    return flavour(story, s)


def _going_round(where: str) -> str:
    return f"{where}: the story goes round and round choices that only change what is said, and never moves on"


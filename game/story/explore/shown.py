"""The events a review or the reboot waits at, built once the stretch there is over, and shared.

A stretch leaves a review's or the reboot's event for later (`stretches.LATER`): it shows the
core, so it is built from the core the stretch ends with. States at the same place with the same
core wait at equal events, and the search keeps thousands of them waiting at once, so one event
stands for all of them (cached by place and core, two generations of a few thousand: the places
in use stay when a generation is dropped).
"""

from __future__ import annotations

from .. import events as ev
from ..state import GameState
from .report import Findings
from .stretches import LATER, Runner

SHOWN_SIZE = 1_500  # events per generation


class Shown:
    """Builds (or finds) the event a state waits at; notes the memories a review offers."""

    __slots__ = ("base", "found", "_new", "_old")

    def __init__(self, base: Runner, found: Findings):
        self.base, self.found = base, found
        self._new: dict[tuple, ev.Event] = {}
        self._old: dict[tuple, ev.Event] = {}

    def __call__(self, state: GameState, event: ev.Event) -> ev.Event:
        """The event `state` waits at, built now if the stretch left it for later."""
        if event is not LATER:
            return event
        c = state.core
        at = (state.beat, state.node, state.pc, tuple(c.held), tuple(c.pending), tuple(c.gaps), c.weapons)
        shown = self._new.get(at)
        if shown is None:
            shown = self._old.get(at)
            if shown is None:
                rt = self.base.fork(state, event)
                rt.show()
                shown = rt.event
                if isinstance(shown, ev.Review):
                    self.found.offered_memories.update(card.id for card in shown.pending)
            if len(self._new) > SHOWN_SIZE:
                self._old, self._new = self._new, {}
            self._new[at] = shown
        return shown

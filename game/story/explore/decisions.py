"""The decisions a player can take at an event, as the search tries them."""

from __future__ import annotations

import copy
from functools import cache

from .. import answers as an
from .. import events as ev
from ..story import Live, Story
from . import reviews as rv

PLAYS = (an.Play("win"), an.Play("lose"))
TENSE = an.Play("tense")
REBOOT = an.Order()


@cache
def choose(index: int) -> an.Choose:
    return an.Choose(index)  # one value per index: the search keeps hundreds of thousands of them


def answers_at(event: ev.Event, thorough: bool = False, live: frozenset[str] | None = None) -> list[an.Answer]:
    """Every decision a player could take at `event` (one for events that only continue).

    At a review: every set of memories it accepts; with `live` (the memories later beats still
    name), one set per class later beats cannot tell apart. `thorough` is kept for callers: every
    accepted set is always tried."""
    if isinstance(event, ev.Choice):
        return [choose(o.index) for o in event.options]
    if isinstance(event, ev.Review):
        return rv.deletions(event, live)
    if isinstance(event, ev.Action):
        return [an.Play(o, frozenset(m for i, m in enumerate(event.marks) if k >> i & 1)) for o in ("win", "lose")
                for k in range(1 << len(event.marks))] + ([TENSE] if event.has_tense else [])  # every subset of marks
    if isinstance(event, ev.Reboot):
        return [REBOOT]
    return [an.ADVANCE]


def is_decision(e: ev.Event) -> bool:
    return isinstance(e, (ev.Choice, ev.Review, ev.Action, ev.Reboot, ev.Ending))


def everything_live(story: Story) -> Story:
    """The story with every flag, counter, memory and visit observable from every beat."""
    everything = Live(frozenset(story.flags), frozenset(story.counters), frozenset(story.memories),
                      frozenset(f"{b.id}.{n}" for b in story.beats.values() for n in b.nodes))
    story = copy.copy(story)
    story.live = dict.fromkeys(story.live, everything)
    return story

"""Steps through the mini story that several session tests take to reach a decision."""

from __future__ import annotations

from game.story import answers as an
from game.story import events as ev
from game.story.session import PlaySession


def go_on(session: PlaySession, until: type) -> ev.Event:
    """Answer Advance through lines and beat starts until an event of kind `until` waits."""
    while not isinstance(session.event, until):
        assert isinstance(session.event, ev.BeatStart | ev.Line), session.event
        session.answer(an.ADVANCE)
    return session.event


def at_review(session: PlaySession) -> ev.Review:
    """The dog petted, through the gate, at the first night's review (one over)."""
    go_on(session, ev.Choice)
    session.answer(an.Choose(0))  # the dog
    go_on(session, ev.Choice)
    session.answer(an.Choose(0))  # the gate
    return go_on(session, ev.Review)

"""Plays the shipped story from the start of a beat to its set-piece, as the window would."""

from __future__ import annotations

from pathlib import Path

from game.story import answers as an
from game.story import events as ev
from game.story.compiler import load_story
from game.story.session import PlaySession

ROOT = Path(__file__).resolve().parents[2]
_STORY = None


def shipped_story():
    """The shipped story, loaded once for the action tests."""
    global _STORY
    if _STORY is None:
        story, diags = load_story(ROOT / "story")
        assert story is not None, [str(d) for d in diags if d.severity == "error"]
        _STORY = story
    return _STORY


def to_action(session: PlaySession, prefer: tuple[str, ...] = ()) -> ev.Action:
    """Go on until the set-piece waits: lines advance, reviews keep everything, and a choice takes
    the first option whose text holds one of `prefer` (else its first)."""
    for _ in range(2000):
        e = session.event
        if isinstance(e, ev.Action):
            return e
        if isinstance(e, ev.Choice):
            wanted = [o for o in e.options for word in prefer if word in o.text]
            session.answer(an.Choose((wanted or list(e.options))[0].index))
        elif isinstance(e, ev.Review):
            session.answer(an.Delete())
        else:
            session.answer(an.ADVANCE)
    raise AssertionError("the set-piece never came")

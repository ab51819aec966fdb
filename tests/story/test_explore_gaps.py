"""A gap is kept in a state's key only where a place ahead reads it (`explore/gaps.py`): by
`deleted(m)`, or by `remember m`, which refuses a memory that is gone."""

from __future__ import annotations

from test_explore import load, memories, summary, write_story

from game.story.explore import explore
from game.story.explore.equivalence import Equivalence


def night(after: list) -> dict:
    """Leaving m (the first way, met first) or taking it and deleting it at the night both come to
    the next beat with nothing held: only m's gap tells them apart."""
    return {
        "day": {"title": "Day", "scene": "dialogue", "start": "a", "next": "after", "nodes": {
            "a": [{"choice": [{"text": "Leave it."}, {"text": "Take it.", "do": {"remember": "m"}}]},
                  {"review": "Night"}]}},
        "after": {"title": "After", "scene": "dialogue", "start": "a", "nodes": {
            "a": after, "h": [{"ending": "high"}], "l": [{"ending": "low"}]}},
    }


def check(tmp_path, after: list, never: list[str]) -> None:
    path = write_story(tmp_path, night(after))
    memories(path, {"m": 2}, "day")
    story = load(path)
    merged, exact = explore(story), explore(story, exact=True)
    assert [c["text"] for c in merged.never_enabled_choices] == never
    assert summary(merged) == summary(exact)


def test_a_gap_asked_about_by_deleted_keeps_its_states_apart(tmp_path) -> None:
    check(tmp_path, [{"choice": [{"text": "Go on.", "goto": "h"},
                                 {"text": "Miss it.", "if": "deleted(m)", "goto": "l"}]}], [])


def test_a_gap_a_later_remember_would_refuse_keeps_its_states_apart(tmp_path) -> None:
    """m arrives again only if it was never deleted: with it waiting there is less room."""
    check(tmp_path, [{"do": {"remember": "m"}},
                     {"choice": [{"text": "Go on.", "goto": "h"}, {"text": "Roomy.", "if": "free >= 2", "goto": "l"}]}],
          [])


def test_a_gap_nothing_reads_is_left_out(tmp_path) -> None:
    path = write_story(tmp_path, night([{"choice": [{"text": "Go on.", "goto": "h"}, {"text": "Stop.", "goto": "l"}]}]))
    memories(path, {"m": 2}, "day")
    story = load(path)
    keys = Equivalence(story)
    assert keys.gaps.at("after", "a", 0) == frozenset()
    assert keys.gaps.at("day", "a", 0) == frozenset({"m"})  # the day remembers m: it reads m's gap
    merged, exact = explore(story), explore(story, exact=True)
    assert summary(merged) == summary(exact) and merged.states < exact.states

"""Kept states share equal parts: one copy each, with the values and orders they had."""

from __future__ import annotations

from game.story.explore.sharing import Sharing
from game.story.state import CoreState, GameState


def _state(flags: set[str], counters: dict[str, int], visited: set[str]) -> GameState:
    return GameState("b", "n", 0, 0, [("n", 1)], flags, counters, CoreState(["a"]), visited, ["x", "y"])


def test_equal_parts_become_one_object_and_keep_their_values():
    sharing = Sharing()
    first = sharing.share(_state({"f"}, {"c": 1, "d": 2}, {"v"}))
    second = sharing.share(_state({"f"}, {"c": 1, "d": 2}, {"v"}))
    assert second.flags is first.flags and second.counters is first.counters
    assert second.visited is first.visited and second.stack is first.stack and second.farewell is first.farewell
    assert second.core is not first.core  # a core is each state's own
    assert (second.flags, second.counters, second.visited, second.stack, second.farewell) == (
        {"f"}, {"c": 1, "d": 2}, {"v"}, [("n", 1)], ["x", "y"])


def test_parts_that_differ_stay_apart_counters_by_their_order_too():
    sharing = Sharing()
    first = sharing.share(_state({"f"}, {"c": 1, "d": 2}, {"v"}))
    other = sharing.share(_state({"g"}, {"d": 2, "c": 1}, {"v", "w"}))
    assert other.flags == {"g"} and other.visited == {"v", "w"}
    assert list(other.counters) == ["d", "c"] and other.counters is not first.counters

"""The runtime as a front end meets it: events in, decisions out, state always plain data."""

from __future__ import annotations

import json

import pytest

from game.story import events as ev
from game.story.runtime import Runtime, WrongAnswer
from game.story.state import GameState


def run_until(rt: Runtime, kind: type) -> ev.Event:
    while not isinstance(rt.event, kind):
        e = rt.event
        assert isinstance(e, (ev.BeatStart, ev.Line)), f"stopped at {e}"
        rt.advance()
    return rt.event


def at_first_review(mini) -> Runtime:
    """The dog petted, through the gate, at the first night's review (one over)."""
    rt = Runtime(mini)
    run_until(rt, ev.Choice)
    rt.choose(0)
    run_until(rt, ev.Choice)
    rt.choose(0)
    run_until(rt, ev.Review)
    return rt


def test_explore_spots_call_nodes_and_return(mini) -> None:
    rt = Runtime(mini)
    assert isinstance(rt.event, ev.BeatStart) and rt.event.title == "The Yard" and rt.event.map == "yard"
    c = run_until(rt, ev.Choice)
    assert c.kind == "explore" and [o.text for o in c.options] == ["The dog"]
    assert c.options[0].node == "dog"
    rt.choose(0)
    line = run_until(rt, ev.Line)
    assert (line.speaker, line.name, line.text, line.face) == ("mai", "Mai", "Hey, dog.", "angry")
    rt.advance()
    back = run_until(rt, ev.Choice)
    assert [o.text for o in back.options] == ["The gate"]  # the dog is petted; visited(dog) opens the gate
    assert rt.state.counters["mood"] == 1 and "petted" in rt.state.flags
    assert rt.core.pending == ["face", "bag", "dog"]


def test_forced_review_then_game_over_replays_the_night(mini) -> None:
    rt = at_first_review(mini)
    r = rt.event
    assert r.must_free == 1 and r.used == 5 and r.capacity == 4 and r.weapons_slots == 2
    assert [c.id for c in r.pending] == ["face", "bag", "dog"] and all(c.new for c in r.pending)
    with pytest.raises(WrongAnswer, match="over"):
        rt.review([])
    rt.refuse_review()
    assert isinstance(rt.event, ev.GameOver)
    rt.advance()
    assert rt.event == r  # the same night, again
    rt.review(["bag"])
    assert rt.core.held == ["face", "dog"] and rt.core.gaps == ["bag"] and rt.bond == 7


def test_wrong_answers_are_refused_without_changing_anything(mini) -> None:
    rt = Runtime(mini)
    before = rt.state.to_dict()
    for bad in (lambda: rt.choose(0), lambda: rt.review([]), lambda: rt.action(won=True), lambda: rt.reboot([])):
        with pytest.raises(WrongAnswer):
            bad()
    assert rt.state.to_dict() == before
    run_until(rt, ev.Choice)
    with pytest.raises(WrongAnswer):
        rt.choose(5)


def play_to_end(rt: Runtime, pick) -> list[ev.Event]:
    seen = []
    for _ in range(500):
        if rt.finished:
            break
        e = rt.event
        seen.append(e)
        if isinstance(e, ev.Choice):
            rt.choose(pick(e))
        elif isinstance(e, ev.Review):
            rt.review([c.id for c in e.held + e.pending][: e.must_free])
        elif isinstance(e, ev.Action):
            rt.action(tense=True)
        elif isinstance(e, ev.Reboot):
            rt.reboot([c.id for c in reversed(e.memories)])
        else:
            rt.advance()
    return seen


def test_state_round_trips_through_json_at_every_event(mini) -> None:
    rt = Runtime(mini)
    for _ in range(60):
        if rt.finished:
            break
        doc = json.loads(json.dumps(rt.state.to_dict()))
        twin = Runtime(mini, GameState.from_dict(doc))
        assert twin.event == rt.event
        assert twin.state.key() == rt.state.key()
        e = rt.event
        if isinstance(e, ev.Choice):
            rt.choose(len(e.options) - 1 if e.kind == "explore" else 0)
        elif isinstance(e, ev.Review):
            rt.review([c.id for c in e.held + e.pending][: e.must_free])
        elif isinstance(e, ev.Action):
            rt.action(won=True)
        elif isinstance(e, ev.Reboot):
            rt.reboot()
        else:
            rt.advance()
    assert rt.finished


def test_hold_on_rewinds_to_the_choice_then_reboot_plays_the_chosen_order(mini) -> None:
    rt = Runtime(mini)
    picks = iter([0, 0, 0, 0, 1, 0])  # dog, gate, duck, spare, hold on, let go
    events = play_to_end(rt, lambda e: next(picks) if len(e.options) > 1 or e.kind == "explore" else 0)
    endings = [e for e in events if isinstance(e, ev.Ending)]
    assert [e.id for e in endings] == ["refuse", "good"]
    final = endings[-1]
    assert [c.id for c in final.farewell] == list(reversed(rt.state.farewell[::-1]))
    assert rt.core.held == [] and rt.finished


def test_same_decisions_same_story(mini) -> None:
    a = play_to_end(Runtime(mini, seed=5), lambda e: 0)
    b = play_to_end(Runtime(mini, seed=5), lambda e: 0)
    assert a == b


def test_a_deleted_memory_with_a_gone_line_is_seen_going(mini) -> None:
    rt = at_first_review(mini)
    rt.review(["dog", "face"])  # only the dog has a `gone:` line
    line = rt.event
    assert isinstance(line, ev.Line) and line.id == "memory.dog.gone" and line.text == "The dog goes grey."
    assert line.speaker is None
    with pytest.raises(WrongAnswer):
        rt.review([])  # the review is over, even while its aftermath shows
    saved = json.loads(json.dumps(rt.state.to_dict()))
    again = Runtime(mini, state=GameState.from_dict(saved))
    assert again.event == line, "a save made just then shows the same line"
    rt.advance()
    assert not isinstance(rt.event, ev.Review) and rt.state.mourning == []
    assert rt.core.gaps == ["dog", "face"]


def test_a_deletion_without_a_gone_line_goes_straight_on(mini) -> None:
    rt = at_first_review(mini)
    rt.review(["bag"])
    assert not (isinstance(rt.event, ev.Line) and rt.event.id.startswith("memory."))
    assert rt.state.mourning == []


def test_a_counter_with_no_range_cannot_grow_without_bound(mini) -> None:
    from game.story.env import COUNTER_LIMIT, Env, apply

    rt = Runtime(mini)
    env = Env(rt.state, mini)
    rt.state.counters["free"] = 10
    square = ("assign", "free", lambda e: e.counter("free") * e.counter("free"))
    for _ in range(200):
        apply((square,), env, {})
    assert rt.state.counters["free"] == COUNTER_LIMIT
    apply((("add", "free", -3 * COUNTER_LIMIT),), env, {})
    assert rt.state.counters["free"] == -COUNTER_LIMIT

"""Rewinding a play session: earlier states kept before each answer, the history log cut back with
them, forward again to where the player was, and both kept with a save."""

from __future__ import annotations

import json
from pathlib import Path

from mini_play import at_review, go_on

from game.story import answers as an
from game.story import events as ev
from game.story.rewind import KEEP_SAVED, Past, Point
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.story.state import GameState


def test_rewind_undoes_a_choice_and_cuts_the_history_back(mini) -> None:
    session = PlaySession.new(mini)
    choice = go_on(session, ev.Choice)
    said = list(session.history)
    session.answer(an.Choose(0))
    assert session.history[-1].picked and session.runtime.state.node == "dog"
    assert session.rewind() == 1
    assert session.event == choice and session.history == said and session.runtime.state.node == "look"
    assert session.read_before, "the choice was shown before"


def test_forward_returns_to_where_the_player_was_until_a_new_answer(mini) -> None:
    session = PlaySession.new(mini)
    at_review(session)
    where, said = session.runtime.state.key(), list(session.history)
    assert session.rewind(4) == 4 and session.can_forward
    assert session.forward(10) == 4
    assert session.runtime.state.key() == where and session.history == said and not session.can_forward
    session.rewind(2)
    assert isinstance(session.event, ev.Choice)
    session.answer(an.Choose(0))  # the same answer as before: still the way ahead
    assert session.can_forward
    session.answer(an.ADVANCE)
    assert session.runtime.state.key() == where and not session.can_forward
    session.answer(an.Delete(("bag",)))
    session.rewind(1)
    assert session.can_forward
    session.answer(an.Refuse())  # another answer: the way ahead is gone
    assert isinstance(session.event, ev.GameOver) and not session.can_forward


def test_a_deletion_undone_by_rewind_is_not_a_deletion(mini) -> None:
    session = PlaySession.new(mini)
    review = at_review(session)
    session.answer(an.Delete(("bag",)))
    assert session.runtime.core.gaps == ["bag"]
    while session.event != review:
        assert session.rewind() == 1
    assert session.runtime.core.gaps == [] and "bag" in session.runtime.core.held + session.runtime.core.pending
    session.answer(an.Delete(("face",)))
    assert session.runtime.core.gaps == ["face"]


def test_a_game_over_and_a_reboot_are_undone(mini) -> None:
    session = PlaySession.new(mini)
    review = at_review(session)
    assert isinstance(session.answer(an.Refuse()), ev.GameOver)
    assert session.rewind() == 1 and session.event == review
    session.answer(an.Delete(("bag",)))
    go_on(session, ev.Action)
    session.answer(an.Play("win"))
    while not session.finished and not isinstance(session.event, ev.Reboot):
        e = session.event
        session.answer(an.Choose(0) if isinstance(e, ev.Choice) else
                       an.Delete(tuple(c.id for c in e.pending[:e.must_free])) if isinstance(e, ev.Review)
                       else an.ADVANCE)
    reboot = session.event
    assert isinstance(reboot, ev.Reboot)
    core = session.runtime.core.copy()
    session.answer(an.Order())
    assert session.runtime.core != core
    assert session.rewind() == 1
    assert session.event == reboot and session.runtime.core == core and session.runtime.state.farewell == []


def test_the_terminals_back_goes_to_the_last_decision(mini) -> None:
    session = PlaySession.new(mini)
    assert not session.rewind_decision(), "no decision yet"
    choice = go_on(session, ev.Choice)
    session.answer(an.Choose(0))
    go_on(session, ev.Choice)
    assert session.rewind_decision()
    assert session.event == choice


def test_history_and_rewind_points_are_kept_with_a_save(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    session = PlaySession.new(mini, store)
    review = at_review(session)
    session.answer(an.Delete(("bag",)))
    said = list(session.history)
    assert said
    session.save("slot1")
    loaded = PlaySession.load(mini, store, "slot1")
    assert loaded.history == said, "the log goes on after a load"
    assert not loaded.read_before
    while loaded.event != review:
        assert loaded.rewind() == 1, "back past the save point"
    assert loaded.runtime.core.gaps == []
    assert loaded.history == said[: len(loaded.history)]
    resumed = PlaySession.resume(mini, store)  # Continue: the newest save, the one above
    assert resumed is not None and resumed.history == said and resumed.can_rewind


def test_a_save_keeps_a_bounded_past_and_old_saves_load(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    session = PlaySession.new(mini, store)
    state = session.runtime.state.copy()
    for _ in range(KEEP_SAVED + 50):
        session.past.taken(Point(state, 0, an.ADVANCE))
    session.save("slot1")
    doc = json.loads((tmp_path / "slot1.json").read_text())
    assert len(doc["rewind"]) == KEEP_SAVED
    del doc["history"], doc["rewind"]
    doc["format"] = 1
    (tmp_path / "slot2.json").write_text(json.dumps(doc))
    old = PlaySession.load(mini, store, "slot2")
    assert old.history == [] and not old.can_rewind


def test_points_from_another_story_or_an_edited_file_are_dropped(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    session = PlaySession.new(mini, store)
    at_review(session)
    session.save("slot1")
    path = tmp_path / "slot1.json"
    doc = json.loads(path.read_text())
    n = len(doc["rewind"])
    doc["rewind"][1]["state"]["node"] = "nowhere"  # older points than this one cannot be reached
    path.write_text(json.dumps(doc))
    loaded = PlaySession.load(mini, store, "slot1")
    assert len(loaded.past.points) == n - 2
    doc["story_hash"] = "another"
    path.write_text(json.dumps(doc))
    assert not PlaySession.load(mini, store, "slot1").can_rewind


def test_the_past_in_play_is_bounded() -> None:
    past = Past(keep=3)
    state = GameState("b", "n")
    for i in range(5):
        past.taken(Point(state, i, an.Choose(i)))
    assert [p.said for p in past.points] == [2, 3, 4]
    point, done = past.back(10)
    assert done == 3 and point is not None and point.said == 2

"""The play session: answers as data, the save policy written once, and the arithmetic both front
ends show. Driven the way the window's director and the terminal drive it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from mini_play import at_review, go_on

from game.story import answers as an
from game.story import events as ev
from game.story.playthrough import Player, random_answer
from game.story.runtime import Runtime, WrongAnswer
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.story.views import Fill, ReviewView, core_fill, dots

# --- answers --------------------------------------------------------------------------------------


def test_every_kind_of_answer_reaches_the_runtime(mini) -> None:
    rt = Runtime(mini)
    with pytest.raises(WrongAnswer):
        rt.answer(an.Choose(0))  # a beat's title is not a choice
    session = PlaySession(rt)
    review = at_review(session)
    with pytest.raises(WrongAnswer):
        session.answer(an.Delete())  # one over: something must go
    assert session.event is review, "a wrong answer changes nothing"
    assert isinstance(session.answer(an.Refuse()), ev.GameOver)
    assert session.answer(an.ADVANCE) == review, "the night again"
    session.answer(an.Delete(("bag",)))
    assert rt.core.gaps == ["bag"]
    action = go_on(session, ev.Action)
    assert action.has_tense
    session.answer(an.Play("tense"))
    assert isinstance(go_on(session, ev.Choice), ev.Choice)


def test_answers_describe_themselves() -> None:
    assert an.describe(an.Choose(1), ("Run", "Hide")) == "choose “Hide”"
    assert an.describe(an.Delete(("bag", "dog"))) == "delete bag, dog"
    assert an.describe(an.Delete()) == "delete nothing"
    assert an.describe(an.Play("win")) == "win the set-piece"
    assert an.describe(an.Order()) == "reboot"
    assert an.describe(an.ADVANCE) == "go on"


def test_fork_runs_from_a_copied_state_without_touching_the_original(mini) -> None:
    session = PlaySession.new(mini)
    review = at_review(session)
    rt = session.runtime
    fork = rt.fork(rt.state.copy(), review)
    assert fork.event is review
    fork.answer(an.Delete(("dog",)))
    assert fork.core.gaps == ["dog"] and rt.core.gaps == [] and rt.event is review
    fresh = rt.fork(rt.state.copy())  # no event given: it runs to the one waiting
    assert fresh.event == review


# --- the save policy ------------------------------------------------------------------------------


def test_a_new_game_autosaves_at_its_first_beat_and_at_every_beat_after(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    session = PlaySession.new(mini, store)
    assert (tmp_path / "autosave.json").exists(), "the first beat's start is saved"
    first = store.read("autosave")["state"]["beat"]
    at_review(session)
    session.answer(an.Delete(("bag",)))
    go_on(session, ev.Action)
    assert store.read("autosave")["state"]["beat"] != first, "the next beat's start saved over it"


def test_closing_saves_where_the_player_is(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    session = PlaySession.new(mini, store)
    at_review(session)
    session.close()
    again = PlaySession.load(mini, store, "autosave")
    assert isinstance(again.event, ev.Review)


def test_the_last_ending_puts_the_autosave_aside(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    session = PlaySession.new(mini, store)
    rng = random.Random(3)
    player = Player(session)
    e = player.run_on()
    while e is not None:
        e = player.answer(random_answer(rng, e))
    assert isinstance(session.event, ev.Ending) and not session.event.rewind
    assert store.newest() is not None, "the autosave stands until the ending is read"
    assert session.answer(an.ADVANCE) is None and session.finished
    assert store.newest() is None, "nothing left to continue"
    assert (tmp_path / "autosave.json.bak").exists()
    session.close()
    assert store.newest() is None, "quitting after the end does not bring it back"


def test_a_failed_autosave_is_a_notice_not_an_exception(mini, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the save folder should be")
    session = PlaySession.new(mini, SaveStore(blocked))
    notices = session.take_notices()
    assert len(notices) == 1 and notices[0].startswith("Autosave failed")
    assert session.take_notices() == [], "each notice is told once"
    go_on(session, ev.Choice)


def test_a_save_to_a_slot_name_that_is_not_one_says_so(mini, tmp_path: Path) -> None:
    from game.story.saves import SaveError

    session = PlaySession.new(mini, SaveStore(tmp_path / "saves"))
    with pytest.raises(SaveError):
        session.save("../../escape")


def test_the_history_keeps_what_was_read_and_picked(mini) -> None:
    session = PlaySession.new(mini)
    go_on(session, ev.Choice)
    session.answer(an.Choose(0))
    assert session.history[-1].picked and session.history[-1].text == "› The dog"
    line = session.event
    assert isinstance(line, ev.Line) and line.text == "Hey, dog."
    session.answer(an.ADVANCE)
    said = session.history[-1]
    assert (said.name, said.text, said.color, said.picked) == ("Mai", "Hey, dog.", line.color, False)
    assert said.color.startswith("#")


# --- what both front ends show --------------------------------------------------------------------


def test_the_review_view_is_the_one_arithmetic_of_the_review(mini) -> None:
    review = at_review(PlaySession.new(mini))
    view = ReviewView(review)
    weights = {c.id: c.weight for c in view.cards}
    assert [c.id for c in view.cards] == [c.id for c in review.held + review.pending]
    assert view.bond_if_kept == sum(weights.values())
    assert view.over == review.must_free == 1
    marked = view.mark(["dog", "dog"])
    assert marked.marked == ("dog",), "each memory once"
    assert marked.bond_after == view.bond_if_kept - weights["dog"]
    assert marked.over == 0
    fill = marked.fill()
    assert fill.used == review.used - 1 and fill.over == 0
    assert view.fill().over == 1 and view.fill().cells()[-1] == "over"


def test_the_core_fill_counts_weapons_kept_and_waiting(mini) -> None:
    session = PlaySession.new(mini)
    go_on(session, ev.Choice)
    session.answer(an.Choose(0))
    go_on(session, ev.Choice)
    assert session.fill() == Fill(weapons=2, held=0, new=3, capacity=4), "the dog gave three memories"
    assert core_fill(session.runtime.core, 6, 3) == Fill(3, 0, 3, 6)
    assert Fill(2, 1, 2, 4).cells() == ["weapon", "weapon", "full", "new", "over"]


def test_weights_are_five_dots() -> None:
    assert dots(2) == "●●○○○" and dots(5) == "●●●●●"

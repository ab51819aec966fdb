"""What a set-piece reports reaches the story: the action tells the piece what it was given, takes
the marks it declares (each once, their effects applied), and refuses any it does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.story import answers as an
from game.story import events as ev
from game.story.compiler import load_story
from game.story.explore.search import answers_at
from game.story.replay import answer_from_json, answer_to_json
from game.story.runtime import WrongAnswer
from game.story.session import PlaySession
from game.story.story import Story

STORY = Path(__file__).resolve().parents[2] / "story"


@pytest.fixture(scope="module")
def story() -> Story:
    story, diags = load_story(STORY)
    assert story is not None, "\n".join(map(str, diags))
    return story


def to_action(story: Story, beat: str, flags: tuple[str, ...] = ()) -> PlaySession:
    session = PlaySession.new(story, beat=beat)
    session.runtime.state.flags.update(flags)
    for _ in range(200):
        if isinstance(session.event, ev.Action):
            return session
        session.answer(an.ADVANCE)
    raise AssertionError(f"no action in {beat}")


def test_firing_back_on_the_freeway_raises_the_threat(story: Story) -> None:
    session = to_action(story, "freeway")
    assert session.event.piece == "freeway_chase" and session.event.marks == ("fired_back",)
    before = session.runtime.state.counters.get("threat", 0)
    session.answer(an.Play("win", frozenset({"fired_back"})))
    assert session.runtime.state.counters["threat"] == before + 1
    assert session.runtime.state.node == "broken_rail"


def test_a_quiet_run_leaves_the_threat_alone(story: Story) -> None:
    session = to_action(story, "freeway")
    session.answer(an.Play("lose"))
    assert session.runtime.state.counters.get("threat", 0) == 0
    assert "police_hunt" in session.runtime.state.flags or session.runtime.state.node == "shot_down"


def test_payback_is_told_of_round_two_and_its_marks_set_what_the_lines_answer(story: Story) -> None:
    calm = to_action(story, "payback")
    assert dict(calm.event.given) == {"fought_back": False}
    session = to_action(story, "payback", ("fought_back",))
    assert dict(session.event.given) == {"fought_back": True}
    assert set(session.event.marks) == {"spared_one", "smashed_tables"}
    session.answer(an.Play("win", frozenset({"spared_one", "smashed_tables"})))
    state = session.runtime.state
    assert {"spared_bot", "smashed_tables"} <= state.flags and state.counters["threat"] == 1
    seen = []
    for _ in range(12):
        if isinstance(session.event, ev.Line):
            seen.append(session.event.id)
        session.answer(an.ADVANCE)
    assert "nar_rics_robot_still_standing" in seen and "nar_lunch_table_two_halves" in seen


def test_a_mark_not_declared_is_refused(story: Story) -> None:
    session = to_action(story, "freeway")
    with pytest.raises(WrongAnswer):
        session.runtime.answer(an.Play("win", frozenset({"spared_one"})))
    with pytest.raises(WrongAnswer):
        session.runtime.answer(an.Play("tense", frozenset({"fired_back"})))
    assert isinstance(session.event, ev.Action)


def test_the_explorer_tries_every_outcome_with_every_set_of_marks(story: Story) -> None:
    event = to_action(story, "payback").event
    plays = [a for a in answers_at(event) if isinstance(a, an.Play)]
    assert len(plays) == 2 * 4 + 1
    assert an.Play("lose", frozenset({"spared_one", "smashed_tables"})) in plays


def test_a_recording_keeps_the_marks() -> None:
    play = an.Play("win", frozenset({"fired_back"}))
    assert answer_from_json(answer_to_json(play)) == play
    assert answer_to_json(an.Play("lose")) == {"play": "lose"}

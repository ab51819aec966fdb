"""The story's stakes in the shipped story: Hold On is an ending of its own with a way back from the
title, the reinstall is the player's decision, a full core is told from inside, and a deletion is
confirmed by what the memory holds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.story import answers as an
from game.story import events as ev
from game.story.compiler import load_story
from game.story.runtime import Runtime
from game.story.saves import SaveStore
from game.story.session import PlaySession, way_back
from game.story.story import Story
from game.story.views import ReviewView, letting_go

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def story() -> Story:
    loaded, diags = load_story(ROOT / "story")
    assert loaded is not None, "\n".join(map(str, diags))
    return loaded


def on_to(session: PlaySession | Runtime, stop: type, said: list[str] | None = None,
          choosing: bool = False) -> ev.Event:
    """Go on through lines, stage directions and beat starts until an event of kind `stop`;
    `choosing`: through the small choices on the way too, each by its first option."""
    while not isinstance(session.event, stop):
        e = session.event
        if choosing and isinstance(e, ev.Choice):
            session.answer(an.Choose(e.options[0].index))
            continue
        assert isinstance(e, ev.Line | ev.Stage | ev.BeatStart), f"stopped at {e!r}"
        if said is not None and isinstance(e, ev.Line):
            said.append(e.text)
        session.answer(an.ADVANCE)
    return session.event


def option(e: ev.Choice, start: str) -> int:
    return next(o.index for o in e.options if o.text.lstrip('"“').startswith(start))


def to_final_choice(story: Story, store: SaveStore) -> PlaySession:
    session = PlaySession.new(story, store, beat="reboot")
    on_to(session, ev.Choice)
    assert session.runtime.state.node == "final_choice"
    return session


def test_holding_on_plays_its_epilogue_and_ends_with_credits(story, tmp_path) -> None:
    store = SaveStore(tmp_path)
    session = to_final_choice(story, store)
    assert "before-reboot" in {i.slot for i in store.slots()}, "the way back is kept as the choice is reached"
    session.answer(an.Choose(option(session.event, "Hold on")))
    said: list[str] = []
    ending = on_to(session, ev.Ending, said, choosing=True)
    assert ending.id == "hold_on" and ending.rewind is None and ending.returns_to == "reboot.final_choice"
    told = " ".join(said)
    assert "Behind me. Stay behind me." in told, "7723 shields Mai"
    assert "All over Grainland the Gen 6 units wake" in told, "the Q-Bots go off across the city"
    assert "the city paid for it" in told, "the cost, told plainly"
    assert session.answer(an.ADVANCE) is None and session.finished, "the game is over: credits, then the title"
    slots = {i.slot for i in store.slots()}
    assert "autosave" not in slots, "the autosave is retired as after any ending"
    assert way_back(story, store) == ("before-reboot", "Reboot")


def test_the_way_back_lands_at_the_final_choice(story, tmp_path) -> None:
    store = SaveStore(tmp_path)
    session = to_final_choice(story, store)
    session.answer(an.Choose(option(session.event, "Hold on")))
    on_to(session, ev.Ending, choosing=True)
    session.answer(an.ADVANCE)
    slot, _title = way_back(story, store)
    back = PlaySession.load(story, store, slot)
    assert isinstance(back.event, ev.Choice) and back.runtime.state.node == "final_choice"
    back.answer(an.Choose(option(back.event, "Let go")))
    assert isinstance(on_to(back, ev.Reboot), ev.Reboot), "from there, letting go plays the reboot"


def test_letting_go_puts_the_way_back_aside(story, tmp_path) -> None:
    store = SaveStore(tmp_path)
    session = to_final_choice(story, store)
    session.answer(an.Choose(option(session.event, "Let go")))
    reboot = on_to(session, ev.Reboot)
    session.answer(an.Order(tuple(m.id for m in reboot.memories)))
    while not isinstance(session.event, ev.Ending):  # the epilogue's choices take their first option
        e = session.event
        session.answer(an.Choose(e.options[0].index) if isinstance(e, ev.Choice) else an.ADVANCE)
    session.answer(an.ADVANCE)
    assert session.finished and way_back(story, store) is None


def at_console(story: Story) -> Runtime:
    rt = Runtime(story, beat="inside_iq")
    rt.state.node, rt.state.pc, rt.state.phase = "weapons_console", 0, "run"
    rt.state.core.weapons = False  # deleted in the garage, as the story has it by now
    rt.refresh()
    return rt


def test_the_reinstall_is_a_decision_with_two_sides(story) -> None:
    armed = at_console(story)
    choice = on_to(armed, ev.Choice)
    armed.answer(an.Choose(option(choice, "Take them back")))
    assert "reinstalled" in armed.state.flags
    review = on_to(armed, ev.Review)
    assert review.weapons_change == "reinstall"

    unarmed = at_console(story)
    unarmed.answer(an.Choose(option(on_to(unarmed, ev.Choice), "Leave them")))
    said: list[str] = []
    on_to(unarmed, ev.Choice, said)  # the cell or the window: no review on the way
    assert "reinstalled" not in unarmed.state.flags and unarmed.core.weapons is False
    assert any("two hands" in line for line in said)


@pytest.mark.parametrize(("armed", "words"), [(True, "weapons module hums"), (False, "nothing in his arm")])
def test_the_stadium_answers_the_decision(story, armed, words) -> None:
    rt = Runtime(story, beat="stadium")
    if armed:
        rt.state.flags.add("reinstalled")
    said: list[str] = []
    while not isinstance(rt.event, ev.Choice | ev.Action):  # the tunnel, up to the first decision
        e = rt.event
        if isinstance(e, ev.Review):
            rt.answer(an.Delete(tuple(c.id for c in (e.held + e.pending)[:e.must_free])))
            continue
        if isinstance(e, ev.Line):
            said.append(e.text)
        rt.answer(an.ADVANCE)
    assert any(words in line for line in said)


def test_a_full_core_is_told_from_inside(story) -> None:
    title, text = story.game_over
    assert title and "slot" in text
    assert not re.search(r"\byou\b|\byour\b", text, re.IGNORECASE), "told from inside, to no one"
    assert not re.search(r"\bchoose\b|\bback to\b|isn't how", text, re.IGNORECASE), "no lesson"


def test_a_deletion_is_confirmed_by_what_the_memory_holds(story) -> None:
    card = ev.MemoryCard("rooftop", "M09", "Rooftop", "Mai dozing against him.", 4, "peace", "montage")
    words = letting_go([card])
    assert "●●●●○" in words and "Mai dozing against him" in words and "peace" in words
    assert "→" not in words and "Bond" not in words


def test_the_review_view_still_knows_the_bond(story) -> None:
    cards = (ev.MemoryCard("a", "M1", "A", "a.", 3, "joy", "x"), ev.MemoryCard("b", "M2", "B", "b.", 2, "joy", "x"))
    review = ev.Review("r", "Night", cards, (), 8, 0, None, 0, ())
    view = ReviewView(review).mark(["b"])
    assert (view.bond_if_kept, view.bond_after) == (5, 3)

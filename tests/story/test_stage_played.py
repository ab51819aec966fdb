"""The story remembers which stage directions it played in the beat, in the order it played them, so a
stage built afresh in the middle of the beat (a loaded game) plays those and none from a way not taken;
saves keep them, a save from before keeps none and gets the source order, a damaged list is dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_stage_directions import compiled, copy

from game.story import answers as an
from game.story import events as ev
from game.story.rewind import from_doc
from game.story.runtime import Runtime
from game.story.saves import SaveError, SaveStore, decode, encode
from game.story.session import PlaySession
from game.story.stagemap import behind, passed
from game.story.story import StageI

BRANCHED = '''    - "The yard is dark."
    - stage: {time: night}
    - if: "flags.petted"
      then:
        - stage: {cast: {"7723": {at: dog}}}
      else:
        - stage: {cast: {"7723": {at: porch}}}
    - "7723 is somewhere."
'''


def at_text(rt: Runtime, text: str) -> None:
    """Go on (the first option of any choice) until the line `text` waits."""
    for _ in range(200):
        e = rt.event
        if isinstance(e, ev.Line) and e.text == text:
            return
        rt.answer(an.Choose(0) if isinstance(e, ev.Choice) else an.ADVANCE)
    raise AssertionError(f"never reached {text!r}")


@pytest.fixture
def story(tmp_path: Path):
    return compiled(copy(tmp_path, steps=BRANCHED))


def places(rt: Runtime) -> list[tuple[str, str]]:
    """Where the directions behind the point put 7723, as the window would rebuild them."""
    s = rt.state
    beat = rt.story.beats[s.beat]
    return [(c.who, c.spot) for d in behind(beat, s.node, s.pc, s.played) for c in d.cast if c.spot and c.who == "7723"]


def test_only_the_way_taken_is_remembered(story) -> None:
    rt = Runtime(story)
    at_text(rt, "7723 is somewhere.")
    code = story.node("yard", "look").code
    assert all(isinstance(code[pc], StageI) for _n, pc in rt.state.played)
    assert len(rt.state.played) == 2, "the night, then the else way's direction: not the then way's"
    assert places(rt) == [("7723", "porch")]
    beat = story.beats["yard"]
    source = [(c.who, c.spot) for d in passed(beat, "look", rt.state.pc) for c in d.cast if c.spot and c.who == "7723"]
    assert source == [("7723", "dog"), ("7723", "porch")], "the source order holds both ways"


def test_the_directions_played_round_trip_through_a_save(story, tmp_path: Path) -> None:
    rt = Runtime(story)
    at_text(rt, "7723 is somewhere.")
    store = SaveStore(tmp_path / "saves")
    store.save("1", rt)
    doc = json.loads(store.path("1").read_text(encoding="utf-8"))
    assert doc["state"]["played"] == [list(p) for p in rt.state.played]
    loaded, notice = store.load("1", story)
    assert notice is None and loaded.state.played == rt.state.played
    assert places(loaded) == [("7723", "porch")]
    assert loaded.state.key() == rt.state.key(), "what is remembered is no part of the explorer's key"


def test_a_new_beat_begins_with_nothing_played(story) -> None:
    rt = Runtime(story)
    assert rt.state.played == ()
    rt.state.played = (("look", 1),)
    rt._start_beat("chase")
    assert rt.state.played == ()


def test_a_save_from_before_falls_back_to_the_source_order(story) -> None:
    rt = Runtime(story)
    at_text(rt, "7723 is somewhere.")
    doc = encode(rt, "old")
    del doc["state"]["played"]
    doc["format"] = 2
    state, _seen, notice = decode(doc, story, "old")
    assert notice is None and state.played is None
    loaded = Runtime(story, state)
    assert places(loaded) == [("7723", "dog"), ("7723", "porch")], "as before: every direction in source order"
    loaded.answer(an.ADVANCE)
    assert loaded.state.played is None, "still unknown for the rest of the beat"


@pytest.mark.parametrize("played", [
    [["look", 1], ["nowhere", 0]],  # a node the beat does not have
    [["look", 999]],  # past the node's end
    [["look", 0]],  # a line, not a direction
])
def test_a_list_that_does_not_fit_the_story_is_dropped(story, played) -> None:
    rt = Runtime(story)
    at_text(rt, "7723 is somewhere.")
    doc = encode(rt, "1")
    doc["state"]["played"] = played
    state, _seen, notice = decode(doc, story, "1")
    assert notice is None and state.played is None, "the source order stands in"


@pytest.mark.parametrize("played", [
    "look", [["look"]], [["look", "1"]], [["look", -1]], [["look", 1.0]], [[1, 1]], [["look", 1, 2]],
    [["", 1]], {"look": 1},
])
def test_a_malformed_list_is_refused_with_a_sentence(story, tmp_path: Path, played) -> None:
    rt = Runtime(story)
    at_text(rt, "7723 is somewhere.")
    doc = encode(rt, "1")
    doc["state"]["played"] = played
    with pytest.raises(SaveError, match="damaged"):
        decode(doc, story, "1")


def test_a_save_the_story_changed_under_starts_its_beat_with_nothing_played(story) -> None:
    rt = Runtime(story)
    at_text(rt, "7723 is somewhere.")
    doc = encode(rt, "1")
    doc["story_hash"], doc["node_digest"] = "another", "another"
    state, _seen, notice = decode(doc, story, "1")
    assert notice is not None and state.phase == "beat_start" and state.played == ()


def test_going_back_past_a_direction_restores_what_was_played_then(story) -> None:
    session = PlaySession(Runtime(story))
    was = None
    for _ in range(50):
        e = session.event
        if isinstance(e, ev.Line) and e.text == "The yard is dark.":
            was = session.runtime.state.played
        if isinstance(e, ev.Line) and e.text == "7723 is somewhere.":
            break
        session.answer(an.ADVANCE)
    assert was == () and len(session.runtime.state.played) == 2
    while not (isinstance(session.event, ev.Line) and session.event.text == "The yard is dark."):
        assert session.rewind(1)
    assert session.runtime.state.played == was
    points = from_doc(encode(session.runtime, "1", session.kept()), story)[1]
    assert [p.state.played for p in points] == [p.state.played for p in session.past.points]


def test_a_rewind_point_whose_list_does_not_fit_is_dropped_with_those_before_it(story) -> None:
    session = PlaySession(Runtime(story))
    for _ in range(50):
        if isinstance(session.event, ev.Line) and session.event.text == "7723 is somewhere.":
            break
        session.answer(an.ADVANCE)
    doc = encode(session.runtime, "1", session.kept())
    kept = len(doc["rewind"])
    assert kept >= 3
    doc["rewind"][1]["state"]["played"] = [["look", 0]]  # a line, not a direction
    points = from_doc(doc, story)[1]
    assert len(points) == kept - 2, "the newer points stay; going back stops at the damaged one"

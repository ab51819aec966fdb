"""Coverage on the mini story: a known script hits exactly what it does and names what it misses."""

from __future__ import annotations

import json

import pytest

from game.story import answers as an
from game.story import events as ev
from game.story.coverage import KINDS, Coverage
from game.story.interpreter import Interpreter
from game.story.playthrough import random_playthrough
from game.story.runtime import Runtime, WrongAnswer
from game.story.story import Story

SPARE = {"seed": 1, "steps": [
    {"choose": "The dog"}, {"choose": "The gate"}, {"delete": ["bag"]}, {"action": "win"},
    {"choose": "Spare the bot"}, {"delete": []}, {"choose": "Let go"},
], "expect": {"ending": "good"}}

# everything SPARE leaves undone, as the report names it: (beat, node, name, why)
SPARE_MISSES = {
    ("yard", "gate", "review “First night”", "never with room to spare"),
    ("yard", "gate", "review “First night”", "never ended keeping everything"),
    ("chase", "begin", "set-piece “Run!”", "never lost"),
    ("chase", "begin", "set-piece “Run!”", "never played as tense choices"),
    ("chase", "tense", "node “tense”", "never entered"),
    ("chase", "tense", "option “Duck”", "never on offer"),
    ("chase", "tense", "option “Stand”", "never on offer"),
    ("chase", "won", "option “Smash it”", "on offer 1 time, never taken"),
    ("chase", "won", "if “flags.spared”", "never false"),
    ("chase", "won", "line Mai: “Whatever.”", "never shown"),
    ("chase", "won", "review “Second night”", "never with the core too full (a memory must go)"),
    ("chase", "won", "review “Second night”", "never ended deleting a memory"),
    ("chase", "lost", "node “lost”", "never entered"),
    ("chase", "lost", "line 7723: “We fell.”", "never shown"),
    ("chase", "lost", "review “Falling night”", "never with the core too full (a memory must go)"),
    ("chase", "lost", "review “Falling night”", "never with room to spare"),
    ("chase", "lost", "review “Falling night”", "never ended keeping everything"),
    ("chase", "lost", "review “Falling night”", "never ended deleting a memory"),
    ("last", "final", "if “remembers(face)”", "never false"),
    ("last", "final", "option “Hold on”", "on offer 1 time, never taken"),
    ("last", "letgo", "if “mood >= 1”", "never false"),
    ("last", "letgo", "ending “Sad”", "never reached"),
    ("last", "holdon", "node “holdon”", "never entered"),
    ("last", "holdon", "ending “Refuse”", "never reached"),
}


def _item(cov: Coverage, node: str, name: str, case: str = ""):
    (found,) = [i for i in cov.items.values() if i.node == node and i.name == name and i.case == case]
    return found


def test_a_known_script_misses_exactly_what_it_does_not_do(mini: Story) -> None:
    cov = Coverage(mini)
    result = cov.play_script(SPARE, "spare")
    assert result.ok, result.problems
    assert {(i.beat, i.node, i.name, i.why()) for i in cov.missed()} == SPARE_MISSES
    assert cov.total - cov.hits == len(SPARE_MISSES)
    assert [(b.beat, b.hits, b.total) for b in cov.beats()] == [("yard", 14, 16), ("chase", 9, 25), ("last", 7, 13)]
    assert cov.percent() == round(100 * 30 / 54, 1)


def test_each_thing_done_is_counted_once_per_time(mini: Story) -> None:
    cov = Coverage(mini)
    cov.play_script(SPARE, "spare")
    # before the first decision the script's game is not yet watched: what it did there still counts, once
    assert _item(cov, "look", "node “look”").hits == 1  # coming back from a spot is not entering it again
    assert _item(cov, "dog", "node “dog”").hits == 1
    assert _item(cov, "look", "line “The yard is dark.”").hits == 1
    dog = _item(cov, "look", "spot “The dog”")
    assert (dog.hits, dog.open) == (1, 1)
    assert _item(cov, "look", "spot “The dog” (if “not flags.petted”)", "open").hits == 1
    assert _item(cov, "look", "spot “The dog” (if “not flags.petted”)", "closed").hits == 1
    assert _item(cov, "look", "spot “The gate” (if “visited(dog)”)", "closed").hits == 1
    assert _item(cov, "gate", "review “First night”", "forced").hits == 1
    assert _item(cov, "gate", "review “First night”", "some").hits == 1
    assert _item(cov, "won", "review “Second night”", "none").hits == 1
    assert _item(cov, "begin", "set-piece “Run!”", "win").hits == 1
    assert _item(cov, "won", "if “flags.spared”", "true").hits == 1
    assert _item(cov, "letgo", "ending “Good”").hits == 1


def test_rewinds_reboots_and_a_start_at_a_later_beat(mini: Story) -> None:
    cov = Coverage(mini)
    script = {"beat": "last", "steps": [{"choose": "Hold on"}, {"choose": "Let go"}], "expect": {"ending": "sad"}}
    assert cov.play_script(script, "rewind").ok
    assert _item(cov, "final", "node “final”").hits == 2  # the beat's start, and the rewind to it
    assert _item(cov, "holdon", "ending “Refuse”").hits == 1
    assert _item(cov, "letgo", "ending “Sad”").hits == 1
    assert _item(cov, "final", "if “remembers(face)”", "false").hits == 2
    assert {b.beat for b in cov.beats() if b.hits} == {"last"}


def test_a_script_that_fails_counts_as_far_as_it_went(mini: Story) -> None:
    cov = Coverage(mini)
    result = cov.play_script({"steps": [{"choose": "The gate"}]}, "wrong")
    assert not result.ok
    assert _item(cov, "look", "spot “The gate” (if “visited(dog)”)", "closed").hits == 1
    assert _item(cov, "look", "spot “The gate”").hits == 0
    assert cov.runs == [result]


@pytest.mark.parametrize("seed", range(6))
def test_random_playthroughs_decide_as_the_playthrough_command_does(mini: Story, seed: int) -> None:
    cov = Coverage(mini)
    mine, theirs = cov.play_random(seed), random_playthrough(mini, seed)
    assert (mine.ok, mine.ending, mine.decisions, mine.transcript) == \
        (theirs.ok, theirs.ending, theirs.decisions, theirs.transcript)
    assert cov.hits > 0


def _drive(rt: Runtime) -> list[object]:
    """Answer every decision with its first choice (deleting what must go), keeping every event."""
    seen: list[object] = []
    while not rt.finished and len(seen) < 500:
        e = rt.event
        seen.append(e)
        if isinstance(e, ev.Choice):
            rt.answer(an.Choose(len(e.options) - 1))
        elif isinstance(e, ev.Review):
            rt.answer(an.Delete(tuple(c.id for c in e.pending[: e.must_free])))
        elif isinstance(e, ev.Action):
            rt.answer(an.Play("lose"))
        elif isinstance(e, ev.Reboot):
            rt.answer(an.Order())
        else:
            rt.answer(an.ADVANCE)
    return seen


def test_watching_changes_nothing_and_unwatched_runtimes_take_the_plain_path(mini: Story) -> None:
    plain, watched = Runtime(mini), Runtime(mini)
    assert plain.on_step is None and Interpreter.on_step is None
    Coverage(mini).watch(watched)
    assert watched.on_step is not None
    assert _drive(plain) == _drive(watched)
    assert plain.state.key() == watched.state.key()
    assert plain.seen == watched.seen
    assert plain.fork(plain.state.copy()).on_step is None


def test_a_wrong_answer_is_not_counted_and_changes_nothing(mini: Story) -> None:
    cov = Coverage(mini)
    rt = Runtime(mini)
    cov.watch(rt)
    rt.answer(an.ADVANCE)
    rt.answer(an.ADVANCE)
    e = rt.event
    assert isinstance(e, ev.Choice)
    before = rt.state.key()
    with pytest.raises(WrongAnswer):
        rt.answer(an.Choose(9))
    with pytest.raises(WrongAnswer):
        rt.answer(an.Delete(()))
    assert rt.state.key() == before and rt.event == e and not rt.lazy
    assert all(i.hits == 0 for i in cov.items.values() if i.kind in ("spot", "review"))


def test_the_json_report(mini: Story) -> None:
    cov = Coverage(mini)
    cov.play_script(SPARE, "spare")
    doc = json.loads(json.dumps(cov.to_json()))
    assert set(doc) == {"hits", "total", "percent", "kinds", "runs", "beats"}
    assert (doc["hits"], doc["total"], doc["percent"]) == (30, 54, 55.6)
    assert set(doc["kinds"]) <= set(KINDS)
    assert sum(k["total"] for k in doc["kinds"].values()) == 54
    assert doc["runs"] == [{"name": "spare", "ok": True, "ending": "good", "problems": []}]
    assert [b["beat"] for b in doc["beats"]] == ["yard", "chase", "last"]
    chase = doc["beats"][1]
    assert set(chase) == {"beat", "title", "number", "hits", "total", "percent", "kinds", "missed"}
    assert (chase["title"], chase["number"], chase["hits"], chase["total"]) == ("Chase", 2, 9, 25)
    smash = next(m for m in chase["missed"] if m["name"] == "option “Smash it”")
    assert smash == {"kind": "option", "node": "won", "name": "option “Smash it”", "case": "", "hits": 0,
                     "why": "on offer 1 time, never taken", "open": 1}

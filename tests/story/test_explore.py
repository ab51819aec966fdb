"""Exploration merges states the rest of the story cannot tell apart, and loses nothing by it."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from game.story import answers as an
from game.story import events as ev
from game.story.compiler import load_story
from game.story.explore import explore
from game.story.generate import generate_story
from game.story.runtime import Runtime

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini" / "story"


def write_story(root: Path, beats: dict[str, dict]) -> Path:
    """A two-ending story: game.yaml with counter `c` (0..5), one memory, and the given beats."""
    story = root / "story"
    (story / "beats").mkdir(parents=True)
    game = {"title": "Counting", "start": next(iter(beats)), "core": {"capacity": 4, "weapons": 2},
            "flags": {"x": "a flag"}, "counters": {"c": {"start": 0, "min": 0, "max": 5, "about": "a count"}},
            "endings": {"high": {"title": "High", "text": "Up."}, "low": {"title": "Low", "text": "Down."}}}
    (story / "game.yaml").write_text(yaml.safe_dump(game), encoding="utf-8")
    (story / "characters.yaml").write_text(yaml.safe_dump(
        {"mai": {"name": "Mai", "color": "#ff4080", "faces": ["neutral"]},
         "7723": {"name": "7723", "color": "#40a0ff", "faces": ["neutral"]}}), encoding="utf-8")
    (story / "memories.yaml").write_text(yaml.safe_dump(
        {"m": {"code": "M1", "title": "M", "picture": "A thing.", "weight": 2, "mood": "joy",
               "beat": next(iter(beats))}}), encoding="utf-8")
    for i, (bid, body) in enumerate(beats.items()):
        (story / "beats" / f"{i:02d}_{bid}.yaml").write_text(yaml.safe_dump({"beat": bid, **body}),
                                                               encoding="utf-8")
    return story


COUNT = {  # the first beat sets c to 0..3; the second asks only whether c >= 2
    "count": {"title": "Count", "scene": "dialogue", "start": "pick", "next": "ask", "nodes": {
        "pick": [{"choice": [{"text": f"{n}", "do": {"c": n}} for n in range(4)]}]}},
    "ask": {"title": "Ask", "scene": "dialogue", "start": "a", "nodes": {
        "a": ["Well?", {"choice": [{"text": "Go on."}, {"text": "Wait."}]},
              {"ending": "high", "if": "c >= 2"}, {"ending": "low"}]}},
}


def load(path: Path):
    story, diags = load_story(path)
    assert story is not None, [str(d) for d in diags]
    return story


def summary(report) -> tuple:
    return (report.ok, {k: v["reachable"] for k, v in report.endings.items()}, report.unreachable_nodes,
            report.never_enabled_choices, [d["message"] for d in report.dead_ends], report.memories)


def test_a_settled_counter_only_asked_against_numbers_is_its_answers(tmp_path) -> None:
    story = load(write_story(tmp_path, COUNT))
    assert story.live["ask"].counter_tests == {"c": ((">=", 2),)}
    assert story.live["count"].counter_tests == {}, "the first beat still changes c"
    beats = copy.deepcopy(COUNT)  # a choice that is a decision, so states wait there while c is asked
    beats["ask"]["nodes"]["a"][1]["choice"][1]["goto"] = "b"
    beats["ask"]["nodes"]["b"] = ["Later.", {"ending": "high", "if": "c >= 2"}, {"ending": "low"}]
    story = load(write_story(tmp_path / "decide", beats))
    merged, plain = explore(story), explore(story, classes=False)
    assert summary(merged) == summary(plain)
    assert merged.states < plain.states, "c = 2 and c = 3 are one state in the second beat"


def test_a_counter_in_a_sum_or_still_changing_is_kept_whole(tmp_path) -> None:
    beats = copy.deepcopy(COUNT)
    beats["ask"]["nodes"]["a"][2]["if"] = "c + 1 >= 3"
    assert load(write_story(tmp_path / "sum", beats)).live["ask"].counter_tests == {}
    beats = copy.deepcopy(COUNT)
    beats["ask"]["nodes"]["a"].insert(0, {"do": {"c": 1}})
    assert load(write_story(tmp_path / "more", beats)).live["ask"].counter_tests == {}


@pytest.mark.parametrize("which", ["mini", "generated", "counting"])
def test_merging_never_changes_what_exploration_finds(tmp_path, which) -> None:
    """Against the search that compares whole states and tries every option."""
    path = {"mini": lambda: MINI, "generated": lambda: generate_story(tmp_path, 8, seed=3),
            "counting": lambda: write_story(tmp_path, COUNT)}[which]()
    story = load(path)
    merged, exact = explore(story), explore(story, exact=True)
    assert summary(merged) == summary(exact)
    assert merged.states < exact.states
    assert summary(explore(story, classes=False)) == summary(exact)


def test_choices_that_only_change_the_words_are_not_kept_as_states(tmp_path) -> None:
    story = load(write_story(tmp_path, COUNT))
    beats = {"talk": {"title": "Talk", "scene": "dialogue", "start": "a", "nodes": {"a": [
        {"choice": [{"text": "Hi.", "then": ["Hello."]}, {"text": "Hey.", "then": ["Hey yourself."]}]},
        {"choice": [{"text": "Bye.", "then": ["Bye."]}, {"text": "Later.", "then": ["Later."]}]},
        {"ending": "high"}]}}}
    story = load(write_story(tmp_path / "talk", beats))
    merged, exact = explore(story), explore(story, exact=True)
    assert summary(merged) == summary(exact)
    assert merged.states < exact.states
    assert merged.endings["high"]["path"] == ["choose “Hi.” (any will do)", "choose “Bye.” (any will do)"]


def test_going_round_and_round_words_only_is_a_dead_end_not_a_hang(tmp_path) -> None:
    beats = {"talk": {"title": "Talk", "scene": "dialogue", "start": "a", "nodes": {"a": [
        {"choice": [{"text": "Hi.", "then": ["Hello."]}, {"text": "Hey.", "then": ["Hey yourself."]}]},
        {"goto": "a"}]}}}
    report = explore(load(write_story(tmp_path, beats)))
    assert any("round and round" in d["message"] for d in report.dead_ends), report.dead_ends


def test_a_words_only_loop_is_one_dead_end_however_it_is_come_into_in_both_searches(tmp_path) -> None:
    """The whole-state search stops at every choice, so it looks ahead at those over lines to see
    the talk go round; both name the loop by its first node."""
    beats = {"talk": {"title": "Talk", "scene": "dialogue", "start": "a", "nodes": {
        "a": [{"choice": [{"text": "Go", "goto": "b"}, {"text": "Or", "goto": "c"}, {"text": "End", "goto": "e"}]}],
        "e": [{"ending": "low"}],
        "b": [{"choice": [{"text": "Hi.", "then": ["Hello."]}]}, {"goto": "c"}],
        "c": ["Words.", {"choice": [{"text": "Yo.", "then": ["Yo."]}, {"text": "Ho."}]}, {"goto": "b"}]}}}
    story = load(write_story(tmp_path, beats))
    for report in (explore(story), explore(story, exact=True)):
        assert [d["message"].split(":")[0] for d in report.dead_ends] == ["talk.b"], report.dead_ends
        assert report.endings["low"]["reachable"]
    beats["talk"]["nodes"]["c"][-1] = {"choice": [{"text": "Leave", "goto": "e"}, {"text": "Stay", "goto": "b"}]}
    story = load(write_story(tmp_path / "out", beats))
    assert explore(story).dead_ends == [] and explore(story, exact=True).dead_ends == [], "a way out: no loop"


CLOSED = {  # c is 3, 1 or 0; a words-only choice later has one option, open only when c >= 3
    "one": {"title": "One", "scene": "dialogue", "start": "a", "next": "two", "nodes": {
        "a": [{"choice": [{"text": str(n), "do": {"c": n}} for n in (3, 1, 0)]}]}},
    "two": {"title": "Two", "scene": "dialogue", "start": "a", "nodes": {
        "a": [{"choice": [{"text": "Go", "goto": "b"}, {"text": "Stay", "goto": "b"}]}],
        "b": [{"if": "c >= 1", "then": [{"choice": [{"text": "Big", "if": "c >= 3", "then": ["Big."]}]}]},
              {"ending": "high", "if": "c >= 1"}, {"ending": "low"}]}},
}


def test_a_words_only_choice_that_can_close_keeps_what_its_options_ask_apart(tmp_path) -> None:
    """c = 1 and c = 3 answer `c >= 1` alike, but only one of them leaves the choice an open option."""
    story = load(write_story(tmp_path, CLOSED))
    merged, exact = explore(story), explore(story, exact=True)
    assert [d["message"] for d in merged.dead_ends] == ["two.b: no option of the choice is open"]
    assert summary(merged) == summary(exact)


def test_memories_waiting_for_their_review_are_reported_by_name(tmp_path) -> None:
    beats = {
        "one": {"title": "One", "scene": "dialogue", "start": "a", "next": "two", "nodes": {"a": [{"choice": [
            {"text": "X", "do": {"remember": "m"}}, {"text": "Y", "do": {"remember": "n"}}]}]}},
        "two": {"title": "Two", "scene": "dialogue", "start": "a", "nodes": {
            "a": [{"choice": [{"text": "Left", "goto": "b"}, {"text": "Right", "goto": "b"}]}],
            "b": [{"review": "Night"}, {"ending": "high"}]}},
    }
    path = write_story(tmp_path, beats)
    (path / "memories.yaml").write_text(yaml.safe_dump({
        k: {"code": c, "title": k, "picture": "A thing.", "weight": 2, "mood": "joy", "beat": "one"}
        for k, c in (("m", "M1"), ("n", "M2"))}), encoding="utf-8")
    story = load(path)
    merged = explore(story)
    assert merged.memories["never_held"] == [] and merged.memories["never_offered"] == []
    assert summary(merged) == summary(explore(story, exact=True))



def memories(path: Path, weights: dict[str, int], beat: str) -> None:
    (path / "memories.yaml").write_text(yaml.safe_dump({
        k: {"code": f"M{i}", "title": k, "picture": "A thing.", "weight": w, "mood": "joy", "beat": beat}
        for i, (k, w) in enumerate(weights.items(), 1)}), encoding="utf-8")


def planted(tmp_path: Path, forced: bool) -> Path:
    """A night that keeps three memories (or, when `forced`, four with room for three); the next
    beat's only options need two memories still held, or `a`: a player who deletes `a` and enough
    others is stuck, though deleting what must go (and one more) always leaves a way on."""
    made = ["a", "b", "c", "d"] if forced else ["a", "b", "c"]
    beats = {
        "day": {"title": "Day", "scene": "dialogue", "start": "a", "next": "after", "nodes": {
            "a": ["A long day.", {"do": {"remember": made}}, {"review": "Night"}]}},
        "after": {"title": "After", "scene": "dialogue", "start": "a", "nodes": {
            "a": [{"choice": [{"text": "Count them.", "if": "held >= 2", "goto": "h"},
                              {"text": "Think of a.", "if": "remembers(a)", "goto": "l"}]}],
            "h": [{"ending": "high"}], "l": [{"ending": "low"}]}},
    }
    path = write_story(tmp_path, beats)
    game = yaml.safe_load((path / "game.yaml").read_text(encoding="utf-8"))
    game["core"] = {"capacity": 5, "weapons": 2}
    (path / "game.yaml").write_text(yaml.safe_dump(game), encoding="utf-8")
    memories(path, {m: 1 + i for i, m in enumerate(made)}, "day")
    return path


@pytest.mark.parametrize("forced", [False, True], ids=["free_night", "forced_night"])
def test_a_dead_end_behind_deleting_several_memories_is_found(tmp_path, forced) -> None:
    story = load(planted(tmp_path, forced))
    report = explore(story)
    assert all(e["reachable"] for e in report.endings.values())
    assert [d["message"] for d in report.dead_ends] == ["after.a: no option of the choice is open"]
    assert not report.ok and report.complete
    deleted = [step for step in report.dead_ends[0]["path"] if step.startswith("delete ")]
    assert len(deleted) == 1 and "a" in deleted[0][len("delete "):].split(", ")
    assert len(deleted[0].split(", ")) == (3 if forced else 2), "a shortest way: no more deleted than needed"
    assert summary(report) == summary(explore(story, exact=True))


def play(story, answers) -> object:
    """Play the decisions from the start through `Runtime.answer`, going on past lines."""
    rt, todo = Runtime(story, seed=0), list(answers)
    while True:
        if not isinstance(rt.event, (ev.Choice, ev.Review, ev.Action, ev.Reboot, ev.Ending)):
            rt.answer(an.ADVANCE)  # a line, a beat's start, a stage direction: nothing to decide
        elif todo:
            rt.answer(todo.pop(0))
        else:
            return rt.event


@pytest.mark.parametrize("which", ["mini", "generated"])
def test_each_endings_shortest_way_plays_to_it(tmp_path, which) -> None:
    story = load(MINI if which == "mini" else generate_story(tmp_path, 6))
    report = explore(story)
    assert report.complete
    for eid, info in report.endings.items():
        assert info["reachable"], eid
        end = play(story, report.extra["answers"][eid])
        assert getattr(end, "id", None) == eid, (eid, info["path"])

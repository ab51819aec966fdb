"""The story's texture held to its limits: bleeps, hubs, long runs, the temper, memory-shaped
endings and named robots (`texture_rules.py` says how each is measured).

Each limit is checked on the shipped story and on the copy with a beat added (`conftest.py`), and
shown failing, at the place to fix, on a small planted story or a changed copy of the shipped one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import texture_rules as r
import yaml
from story_copies import Project
from texture import Loaded, load
from texture_plant import copy_shipped, lines, plant, shipped_copy


@pytest.fixture(scope="session")
def loaded(project: Project) -> Loaded:
    return load(project.story_dir, project.levels_dir)


def choice(*options: tuple[str, list]) -> dict:
    return {"choice": [{"text": t, "then": steps} for t, steps in options]}


# --- on the shipped story ---------------------------------------------------------------------


def test_at_most_twenty_bleeps_on_any_path(loaded: Loaded) -> None:
    """At most 20 [BLEEP]s on any path through the game, so each one is earned.

    The count is an upper bound: each beat adds the most bleeps on any path through its node graph
    (a line under a condition counted as shown, a loop counted whole, a retelling as telling every
    memory), then every memory's deletion note and every ending's text."""
    total, where = r.bleeps(loaded)
    assert total <= r.MAX_BLEEPS, f"up to {total} bleeps on a path; at most {r.MAX_BLEEPS}:\n" + "\n".join(where)


def test_the_temper_shapes_at_least_fifteen_lines_from_payback_on(loaded: Loaded) -> None:
    """At least 15 lines at or after Payback exist only under a condition that reads `temper`, so
    an angry run's 7723 sounds different from a warm one's."""
    found, problems = r.temper_lines(loaded)
    assert not problems, "\n".join(problems)
    short = r.shortfall(loaded, found, r.MIN_TEMPER_LINES, "lines only the temper lets in from Payback on")
    assert not short, "\n".join(short)


def test_hubs_offer_at_most_four_places_and_some_beats_have_none(loaded: Loaded) -> None:
    """No "Where to?" list offers more than four places (a place under a condition counts as offered),
    and at least one beat goes on without a list at all."""
    over, hubless = r.hubs(loaded)
    assert not over, "\n".join(over)
    assert hubless, "every beat opens a list of places: let at least one beat go on without"


def test_no_more_than_twenty_lines_without_a_decision_or_a_change_of_scene(loaded: Loaded) -> None:
    """No run of more than 20 lines (a line under a condition counted as shown) between decisions (a
    choice, a place to explore, a review, a set-piece, the reboot) or changes of scene (a new beat, a
    stage direction that moves to another map), on the longest path through each beat."""
    problems = r.runs(loaded)
    assert not problems, "\n".join(problems)


def test_the_reboot_and_the_epilogues_have_six_memory_shaped_lines(loaded: Loaded) -> None:
    """At least six lines of the reboot beat and the epilogues after it exist only under a condition
    reading a particular memory (`remembers(...)`, `deleted(...)`) or the `kept_first_face` flag."""
    found, problems = r.memory_lines(loaded)
    assert not problems, "\n".join(problems)
    short = r.shortfall(loaded, found, r.MIN_MEMORY_PASSAGES, "lines only a kept or lost memory lets in")
    assert not short, "\n".join(short)


def test_q_bot_is_only_for_anonymous_robots(loaded: Loaded) -> None:
    """"Q-Bot" is only for anonymous robots: a robot drawn as a Q-Bot (`looks_like: qbot`) has its own
    name, the Q-Bot speaks in at most four beats, never says the same line in two beats (that is one
    robot coming back, so it is a character), and never calls itself by a name the story gives."""
    problems = r.named_robots(loaded)
    assert not problems, "\n".join(problems)


# --- each limit fails where it should -----------------------------------------------------------


def test_bleeps_are_counted_per_path_and_fail_past_twenty(tmp_path: Path) -> None:
    two_ways = plant(tmp_path / "ok", {"payback": {"a": [
        choice(("Loud", [{"7723": "[BLEEP] " * 15}]), ("Quiet", [{"7723": "[BLEEP] " * 15}])),
        {"7723": "[BLEEP] " * 5}]}})
    total, _ = r.bleeps(two_ways)
    assert total == 20, "two branches are two paths: only the heavier counts"
    too_many = plant(tmp_path / "over", {"payback": {"a": [{"7723": "[BLEEP] " * 15},
                                                           {"7723": "[BLEEP] " * 6, "if": "temper < 0"}]}})
    total, where = r.bleeps(too_many)
    assert total == 21, "a line under a condition counts as shown"
    assert "01_payback.yaml:" in "\n".join(where)


def test_an_ending_that_offers_the_choice_again_lets_a_path_take_both_ways(tmp_path: Path) -> None:
    both = plant(tmp_path / "both", {"payback": {"a": [{"mai": "Well?"}, {"goto": "ask"}], "ask": [
        {"choice": [{"text": "Hold on", "then": [{"7723": "[BLEEP] " * 3}, {"ending": "hold"}]},
                    {"text": "Let go", "then": [{"7723": "[BLEEP] " * 4}]}]}]}},
        endings={"hold": {"title": "Hold", "returns_to": "payback.ask"}})
    total, _ = r.bleeps(both)
    assert total == 7


def test_bleeps_fail_on_the_shipped_story_with_a_loud_line_added(tmp_path: Path) -> None:
    story = copy_shipped(tmp_path)
    first = sorted((story / "beats").glob("*.yaml"))[0]
    doc = yaml.safe_load(first.read_text(encoding="utf-8"))
    doc["nodes"][doc["start"]].insert(0, {"7723": "[BLEEP] " * (r.MAX_BLEEPS + 1), "id": "loud_line"})
    first.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    total, where = r.bleeps(shipped_copy(story))
    assert total > r.MAX_BLEEPS
    assert f"{first.name}:" in "\n".join(where)


def test_hubs_of_five_places_and_a_story_of_hubs_fail(tmp_path: Path) -> None:
    spots = [{"text": f"Place {k}", "goto": f"p{k}"} for k in range(5)]
    story = {"payback": {"a": [{"explore": spots}], **{f"p{k}": [{"mai": f"Here {k}."}] for k in range(5)}}}
    over, hubless = r.hubs(plant(tmp_path / "five", story))
    assert len(over) == 1 and "01_payback.yaml:" in over[0] and "node 'a'" in over[0]
    assert hubless == [], "every beat has a hub: the second rule fails too"
    story["payback"]["a"] = [{"explore": spots[:4]}]
    over, hubless = r.hubs(plant(tmp_path / "four", {**story, "quiet": {"a": lines(2)}}))
    assert over == [] and hubless == ["quiet"]


def test_long_runs_fail_past_twenty_lines_and_a_decision_breaks_them(tmp_path: Path) -> None:
    run = plant(tmp_path / "long", {"payback": {"a": lines(15) + [{"goto": "b"}], "b": lines(6)}})
    problems = r.runs(run)
    assert len(problems) == 1 and "21 lines" in problems[0]
    assert "01_payback.yaml:" in problems[0] and "node 'b'" in problems[0]
    broken = plant(tmp_path / "broken", {"payback": {"a": lines(15) + [choice(("On", []))] + lines(6)}})
    assert r.runs(broken) == []
    beats = plant(tmp_path / "beats", {"payback": {"a": lines(15)}, "next_one": {"a": lines(15)}})
    assert r.runs(beats) == [], "a new beat is a change of scene"


def test_temper_lines_are_counted_only_under_the_temper_from_payback_on(tmp_path: Path) -> None:
    angry = [{"if": "temper < 0", "then": lines(7, "Target", "7723")},
             {"7723": "Only when calm.", "if": "temper > 0"},
             choice(("Ask", [{"7723": "Thank you."}]), ("Order", lines(3, "Yes", "7723"))),
             {"if": "flags.kept_first_face", "then": lines(4, "Face", "7723")}]
    story = plant(tmp_path / "few", {"before": {"a": [{"if": "temper < 0", "then": lines(9)}]},
                                     "payback": {"a": angry}})
    found, problems = r.temper_lines(story)
    assert problems == [] and found == {"payback": found["payback"]} and len(found["payback"]) == 8
    short = r.shortfall(story, found, r.MIN_TEMPER_LINES, "temper lines")
    assert short and "8 temper lines" in short[0] and "02_payback.yaml: 8" in "\n".join(short)
    more = plant(tmp_path / "enough", {"payback": {"a": [*angry, {"if": "temper <= -1", "then": lines(7)},
                                                         {"goto": "calm", "if": "temper >= 1"}],
                                                   "calm": lines(3)}})
    found, _ = r.temper_lines(more)
    assert len(found["payback"]) == 18, "a node gone to only under the temper counts whole"


def test_memory_shaped_lines_are_counted_in_the_reboot_and_after(tmp_path: Path) -> None:
    story = plant(tmp_path / "few", {"payback": {"a": [{"if": "remembers(face)", "then": lines(9)}]},
                                     "reboot": {"a": [{"mai": "Ready?"}, {"reboot": "Farewell"},
                                                      {"if": "remembers(face)", "then": lines(2)},
                                                      {"mai": "Lost it.", "if": "deleted(face)"},
                                                      {"if": "flags.kept_first_face", "then": lines(1)},
                                                      {"if": "temper < 0", "then": lines(3)}]}})
    found, problems = r.memory_lines(story)
    assert problems == [] and list(found) == ["reboot"] and len(found["reboot"]) == 4
    short = r.shortfall(story, found, r.MIN_MEMORY_PASSAGES, "memory-shaped lines")
    assert short and "02_reboot.yaml: 4" in "\n".join(short)
    found, problems = r.memory_lines(plant(tmp_path / "none", {"payback": {"a": lines(1)}}))
    assert problems, "no reboot at all"


def test_named_robots_fail_where_q_bot_stands_for_a_robot_it_should_name(tmp_path: Path) -> None:
    many = {f"b{k}": {"a": [{"qbot": f"Hello from beat {k}."}]} for k in range(r.MAX_QBOT_BEATS + 1)}
    problems = r.named_robots(plant(tmp_path / "many", many))
    assert f"speaks in {r.MAX_QBOT_BEATS + 1} beats" in problems[0] and "01_b0.yaml:" in "\n".join(problems)
    again = {"a1": {"a": [{"qbot": "Slurp, happy cup!"}]}, "a2": {"a": [{"qbot": "Slurp, happy cup!"}]}}
    problems = r.named_robots(plant(tmp_path / "again", again))
    assert len(problems) == 1 and problems[0].startswith("story/beats/02_a2.yaml:")
    named = {"a1": {"a": [{"qbot": "Hi! I'm Bubbles, your house robot."}]}}
    unnamed = {"bubbles": {"name": "Q-Bot", "looks_like": "qbot"}}
    problems = r.named_robots(plant(tmp_path / "named", named, unnamed))
    assert any("characters.yaml, bubbles" in p for p in problems)
    assert any("calls itself 'Bubbles'" in p for p in problems) is False  # Bubbles is named "Q-Bot" here
    problems = r.named_robots(plant(tmp_path / "named2", named, {"bubbles": {"name": "Bubbles", "looks_like": "qbot"}}))
    assert len(problems) == 1 and problems[0].startswith("story/beats/01_a1.yaml:")
    assert "the Q-Bot calls itself 'Bubbles'" in problems[0]

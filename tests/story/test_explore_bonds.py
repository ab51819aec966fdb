"""Unnamed memories kept as their count and the sums they can still make (`explore/bonds.py`) find
exactly what naming every memory finds: on hand-made nights with bond tests, and on small random
stories of nights, deletions, bond tests, bond copies and line guards over the bond."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.story.compiler import load_story
from game.story.explore import explore
from game.story.explore.bonds import Bonds, reads, summary
from game.story.explore.dominance import dominates, profile
from game.story.explore.liveness import Positions
from game.story.generate import generate_story

MEMS = {"a": 1, "b": 1, "c": 2, "d": 3, "e": 5}


def write(root: Path, beats: dict, capacity: int = 3) -> Path:
    story = root / "story"
    (story / "beats").mkdir(parents=True)
    (root / "levels").mkdir()
    game = {"title": "Bonds", "start": next(iter(beats)), "core": {"capacity": capacity, "weapons": 1},
            "flags": {"x": "a flag"},
            "counters": {"k": {"start": 0, "min": 0, "max": 30, "about": "the bond, copied"},
                         "t": {"start": 0, "min": 0, "max": 3, "about": "a count"}},
            "endings": {"high": {"title": "High", "text": "Up."}, "low": {"title": "Low", "text": "Down."},
                        "mid": {"title": "Mid", "text": "Between."}}}
    (story / "game.yaml").write_text(yaml.safe_dump(game), encoding="utf-8")
    (story / "characters.yaml").write_text(yaml.safe_dump(
        {"mai": {"name": "Mai", "color": "#ff4080", "faces": ["neutral"]},
         "7723": {"name": "7723", "color": "#40a0ff", "faces": ["neutral"]}}), encoding="utf-8")
    (story / "memories.yaml").write_text(yaml.safe_dump(
        {m: {"code": f"M{i}", "title": m, "picture": "A thing.", "weight": w, "mood": "joy", "beat": next(iter(beats))}
         for i, (m, w) in enumerate(MEMS.items())}), encoding="utf-8")
    for i, (bid, body) in enumerate(beats.items()):
        (story / "beats" / f"{i:02d}_{bid}.yaml").write_text(yaml.safe_dump({"beat": bid, **body}), encoding="utf-8")
    return story


def load(path: Path):
    story, diags = load_story(path)
    assert story is not None, [str(d) for d in diags]
    return story


def findings(report) -> tuple:
    return (report.complete, {k: v["reachable"] for k, v in report.endings.items()}, report.unreachable_nodes,
            report.never_enabled_choices, sorted(d["message"] for d in report.dead_ends), report.memories)


def nights(final: list) -> dict:
    """Two nights of memories, each night's review, then `final` (its conditions read the bond)."""
    return {
        "one": {"title": "One", "scene": "dialogue", "start": "a", "next": "two", "nodes": {
            "a": [{"choice": [{"text": "All.", "do": {"remember": ["a", "b", "d"]}},
                              {"text": "Some.", "do": {"remember": ["c", "e"]}}]}, {"review": "Night"}]}},
        "two": {"title": "Two", "scene": "dialogue", "start": "a", "next": "end", "nodes": {
            "a": [{"do": {"remember": ["c", "d", "e"]}}, {"review": "Night"}]}},
        "end": {"title": "End", "scene": "dialogue", "start": "a", "nodes": {"a": final}},
    }


def test_how_a_condition_reads_the_bond() -> None:
    assert reads("bond >= 18") == {18} and reads("bond > 18") == {19} and reads("18 <= bond") == {18}
    assert reads("bond == 4") == {4, 5} and reads("(bond < 3) and held >= 2 or bond >= 7") == {3, 7}
    assert reads("held >= 2 and flags.x") == set() and reads("bond >= 0") == set()  # nothing to part
    for opaque in ("bond - 2 * held >= 9", "bond >= held", "x + 3 <= bond", "bond >= 3 * 2", "-bond <= -3"):
        assert reads(opaque) is None, opaque


def test_the_summary_keeps_the_count_and_the_sums_each_size_can_make() -> None:
    assert summary((1, 4), 0) == summary((2, 3), 0)  # nothing reads the bond: the count alone
    assert summary((1, 4), 5) != summary((2, 3), 5)  # one memory: 1 or 4 against 2 or 3
    assert summary((1, 6), 5) == summary((1, 7), 5)  # 6 and 7 both pass every test up to 5
    assert summary((3,), 5) != (3,)  # never equal to a tuple of weights


def test_a_copy_into_a_counter_is_read_by_its_tests_and_a_second_read_after_a_night_keeps_the_weights(tmp_path):
    final = [{"do": {"k": "= bond"}}, {"ending": "high", "if": "k >= 6"}, {"ending": "low"}]
    beats = nights(final)
    beats["two"]["nodes"]["a"].insert(0, {"choice": [{"text": "Strong.", "if": "bond >= 4"}, {"text": "Weak."}]})
    story = load(write(tmp_path, beats))
    bonds = Bonds(story, Positions(story))
    assert bonds.at("end", "a", 0) == 6
    assert bonds.at("two", "a", 1) == 6  # after the test, before the night: one read ahead
    assert bonds.at("two", "a", 0) is None  # a read, a night, a read: the weights are kept
    assert bonds.at("one", "a", 0) is None
    assert findings(explore(story)) == findings(explore(story, exact=True))


def test_a_bond_in_a_sum_keeps_the_weights_but_a_guard_over_lines_does_not(tmp_path) -> None:
    words = {"if": "bond - 2 * held >= 1", "then": ["Much of her."], "else": ["Little of her."]}
    story = load(write(tmp_path / "lines", nights([words, {"ending": "high", "if": "held >= 2"}, {"ending": "low"}])))
    assert Bonds(story, Positions(story)).at("one", "a", 0) == 0
    story = load(write(tmp_path / "sum", nights([{"ending": "high", "if": "bond - held >= 4"}, {"ending": "low"}])))
    assert Bonds(story, Positions(story)).at("two", "a", 1) is None


def test_a_dead_end_behind_a_light_core_is_found(tmp_path) -> None:
    """The last choice needs a bond of 6 or three memories: keeping two light ones is stuck."""
    final = [{"choice": [{"text": "Strong.", "if": "bond >= 6", "goto": "h"}, {"text": "Many.", "if": "held >= 3",
                                                                                "goto": "m"}]}]
    beats = nights(final)
    beats["end"]["nodes"].update({"h": [{"ending": "high"}], "m": [{"ending": "mid"}]})
    story = load(write(tmp_path, beats))
    merged, exact = explore(story), explore(story, exact=True)
    assert [d["message"] for d in merged.dead_ends] == ["end.a: no option of the choice is open"]
    assert findings(merged) == findings(exact)


def two_ways(first: list[str], second: list[str], endings: list) -> dict:
    """Two memories made one way or another (the first way met first), a night, and with both
    still held a second night before `endings`."""
    return {
        "one": {"title": "One", "scene": "dialogue", "start": "a", "next": "end", "nodes": {
            "a": [{"choice": [{"text": "One way.", "do": {"remember": first}},
                              {"text": "Another.", "do": {"remember": second}}]}, {"review": "Night"}]}},
        "end": {"title": "End", "scene": "dialogue", "start": "a", "nodes": {
            "a": [{"if": "held >= 2", "then": [{"goto": "two"}]}, {"ending": "low"}],
            "two": [{"review": "Again"}, *endings, {"ending": "low"}]}},
    }


def test_weights_that_reach_higher_are_not_covered_by_lighter_ones(tmp_path) -> None:
    """1 and 2 cannot make 6; 1 and 5 can."""
    story = load(write(tmp_path, two_ways(["a", "c"], ["b", "e"], [{"ending": "high", "if": "bond >= 6"}])))
    assert findings(explore(story)) == findings(explore(story, exact=True))
    assert explore(story).endings["high"]["reachable"]


def test_weights_that_reach_lower_are_not_covered_by_heavier_ones(tmp_path) -> None:
    """Of 2 and 5 the least kept is 2; of 1 and 5 it is 1."""
    low = [{"ending": "mid", "if": "held >= 1 and bond <= 1"}]
    story = load(write(tmp_path, two_ways(["c", "e"], ["a", "e"], low)))
    assert findings(explore(story)) == findings(explore(story, exact=True))
    assert explore(story).endings["mid"]["reachable"]


def test_weights_too_far_apart_cover_nothing_across_a_narrow_class(tmp_path) -> None:
    """1 and 5 make sums as low and as high as 2 and 3 do, but never 3 or 4 from one memory."""
    story = load(write(tmp_path, two_ways(["a", "e"], ["c", "d"], [{"ending": "mid", "if": "bond >= 3 and bond < 5"},
                                                                 {"ending": "high", "if": "bond >= 5"}])))
    assert findings(explore(story)) == findings(explore(story, exact=True))
    assert explore(story).endings["mid"]["reachable"]


def test_a_profile_reads_the_lightest_and_heaviest_sums_off_the_summary() -> None:
    light, heavy, spread = profile(summary((1, 2, 5), 7))
    assert light == (1, 3, 7) and heavy == (5, 7, 7) and spread == 4
    assert dominates(profile(summary((1, 5), 9)), profile(summary((2, 4), 9)), width=4)
    assert not dominates(profile(summary((1, 5), 9)), profile(summary((2, 4), 9)), width=3)
    assert not dominates(profile(summary((2, 4), 9)), profile(summary((1, 5), 9)), width=9)


def test_the_generated_story_counts_its_memories_and_finds_the_same(tmp_path) -> None:
    story = load(generate_story(tmp_path, 8, seed=3))
    merged, exact = explore(story), explore(story, exact=True)
    assert findings(merged) == findings(exact)
    assert merged.states * 10 < exact.states


CONDS = ("bond >= 3", "bond >= 6", "bond < 4", "bond == 5", "held >= 2", "flags.x", "t >= 1", "k >= 5",
         "k <= 2", "remembers(c)", "bond - held >= 3")


@st.composite
def stories(draw) -> dict:
    """Three beats of steps: memories made, nights, bond tests (in choices, guards over lines, jumps
    and endings), the bond copied into `k`; the last beat ends by conditions."""
    beats = {}
    names = ("one", "two", "three")
    for i, b in enumerate(names):
        steps: list = []
        for _ in range(draw(st.integers(1, 5))):
            kind = draw(st.sampled_from(["remember", "review", "choice", "words", "jump", "copy", "forget", "count"]))
            if kind == "remember":
                steps.append({"do": {"remember": draw(st.lists(st.sampled_from(list(MEMS)), min_size=1, max_size=3,
                                                               unique=True))}})
            elif kind == "review":
                steps.append({"review": "Night"})
            elif kind == "choice":
                steps.append({"choice": [{"text": f"Option {j}.", **({"if": draw(st.sampled_from(CONDS))} if j else {}),
                                          **({"do": {"set": "x"}} if j == 1 else {})} for j in range(3)]})
            elif kind == "words":
                steps.append({"if": draw(st.sampled_from(CONDS)), "then": ["Only words."], "else": ["Others."]})
            elif kind == "jump":
                steps.append({"if": draw(st.sampled_from(CONDS)), "then": [{"goto": "side"}]})
            elif kind == "copy":
                steps.append({"do": {"k": "= bond"}})
            elif kind == "forget":
                steps.append({"do": {"forget": draw(st.sampled_from(list(MEMS)))}})
            else:
                steps.append({"do": {"t": 1}})
        if b == "three":
            steps += [{"ending": "high", "if": draw(st.sampled_from(CONDS))},
                      {"ending": "mid", "if": draw(st.sampled_from(CONDS))}, {"ending": "low"}]
            side = ["To the side.", {"ending": "mid", "if": draw(st.sampled_from(CONDS))}, {"ending": "low"}]
        else:
            side = ["To the side.", {"do": {"remember": draw(st.sampled_from(list(MEMS)))}}, {"beat": names[i + 1]}]
        beats[b] = {"title": b, "scene": "dialogue", "start": "a", "nodes": {"a": steps, "side": side},
                    **({"next": names[i + 1]} if i < 2 else {})}
    return beats


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(stories())
def test_summarised_bonds_find_what_naming_every_memory_finds(beats) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        story, _diags = load_story(write(Path(tmp), beats))
    if story is None:
        return
    merged, exact = explore(story, max_states=5_000), explore(story, exact=True, max_states=5_000)
    if not (exact.complete and merged.complete):
        return
    assert findings(merged) == findings(exact)

"""Merging states by what each place can still observe finds exactly what the whole-state search
finds, on small random stories: flags set and unset, counters added to, assigned and compared,
memories made, forgotten, asked about and deleted at reviews, visits, guards over lines only or over
flags and counters, set-pieces with marks, explore spots and a rewinding ending."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.story.compiler import load_story
from game.story.explore import explore
from game.story.explore.liveness import Positions
from game.story.story import ChoiceI, JumpIfNotI

FLAGS = ("f0", "f1", "f2")
MEMS = {"m0": 1, "m1": 2, "m2": 2, "m3": 3}
CONDS = ("flags.f0", "not flags.f1", "flags.f2 or flags.f0", "c >= 1", "c <= 0", "c + d >= 2", "d == 1",
         "remembers(m0)", "remembers(m2)", "deleted(m1)", "held >= 2", "bond >= 3", "free >= 2", "visited(n1)",
         "c >= 1 and (flags.f0 or flags.f1)", "(flags.f1 or flags.f0) and not flags.f2", "flags.f0 == flags.f2",
         "not (flags.f2 and remembers(m0)) or d == 1")
NODES = ("n0", "n1", "n2")


def _effect(draw) -> dict:
    eff: dict = {}
    for key, pick in (("set", FLAGS), ("unset", FLAGS), ("remember", tuple(MEMS)), ("forget", tuple(MEMS))):
        if draw(st.booleans()):
            eff[key] = draw(st.sampled_from(pick))
    c = draw(st.sampled_from([None, 1, -1, "= d + 1", "= 0"]))
    if c is not None:
        eff["c"] = c
    if draw(st.integers(0, 3)) == 0:
        eff["d"] = 1
    return eff


def _cond(draw) -> str:
    return draw(st.sampled_from(CONDS))


def _step(draw, node: str, last: bool) -> object:
    kind = draw(st.sampled_from(["line", "do", "if_line", "if_do", "if_goto", "choice", "review", "action", "explore"]))
    others = [n for n in NODES if n != node]
    if kind == "line":
        return "Words."
    if kind == "do":
        return {"do": _effect(draw)}
    if kind == "if_line":
        return {"if": _cond(draw), "then": ["Only words."], "else": ["Other words."]}
    if kind == "if_do":  # a guard over flags and counters: quiet where nothing reads them after
        then = [{"do": draw(st.sampled_from([{"set": "f0"}, {"unset": "f2"}, {"c": 1}, {"d": 1, "set": "f1"}]))}, "Words."]
        return {"if": _cond(draw), "then": then, **({"else": ["Other words."]} if draw(st.booleans()) else {})}
    if kind == "if_goto":
        return {"if": _cond(draw), "then": [{"goto": draw(st.sampled_from(others))}]}
    if kind == "review":
        return {"review": "Night"}
    if kind == "action":
        return {"action": {"piece": "freeway_chase", "title": "Run", "win": draw(st.sampled_from(others)),
                           "lose": draw(st.sampled_from(others)), "given": {"easy": _cond(draw)},
                           "marks": {"fast": {"set": "f2"}}}}
    if kind == "explore":  # its spots play node `s`, which explores nothing further, or leave the beat
        # by `out` (a new beat empties the stack): the stack stays short
        return {"explore": [{"text": f"Spot {j}", "goto": "s", **({"if": _cond(draw)} if draw(st.booleans()) else {})}
                            for j in range(2)] + [{"text": "On.", "goto": "out"}]}
    options = []
    for j in range(draw(st.integers(1, 3))):
        opt: dict = {"text": f"Option {j}."}
        if draw(st.booleans()):
            opt["if"] = _cond(draw)
        if draw(st.booleans()):
            opt["do"] = _effect(draw)
        if draw(st.booleans()):
            opt["goto"] = draw(st.sampled_from(others))
        options.append(opt)
    return {"choice": options}


@st.composite
def stories(draw) -> dict:
    """Two beats of three nodes; the second ends in endings chosen by conditions, one rewinding."""
    beats = {}
    for b in ("one", "two"):
        nodes = {}
        for n in NODES:
            steps = [_step(draw, n, False) for _ in range(draw(st.integers(1, 4)))]
            if b == "two":
                steps += [{"ending": "high", "if": _cond(draw)}, {"ending": "again", "if": _cond(draw)},
                          {"ending": "low"}]
            if b == "one" and n == "n0":  # every flag, counter and memory can be made from the start
                steps.insert(0, {"choice": [
                    {"text": "All.", "do": {"set": list(FLAGS), "remember": ["m0", "m1"], "c": 1, "d": 1}},
                    {"text": "Some.", "do": {"set": "f1", "remember": ["m2", "m3"]}}, {"text": "None."}]})
            nodes[n] = steps
        nodes["s"] = [{"do": _effect(draw)}, "A look round."]
        nodes["out"] = [{"do": _effect(draw)}] + ([{"beat": "two"}] if b == "one" else
                                                  [{"ending": "high", "if": _cond(draw)}, {"ending": "low"}])
        beats[b] = {"title": b, "scene": "dialogue", "start": "n0", "nodes": nodes,
                    **({"next": "two"} if b == "one" else {})}
    return beats


def write(root: Path, beats: dict) -> Path:
    story = root / "story"
    (story / "beats").mkdir(parents=True)
    (root / "levels").mkdir()
    game = {"title": "Random", "start": "one", "core": {"capacity": 5, "weapons": 1},
            "flags": {f: "a flag" for f in FLAGS},
            "counters": {"c": {"start": 0, "min": -1, "max": 2, "about": "a count"},
                         "d": {"start": 0, "min": 0, "max": 1, "about": "another"}},
            "endings": {"high": {"title": "High", "text": "Up."}, "low": {"title": "Low", "text": "Down."},
                        "again": {"title": "Again", "text": "Back.", "rewind": "two.n1"}}}
    (story / "game.yaml").write_text(yaml.safe_dump(game), encoding="utf-8")
    (story / "characters.yaml").write_text(yaml.safe_dump(
        {"mai": {"name": "Mai", "color": "#ff4080", "faces": ["neutral"]},
         "7723": {"name": "7723", "color": "#40a0ff", "faces": ["neutral"]}}), encoding="utf-8")
    (story / "memories.yaml").write_text(yaml.safe_dump(
        {m: {"code": f"M{i}", "title": m, "picture": "A thing.", "weight": w, "mood": "joy", "beat": "one"}
         for i, (m, w) in enumerate(MEMS.items())}), encoding="utf-8")
    for i, (bid, body) in enumerate(beats.items()):
        (story / "beats" / f"{i:02d}_{bid}.yaml").write_text(yaml.safe_dump({"beat": bid, **body}), encoding="utf-8")
    return story


def findings(report) -> tuple:
    """Everything the report says but how many states it took and the ways it tells (the whole-state
    search also stops at choices that only change the words, so its ways are told in other steps)."""
    return (report.complete, {k: v["reachable"] for k, v in report.endings.items()},
            report.unreachable_nodes, report.never_enabled_choices,
            sorted(d["message"] for d in report.dead_ends), report.memories,
            [b["reached"] for b in report.beats])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(stories())
def test_merging_by_place_finds_what_the_whole_state_search_finds(beats) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        story, _diags = load_story(write(Path(tmp), beats))
    if story is None:
        return  # a story the compiler refuses (say, a spot that plays its own node) is not explored
    merged, exact = explore(story, max_states=5_000), explore(story, exact=True, max_states=5_000)
    if not (exact.complete and merged.complete):
        return
    assert findings(merged) == findings(exact)
    assert merged.states <= exact.states


def test_a_flag_set_and_never_read_again_is_dead(tmp_path) -> None:
    beats = {"one": {"title": "one", "scene": "dialogue", "start": "n0", "next": "two", "nodes": {
                 "n0": [{"choice": [{"text": "A", "do": {"set": "f0"}}, {"text": "B"}]},
                        {"if": "flags.f0", "then": [{"goto": "n1"}]}, "Words."],
                 "n1": [{"do": {"unset": "f0"}}]}},
             "two": {"title": "two", "scene": "dialogue", "start": "n0", "nodes": {
                 "n0": [{"choice": [{"text": "C", "do": {"unset": "f1"}}, {"text": "D", "do": {"set": "f1"}}]},
                        {"ending": "high", "if": "flags.f1"}, {"ending": "low"}],
                 "n1": [{"ending": "low"}]}}}
    story, diags = load_story(write(tmp_path, beats))
    assert story is not None, [str(d) for d in diags]
    pos = Positions(story)
    guard = next(pc for pc, ins in enumerate(story.beats["one"].nodes["n0"].code) if isinstance(ins, JumpIfNotI))
    assert "f0" in pos.at("one", "n0", guard).flags, "read by the guard after the choice"
    assert "f0" not in pos.at("two", "n0", 0).flags, "nothing reads it in the second beat"
    assert "f1" not in pos.at("two", "n0", 0).flags, "the choice sets or leaves it before it is read"
    asks = next(pc for pc, ins in enumerate(story.beats["two"].nodes["n0"].code) if isinstance(ins, JumpIfNotI))
    assert "f1" in pos.at("two", "n0", asks).flags
    report = explore(story)
    assert findings(report) == findings(explore(story, exact=True))


def test_settled_flags_read_together_are_kept_as_what_they_decide(tmp_path) -> None:
    """Once nothing sets them any more, f0 and f1 are seen only through `c >= 1 and (f0 or f1)`:
    either of them set is one state, neither another."""
    pick = [{"text": "Yes.", "do": {"set": "f0"}}, {"text": "No."}]
    beats = {"one": {"title": "one", "scene": "dialogue", "start": "n0", "next": "two", "nodes": {
                 "n0": [{"choice": pick}, {"choice": [{"text": "Yes.", "do": {"set": "f1"}}, {"text": "No."}]},
                        {"choice": [{"text": "Up.", "do": {"c": 1}}, {"text": "Stay."}]}]}},
             "two": {"title": "two", "scene": "dialogue", "start": "n0", "nodes": {
                 "n0": [{"choice": [{"text": "Wait."}, {"text": "Go."}]},
                        {"choice": [{"text": "Again."}, {"text": "On."}]},
                        {"ending": "high", "if": "c >= 1 and (flags.f0 or flags.f1)"}, {"ending": "low"}],
                 "n1": [{"ending": "low"}]}}}
    story, diags = load_story(write(tmp_path, beats))
    assert story is not None, [str(d) for d in diags]
    view = Positions(story).at("two", "n0", 0)
    assert view.folded == {"f0", "f1"}
    merged, exact = explore(story), explore(story, exact=True)
    assert findings(merged) == findings(exact)
    assert merged.states < explore(story, classes=False).states


def test_a_guard_inside_a_guard_over_lines_still_only_picks_words(tmp_path) -> None:
    """An `if:` over lines that holds another `if:` over lines picks words only: neither flag it
    reads keeps states apart. Put a flag change inside, and both become reads that matter."""
    pick = [{"text": "Yes.", "do": {"set": "f0"}}, {"text": "No."}]
    nested = {"if": "flags.f1", "then": ["One.", {"if": "flags.f0", "then": ["Two."], "else": ["Three."]}],
              "else": ["Four."]}
    beats = {"one": {"title": "one", "scene": "dialogue", "start": "n0", "next": "two", "nodes": {
                 "n0": [{"choice": pick}, {"choice": [{"text": "Yes.", "do": {"set": "f1"}}, {"text": "No."}]}]}},
             "two": {"title": "two", "scene": "dialogue", "start": "n0", "nodes": {
                 "n0": [nested, {"choice": [{"text": "Wait."}, {"text": "Go."}]}, {"ending": "high"}],
                 "n1": [{"ending": "low"}]}}}
    story, diags = load_story(write(tmp_path, beats))
    assert story is not None, [str(d) for d in diags]
    view = Positions(story).at("two", "n0", 0)
    assert not {"f0", "f1"} & set(view.flags), "words only"
    assert findings(explore(story)) == findings(explore(story, exact=True))
    nested["then"][1]["then"] = [{"do": {"set": "f2"}}, "Two."]
    beats["two"]["nodes"]["n0"][2] = {"ending": "high", "if": "flags.f2"}
    beats["two"]["nodes"]["n0"].append({"ending": "low"})
    story, diags = load_story(write(tmp_path / "changed", beats))
    assert story is not None, [str(d) for d in diags]
    assert {"f0", "f1"} <= set(Positions(story).at("two", "n0", 0).flags), "now they decide what happens"


def test_a_guard_that_only_sets_what_nothing_reads_picks_words(tmp_path) -> None:
    """`if f0: set f2` reads f0 only if something ahead reads f2 other than to pick words: with f2
    asked about by an `if:` over lines alone, f0 keeps no states apart before the guard; with f2
    deciding an ending, it does, and the ending is found only on the way that set it."""
    guarded = {"if": "flags.f0", "then": [{"do": {"set": "f2", "c": 1}}, "The flag goes up."]}
    beats = {"one": {"title": "one", "scene": "dialogue", "start": "n0", "next": "two", "nodes": {
                 "n0": [{"choice": [{"text": "Yes.", "do": {"set": "f0"}}, {"text": "No."}]},
                        {"choice": [{"text": "Wait."}, {"text": "Go."}]}, guarded]}},
             "two": {"title": "two", "scene": "dialogue", "start": "n0", "nodes": {
                 "n0": [{"if": "flags.f2", "then": ["It went up."], "else": ["It did not."]},
                        {"choice": [{"text": "On."}, {"text": "Off."}]}, {"ending": "high"}],
                 "n1": [{"ending": "low"}]}}}
    story, diags = load_story(write(tmp_path, beats))
    assert story is not None, [str(d) for d in diags]
    code = story.beats["one"].nodes["n0"].code
    guard = next(pc for pc, ins in enumerate(code) if isinstance(ins, JumpIfNotI))
    assert "f0" not in Positions(story).at("one", "n0", guard).flags, "what it sets is never asked"
    merged = explore(story)
    assert findings(merged) == findings(explore(story, exact=True))
    assert merged.states < explore(story, exact=True).states

    beats["two"]["nodes"]["n0"][2] = {"ending": "high", "if": "flags.f2"}
    beats["two"]["nodes"]["n0"].append({"ending": "low"})
    story, diags = load_story(write(tmp_path / "read", beats))
    assert story is not None, [str(d) for d in diags]
    assert "f0" in Positions(story).at("one", "n0", guard).flags, "now the flag it sets decides an ending"
    merged = explore(story)
    assert findings(merged) == findings(explore(story, exact=True))
    assert merged.endings["high"]["reachable"] and merged.endings["low"]["reachable"]


def test_a_choice_whose_options_only_set_what_nothing_reads_is_no_decision(tmp_path) -> None:
    """Options that differ in words and in a flag nothing reads after them come back to one future:
    the search takes the first and keeps no state there; read by an ending, the flag makes the
    choice a decision again, and both endings are found."""
    said = {"choice": [{"text": "Thanks.", "do": {"set": "f0"}}, {"text": "Whatever.", "do": {"set": "f1"}},
                       {"text": "Nothing."}]}
    beats = {"one": {"title": "one", "scene": "dialogue", "start": "n0", "next": "two", "nodes": {
                 "n0": [{"choice": [{"text": "Left.", "goto": "n1"}, {"text": "Right."}]}, said, "Words."],
                 "n1": [said, "Other words."]}},
             "two": {"title": "two", "scene": "dialogue", "start": "n0", "nodes": {
                 "n0": [{"if": "flags.f0", "then": ["You said thanks."]},
                        {"choice": [{"text": "On."}, {"text": "Off."}]}, {"ending": "high"}],
                 "n1": [{"ending": "low"}]}}}
    story, diags = load_story(write(tmp_path, beats))
    assert story is not None, [str(d) for d in diags]
    pos = Positions(story)
    code = story.beats["one"].nodes["n0"].code
    assert ("one", "n0", next(pc for pc, ins in enumerate(code) if isinstance(ins, ChoiceI) and pc)) \
        in pos.quiet_choices
    merged, exact = explore(story), explore(story, exact=True)
    assert findings(merged) == findings(exact)
    assert "choose “Thanks.” (any will do)" in merged.endings["high"]["path"], "told as no decision"

    beats["two"]["nodes"]["n0"][2] = {"ending": "high", "if": "flags.f0"}
    beats["two"]["nodes"]["n0"].append({"ending": "low"})
    story, diags = load_story(write(tmp_path / "read", beats))
    assert story is not None, [str(d) for d in diags]
    assert not Positions(story).quiet_choices.keys() & {("one", "n0", 1), ("one", "n1", 0)}
    merged = explore(story)
    assert findings(merged) == findings(explore(story, exact=True))
    assert merged.endings["high"]["reachable"] and merged.endings["low"]["reachable"]


def test_a_choice_whose_ways_part_into_nodes_and_meet_again_is_no_decision(tmp_path) -> None:
    """Options that go to nodes of their own, which only talk and then go on to one node, are one
    future when nothing reads the visits: the search takes the first, and still counts the other
    node as reached. Where a later condition asks whether that node was visited, it is a decision."""
    beats = {"one": {"title": "one", "scene": "dialogue", "start": "n0", "next": "two", "nodes": {
                 "n0": [{"choice": [{"text": "Left.", "goto": "n1"}, {"text": "Right.", "goto": "n2"}]}],
                 "n1": ["Left it is.", {"goto": "s"}],
                 "n2": ["Right it is.", {"do": {"c": 1}}, {"goto": "s"}],
                 "s": [{"if": "visited(n2)", "then": ["You went right."]},
                       {"choice": [{"text": "On."}, {"text": "Back.", "goto": "n0"}]}]}},
             "two": {"title": "two", "scene": "dialogue", "start": "n0", "nodes": {
                 "n0": [{"ending": "high"}], "n1": [{"ending": "low"}]}}}
    story, diags = load_story(write(tmp_path, beats))
    assert story is not None, [str(d) for d in diags]
    passed = Positions(story).quiet_choices[("one", "n0", 0)]
    assert sorted(map(sorted, passed.values())) == [["n1", "s"], ["n2", "s"]], "the nodes each option passes"
    merged, exact = explore(story), explore(story, exact=True)
    assert findings(merged) == findings(exact)
    assert "one.n2" not in merged.unreachable_nodes, "reached by the option not taken"

    beats["two"]["nodes"]["n0"] = [{"ending": "high", "if": "visited(one.n2)"}, {"ending": "low"}]
    story, diags = load_story(write(tmp_path / "read", beats))
    assert story is not None, [str(d) for d in diags]
    assert ("one", "n0", 0) not in Positions(story).quiet_choices
    merged = explore(story)
    assert findings(merged) == findings(explore(story, exact=True))
    assert merged.endings["high"]["reachable"] and merged.endings["low"]["reachable"]


def test_a_quiet_choice_that_only_goes_round_is_a_loop_of_decisions_not_a_dead_end(tmp_path) -> None:
    """Both options go back to where the choice comes again: the player goes round as through any
    choice, which the whole-state search does not call a dead end either."""
    beats = {"one": {"title": "one", "scene": "dialogue", "start": "n0", "next": "two", "nodes": {
                 "n0": [{"choice": [{"text": "Yes.", "do": {"set": "f0"}}, {"text": "No."}]}]}},
             "two": {"title": "two", "scene": "dialogue", "start": "n0", "nodes": {
                 "n0": [{"if": "flags.f0", "then": [{"goto": "n2"}]}, {"ending": "low"}],
                 "n1": [{"ending": "high"}],
                 "n2": [{"choice": [{"text": "Round.", "goto": "n0"}, {"text": "Again.", "goto": "n0"}]}]}}}
    story, diags = load_story(write(tmp_path, beats))
    assert story is not None, [str(d) for d in diags]
    assert ("two", "n2", 0) in Positions(story).quiet_choices
    merged = explore(story)
    assert findings(merged) == findings(explore(story, exact=True))
    assert not merged.dead_ends


def test_a_mark_nothing_reads_after_the_outcome_is_not_played_both_ways(tmp_path) -> None:
    """A set-piece's mark that sets a flag only a line asks about adds no play; one that an ending
    reads is played with and without, and both endings are found."""
    action = {"action": {"piece": "freeway_chase", "title": "Run", "win": "n1", "lose": "n1",
                         "marks": {"fast": {"set": "f2"}}}}
    beats = {"one": {"title": "one", "scene": "dialogue", "start": "n0", "next": "two", "nodes": {
                 "n0": [action], "n1": [{"if": "flags.f2", "then": ["Fast."]}, "Words."]}},
             "two": {"title": "two", "scene": "dialogue", "start": "n0", "nodes": {
                 "n0": [{"choice": [{"text": "On."}, {"text": "Off."}]}, {"ending": "high"}],
                 "n1": [{"ending": "low"}]}}}
    story, diags = load_story(write(tmp_path, beats))
    assert story is not None, [str(d) for d in diags]
    assert Positions(story).dead_marks[("one", "n0", 0)] == {"win": {"fast"}, "lose": {"fast"}}
    merged = explore(story)
    assert findings(merged) == findings(explore(story, exact=True))

    beats["two"]["nodes"]["n0"][1] = {"ending": "high", "if": "flags.f2"}
    beats["two"]["nodes"]["n0"].append({"ending": "low"})
    story, diags = load_story(write(tmp_path / "read", beats))
    assert story is not None, [str(d) for d in diags]
    assert Positions(story).dead_marks[("one", "n0", 0)] == {"win": set(), "lose": set()}
    merged = explore(story)
    assert findings(merged) == findings(explore(story, exact=True))
    assert merged.endings["high"]["reachable"] and merged.endings["low"]["reachable"]

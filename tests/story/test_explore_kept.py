"""What if a player kept some memories: the search held to runs that keep them reports exactly
the endings and the conditions asking about them (echoes) that such runs reach."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_explore import load, memories, write_story

from game.story.explore import explore, what_if

KEEP = {  # a and b arrive; a night with room for one of them; after it, three ways on
    "day": {"title": "Day", "scene": "dialogue", "start": "a", "next": "after", "nodes": {
        "a": ["A long day.", {"do": {"remember": ["a", "b"]}}, {"review": "Night"}]}},
    "after": {"title": "After", "scene": "dialogue", "start": "a", "nodes": {
        "a": [{"choice": [{"text": "Think of a.", "if": "remembers(a)", "goto": "h"},
                          {"text": "Think of b.", "if": "remembers(b)", "goto": "l"},
                          {"text": "Count them.", "if": "held >= 2", "goto": "l"}]}],
        "h": [{"if": "remembers(b)", "then": ["Both."]}, {"ending": "high"}],
        "l": [{"ending": "low"}]}},
}


@pytest.fixture
def story(tmp_path):
    path = write_story(tmp_path, KEEP)
    game = yaml.safe_load((path / "game.yaml").read_text(encoding="utf-8"))
    game["core"] = {"capacity": 3, "weapons": 2}  # room for one memory: a or b must go
    (path / "game.yaml").write_text(yaml.safe_dump(game), encoding="utf-8")
    memories(path, {"a": 1, "b": 2}, "day")
    return load(path)


def reached(got: dict) -> tuple[set[str], set[tuple[str, str]]]:
    return ({e["id"] for e in got["endings"] if e["reachable"]},
            {(g["place"], g["condition"]) for g in got["echoes"] if g["reached"]})


def test_keeping_a_memory_reaches_exactly_what_its_runs_reach(story) -> None:
    assert {e for e, v in explore(story).endings.items() if v["reachable"]} == {"high", "low"}
    ends, echoes = reached(what_if(story, frozenset({"a"})))
    assert ends == {"high"}, "keeping a, b goes: the only way on is to think of a"
    assert echoes == {("after.a", "remembers(a)")}
    ends, echoes = reached(what_if(story, frozenset({"b"})))
    assert ends == {"low"}
    assert echoes == {("after.a", "remembers(b)")}, "the line in after.h asks about b, but no such run gets there"
    got = what_if(story, frozenset({"a", "b"}))
    assert reached(got) == (set(), set()) and got["complete"], "both cannot be kept past the night"


def test_kept_until_a_beat_allows_deleting_after_it(story) -> None:
    assert reached(what_if(story, frozenset({"a"}), at="after"))[0] == {"high"}
    ends, _ = reached(what_if(story, frozenset({"b"}), at="day"))
    assert ends == {"high", "low"}, "kept as the first beat begins is every run"


def test_an_unknown_memory_or_beat_is_refused(story) -> None:
    with pytest.raises(ValueError, match="no such memory: zz"):
        what_if(story, frozenset({"zz"}))
    with pytest.raises(ValueError, match="no such beat: nowhere"):
        what_if(story, frozenset({"a"}), at="nowhere")


def test_the_memories_command_says_what_keeping_reaches(story, tmp_path) -> None:
    root = Path(__file__).resolve().parents[2]
    folder = str(next(p for p in tmp_path.rglob("game.yaml")).parent)
    out = subprocess.run([sys.executable, str(root / "main.py"), "memories", "--story", folder, "--kept", "a"],
                         capture_output=True, text=True, cwd=root, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "✓ High (high)" in out.stdout and "✗ Low (low): not on any such run" in out.stdout
    assert "remembers(a)" in out.stdout

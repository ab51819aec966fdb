"""Content tests: the story we ship validates, every ending is reachable, every playthrough passes."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from game.story.compiler import load_story
from game.story.explore import explore
from game.story.playthrough import load_script, random_playthrough, run_script

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "story"
PLAYTHROUGHS = sorted((ROOT / "tests" / "playthroughs").glob("*.yaml"))


@pytest.fixture(scope="module")
def story():
    story, diags = load_story(STORY)
    errors = [str(d) for d in diags if d.severity == "error"]
    assert story is not None and not errors, "\n".join(errors)
    return story


@pytest.fixture(scope="module")
def report(story):
    return explore(story)


def test_story_and_maps_validate(story) -> None:
    from game.levels.lint import lint_levels

    nodes_by_map: dict[str, set[str]] = {}
    for b in story.beats.values():
        if b.map:
            nodes_by_map.setdefault(b.map, set()).update(b.nodes)
    problems = lint_levels(ROOT / "levels", nodes_by_map, known_beats=set(story.beats))
    assert not problems, "\n".join(map(str, problems))


def test_the_story_is_whole(story) -> None:
    assert len(story.beats) == 18
    assert len(story.memories) >= 17
    assert set(story.endings) == {"let_go", "retold", "hold_on"}
    assert story.endings["hold_on"].rewind
    scenes = Counter(b.scene for b in story.beats.values())
    assert scenes["explore"] >= 6 and scenes["action"] >= 4
    assert sum(story.words["beats"].values()) >= 9000
    asks = sum(len(re.findall(r"remembers\(", p.read_text(encoding="utf-8"))) for p in (STORY / "beats").glob("*.yaml"))
    assert asks >= 10
    for b in story.beats.values():
        assert b.map and (ROOT / "levels" / f"{b.map}.tmx").is_file()


def test_every_memory_is_told_at_the_end_and_seen_going(story) -> None:
    """Retold tells each kept memory, and a deletion always shows what went."""
    assert [m for m, info in story.memories.items() if not info.told] == []
    assert [m for m, info in story.memories.items() if not info.gone] == []


def test_explore_reaches_every_ending_without_dead_ends(report) -> None:
    assert report.complete
    assert {k for k, e in report.endings.items() if not e["reachable"]} == set()
    assert report.dead_ends == []
    assert report.unreachable_nodes == []
    assert report.never_enabled_choices == []


def test_every_memory_can_be_held(report) -> None:
    assert report.memories["never_held"] == []


@pytest.mark.parametrize("path", PLAYTHROUGHS, ids=[p.stem for p in PLAYTHROUGHS])
def test_scripted_playthrough(story, path: Path) -> None:
    script, diags = load_script(path)
    assert script is not None, "\n".join(map(str, diags))
    result = run_script(story, script, path.stem)
    assert result.ok, "\n".join(result.problems + ["…"] + result.transcript[-6:])


def test_there_is_a_playthrough_for_each_ending() -> None:
    assert len(PLAYTHROUGHS) >= 8
    reached = set()
    for p in PLAYTHROUGHS:
        script, _ = load_script(p)
        reached.add((script.get("expect") or {}).get("ending"))
    assert {"let_go", "retold", "hold_on"} <= reached


def test_fifty_random_playthroughs_finish(story) -> None:
    results = [random_playthrough(story, seed) for seed in range(50)]
    failed = [(r.seed, r.problems) for r in results if not r.ok]
    assert not failed
    assert len({r.ending for r in results}) >= 2

"""Content tests: the story validates, every ending is reachable, every playthrough passes.

Each runs on the shipped story and on a copy with a beat added as `story/README.md` teaches
(`conftest.py`), so the checks follow the story's content instead of fixing its size or order.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml
from story_copies import PLAYTHROUGHS, ROOT, Project

from game.story.playthrough import load_script, random_playthrough, run_script


def test_story_and_maps_validate(project: Project, story) -> None:
    from game.levels.lint import lint_levels

    nodes_by_map: dict[str, set[str]] = {}
    for b in story.beats.values():
        if b.map:
            nodes_by_map.setdefault(b.map, set()).update(b.nodes)
    problems = lint_levels(project.levels_dir, nodes_by_map, known_beats=set(story.beats))
    assert not problems, "\n".join(map(str, problems))


def test_validate_passes_as_make_test_runs_it(project: Project) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "validate", "--story", str(project.story_dir)],
                          cwd=project.root, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    if project.added:  # what the README has the designer do leaves nothing to warn about
        assert project.added.file.name not in proc.stdout, proc.stdout


def test_the_story_is_whole(project: Project, story) -> None:
    files = sorted((project.story_dir / "beats").glob("*.yaml"))
    declared = [yaml.safe_load(f.read_text(encoding="utf-8"))["beat"] for f in files]
    assert list(story.beats) == declared, "every beat file is a beat, in the order of the files"
    assert [b.number for b in story.beats.values()] == list(range(1, len(declared) + 1))
    assert len(story.beats) >= 18
    assert len(story.memories) >= 17
    game = yaml.safe_load((project.story_dir / "game.yaml").read_text(encoding="utf-8"))
    assert set(story.endings) == set(game["endings"])
    assert len([e for e in story.endings.values() if not e.rewind]) >= 2, "a choice of final endings"
    assert any(e.returns_to for e in story.endings.values()), "an ending that refuses, and a way back (Hold On)"
    scenes = Counter(b.scene for b in story.beats.values())
    assert scenes["explore"] >= 6 and scenes["action"] >= 4
    assert sum(story.words["beats"].values()) >= 9000
    asks = sum(len(re.findall(r"remembers\(", f.read_text(encoding="utf-8"))) for f in files)
    assert asks >= 10
    for b in story.beats.values():
        assert b.map and (project.levels_dir / f"{b.map}.tmx").is_file()


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


def test_there_is_a_playthrough_for_each_ending(story) -> None:
    assert len(PLAYTHROUGHS) >= 8
    reached = set()
    for p in PLAYTHROUGHS:
        script, _ = load_script(p)
        reached.add((script.get("expect") or {}).get("ending"))
    assert set(story.endings) <= reached


def test_fifty_random_playthroughs_finish(story) -> None:
    results = [random_playthrough(story, seed) for seed in range(50)]
    failed = [(r.seed, r.problems) for r in results if not r.ok]
    assert not failed
    assert len({r.ending for r in results}) >= 2

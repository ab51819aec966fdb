"""Which memories gate what, read from the conditions as written."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from game.story.compiler import load_story
from game.story.gating import table

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini"


def test_every_memory_a_condition_names_is_listed_there(mini) -> None:
    t = table(mini)
    assert [(g.place, g.what, g.source) for g in t.by_memory["face"]] == [("last.final", "if", "remembers(face)")]
    assert t.by_memory["dog"] == [] and t.by_bond == []


def test_a_counter_set_from_the_bond_carries_it_to_the_ending(tmp_path: Path) -> None:
    shutil.copytree(MINI, tmp_path / "mini")
    story_dir = tmp_path / "mini" / "story"
    game = story_dir / "game.yaml"
    game.write_text(game.read_text().replace("counters:\n", 'counters:\n  kept: {start: 0, about: "The bond."}\n'))
    last = story_dir / "beats" / "03_last.yaml"
    text = last.read_text()
    assert 'if: "remembers(face)"' in text
    last.write_text(text.replace('    - "7723": "I remember you."\n      if: "remembers(face)"',
                                 '    - do: {kept: "= bond"}\n    - "7723": "I remember you."\n'
                                 '      if: "kept >= 3 or deleted(dog)"'))
    story, diags = load_story(story_dir)
    assert story is not None, diags
    t = table(story)
    assert [g.source for g in t.by_memory["dog"]] == ["kept >= 3 or deleted(dog)"] and t.by_memory["face"] == []
    assert {g.source.strip() for g in t.by_bond} == {"bond", "kept >= 3 or deleted(dog)"}


def test_the_shipped_table_matches_the_conditions_as_written() -> None:
    story, _ = load_story(ROOT / "story")
    t = table(story)
    named = re.compile(r"\b(?:remembers|deleted)\((\w+)\)")
    for mid, gates in t.by_memory.items():
        for g in gates:
            assert mid in named.findall(g.source), (mid, g.source)
    everywhere = {(b, n) for b, beat in story.beats.items() for n in beat.nodes}
    assert all((g.beat, g.node) in everywhere for gs in t.endings.values() for g in gs)


def test_the_memories_command() -> None:
    proc = subprocess.run([sys.executable, "main.py", "memories", "--story", str(MINI / "story")], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "(face, weight" in proc.stdout and "remembers(face)" in proc.stdout
    as_json = subprocess.run([sys.executable, "main.py", "memories", "--json", "--story", str(MINI / "story")],
                             cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert json.loads(as_json.stdout)["memories"]["face"][0]["condition"] == "remembers(face)"

"""`main.py coverage` as a designer runs it: a real process, its report and its exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini" / "story"

SCRIPT = """\
name: Spare the bot
seed: 1
steps:
  - choose: The dog
  - choose: The gate
  - delete: [bag]
  - action: win
  - choose: Spare the bot
  - delete: []
  - choose: Let go
expect:
  ending: good
"""


def run(*args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "coverage", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc


@pytest.fixture()
def script(tmp_path: Path) -> Path:
    path = tmp_path / "spare.yaml"
    path.write_text(SCRIPT, encoding="utf-8")
    return path


def test_below_the_minimum_exits_1_and_says_so(script: Path) -> None:
    proc = run("--story", str(MINI), str(script), "--min", "100")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Coverage of 1 scripted playthrough: 30 of 54 (55.6%)" in proc.stdout
    assert "55.6% is below the minimum of 100%" in proc.stderr


def test_at_or_above_the_minimum_exits_0_and_names_what_was_missed(script: Path) -> None:
    proc = run("--story", str(MINI), str(script), "--min", "0")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert " 2. Chase (chase): 9/25 (36.0%)" in out
    assert "won: option “Smash it” on offer 1 time, never taken" in out
    assert "letgo: if “mood >= 1” never false" in out
    # inside a node never entered, only the node is named
    assert "lost: node “lost” never entered (and the 5 things in it)" in out
    assert "We fell." not in out


def test_json_and_random_playthroughs(script: Path) -> None:
    proc = run("--story", str(MINI), str(script), "--random", "5", "--seed", "3", "--json", "--min", "50")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    doc = json.loads(proc.stdout)
    assert [r["name"] for r in doc["runs"]] == ["Spare the bot"] + [f"random #{s}" for s in range(3, 8)]
    assert doc["min"] == 50 and doc["below_min"] is False
    assert doc["hits"] >= 30 and doc["total"] == 54
    assert [b["beat"] for b in doc["beats"]] == ["yard", "chase", "last"]


def test_a_script_that_cannot_be_read_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("steps: [\n", encoding="utf-8")
    proc = run("--story", str(MINI), str(bad))
    assert proc.returncode == 2
    assert "bad.yaml:" in proc.stderr


def test_help_says_what_it_counts_and_when_it_fails() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    for words in ("--min PERCENT", "--random N", "--seed S", "--json", "--story DIR", "tests/playthroughs/*.yaml",
                  "seen true and seen false", "Exit status: 1 when the total is below --min"):
        assert words in " ".join(proc.stdout.split()), words


def test_the_shipped_story_with_its_own_playthroughs() -> None:
    proc = run("--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert len(doc["runs"]) == len(list((ROOT / "tests" / "playthroughs").glob("*.yaml")))
    assert 0 < doc["hits"] <= doc["total"]

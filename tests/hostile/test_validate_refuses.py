"""Hostile story folders: `main.py validate` answers each with path:line:col: message, in seconds.

Each case is a copy of the shipped story with one bad file. Nothing `validate` accepts may crash the
game later, and nothing it is given may crash or hang it: the answer is an exit code of 1, the
message at the right place, and no traceback.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FREEWAY = "beats/04_freeway.yaml"
OPTION = '        - text: "Run with the traffic."\n'

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs, symlinks and /dev/zero")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The story with the maps and pictures it names, so that a copy validates cleanly."""
    base = tmp_path_factory.mktemp("project")
    for folder in ("story", "levels", "assets"):
        shutil.copytree(ROOT / folder, base / folder)
    return base


@pytest.fixture
def project(pristine: Path, tmp_path: Path) -> Path:
    shutil.copytree(pristine, tmp_path / "project", symlinks=True)
    return tmp_path / "project"


def run(command: str, project: Path) -> tuple[subprocess.CompletedProcess, float]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), command, "--story", str(project / "story")],
                          cwd=project, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    return proc, time.perf_counter() - t0


def condition(cond: str, at: int = 0) -> Callable[[Path], str]:
    """Guard the freeway's first option with `cond`; the place expected is `at` characters into it."""

    def make(story: Path) -> str:
        path = story / FREEWAY
        text = path.read_text()
        assert OPTION in text
        guard = f'          if: "{cond}"\n'
        text = text.replace(OPTION, OPTION + guard, 1)
        path.write_text(text)
        line = text[: text.index(guard)].count("\n") + 1
        col = guard.index('"') + 2 + at
        return f"story/{FREEWAY}:{line}:{col}"

    return make


def beat_file(name: str, make_file: Callable[[Path], None], where: str | None = None) -> Callable[[Path], str]:
    def make(story: Path) -> str:
        make_file(story / "beats" / name)
        return where or f"story/beats/{name}:1:1"

    return make


def _sparse(path: Path) -> None:
    with path.open("wb") as f:
        f.truncate(5 * 1024 * 1024)


def _write(data: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(data)


TEXT_BOMB = 'beat: bomb\na: &a "' + "x" * 4000 + '"\n' + "".join(
    f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)

CONDITIONS = {
    "a chain of 1,200 ands": (condition(" and ".join(["true"] * 1200)), "characters long; conditions have at most 500"),
    "3,000 nots": (condition("not " * 3000 + "true"), "characters long; conditions have at most 500"),
    "a 5,000-digit number": (condition("mood > " + "9" * 5000), "characters long; conditions have at most 500"),
    "a 12-digit number": (condition("mood > " + "9" * 12, at=7), "numbers have at most 9 digits"),
    "40 nested brackets": (condition("(" * 40 + "true" + ")" * 40, at=32), "brackets nested too deeply"),
    "40 nots": (condition("not " * 40 + "true", at=4 * 32), "'not' nested too deeply"),
    "visited(beat. with no node": (condition("visited(freeway.", at=16), "expected a node name"),
}
FILES = {
    "a FIFO": (beat_file("90_pipe.yaml", os.mkfifo), "this is a pipe, not a file"),
    "a link to /dev/zero": (beat_file("91_zero.yaml", lambda p: p.symlink_to("/dev/zero"), "/dev/zero:1:1"),
                            "the link 91_zero.yaml leads to a device, not a file"),
    "a folder": (beat_file("92_folder.yaml", Path.mkdir), "this is a folder, not a file"),
    "a 5 MB file": (beat_file("93_huge.yaml", _sparse), "the file is 5,242,880 bytes; story files stay under"),
    "a text alias bomb": (beat_file("94_bomb.yaml", _write(TEXT_BOMB), "story/beats/94_bomb.yaml:5:12"),
                          "aliases expand to more than 1,000,000 characters of text"),
    "a 5,000-digit YAML number": (beat_file("95_number.yaml", _write("beat: n\nx: " + "7" * 5000 + "\n"),
                                            "story/beats/95_number.yaml:2:4"), "numbers have at most 30"),
}
CASES = {**CONDITIONS, **FILES}


@pytest.mark.parametrize("case", list(CASES))
def test_validate_answers_with_a_located_message(project: Path, case: str) -> None:
    make, words = CASES[case]
    where = make(project / "story")
    proc, elapsed = run("validate", project)
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out
    assert proc.returncode == 1, out[-2000:]
    errors = [line for line in proc.stdout.splitlines()
              if re.match(r"\S+:\d+:\d+: ", line) and ": warning: " not in line]
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{where}: ") and words in errors[0], errors[0]
    assert "\n1 error." in proc.stderr
    assert elapsed < 30, f"validate took {elapsed:.1f} s"


def test_explore_refuses_the_story_instead_of_crashing(project: Path) -> None:
    condition(" and ".join(["true"] * 1200))(project / "story")
    proc, elapsed = run("explore", project)
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.returncode != 0 and "1 error" in proc.stderr
    assert elapsed < 30


def test_every_problem_is_reported_at_once(project: Path) -> None:
    story = project / "story"
    wheres = [condition("mood > " + "9" * 12, at=7)(story)] + [make(story) for make, _words in FILES.values()]
    proc, _elapsed = run("validate", project)
    assert "Traceback" not in proc.stdout + proc.stderr
    assert proc.returncode == 1
    assert f"\n{len(wheres)} errors." in proc.stderr
    for where in wheres:
        assert f"{where}: " in proc.stdout

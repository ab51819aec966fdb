"""Garbage names for the people of a stage direction (`qbot#2`, a map object's name): `validate`
says what is wrong, each problem on one line at its place, never a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game.story.diagnostics import Diagnostic
from game.story.stagewords import nth_parts

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini"


@settings(settings.get_profile("hostile"))
@given(st.text(), st.text())
def test_any_name_with_a_number_mark_is_read_or_refused(sprite: str, n: str) -> None:
    parts = nth_parts(f"{sprite}#{n}")
    assert parts is None or (parts[0] == sprite and parts[1] >= 1)


def test_numbers_int_cannot_read_are_not_numbers() -> None:
    assert nth_parts("qbot#²") is None  # a digit to str.isdigit, not to int()
    assert nth_parts("qbot#" + "9" * 5000) is None  # past the digits int() will read
    assert nth_parts("qbot#3") == ("qbot", 3)


@settings(settings.get_profile("hostile"))
@given(st.text())
def test_a_problem_is_one_line_whatever_it_quotes(message: str) -> None:
    shown = str(Diagnostic("story/beats/x.yaml", 3, 4, message))
    assert len(shown.splitlines()) == 1 and shown.startswith("story/beats/x.yaml:3:4: ")
    assert not any(ord(c) < 32 and c != "\t" for c in shown)


JUNK_CAST = ('    - stage:\n        cast:\n          "mai#²": {at: gate}\n          "7723#\\n2": {at: gate}\n'
             '          ? "mai#' + "9" * 5000 + '"\n          : {at: gate}\n'
             '        camera: "follow:mai#³"\n')


def test_junk_people_in_a_direction_are_reported_at_their_place(tmp_path: Path) -> None:
    for folder in ("story", "levels", "assets"):
        shutil.copytree(MINI / folder, tmp_path / folder)
    beat = tmp_path / "story" / "beats" / "01_yard.yaml"
    text = beat.read_text()
    anchor = "  dog:\n"
    beat.write_text(text.replace(anchor, anchor + JUNK_CAST, 1))
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "validate", "--story", str(tmp_path / "story")],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    errors = [line for line in proc.stdout.splitlines() if "warning:" not in line]
    assert len(errors) == 4, proc.stdout
    assert all(line.startswith("story/beats/01_yard.yaml:") and "no character" in line for line in errors)

"""A replay whose set-piece reports marks that are junk (a line break, a control code): `replay`
says where it stops fitting in one line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini"


@pytest.mark.parametrize("marks", [["x\n\u0000y"], ["\u001b[2J", "\r"], ["a\u2028b"]], ids=["break", "escape", "separator"])
def test_junk_marks_are_named_in_one_line(tmp_path: Path, marks: list[str]) -> None:
    path = tmp_path / "game.replay"
    cmd = [sys.executable, "main.py", "--text", "--new", "--story", str(MINI / "story"), "--save-dir", str(tmp_path),
           "--record", str(path)]
    played = subprocess.run(cmd, cwd=ROOT, input="1\n1\n\nn\n3\ny\n", capture_output=True, text=True, timeout=60)
    assert played.returncode == 0 and path.exists(), played.stdout + played.stderr
    doc = json.loads(path.read_text())
    at = next(i for i, a in enumerate(doc["answers"]) if isinstance(a, dict) and "play" in a)
    doc["answers"][at] = {"play": ["win", *marks]}
    path.write_text(json.dumps(doc))
    again = subprocess.run([sys.executable, "main.py", "replay", str(path), "--story", str(MINI / "story")],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert len(again.stdout.splitlines()) == 1 and "does not report" in again.stdout, again.stdout

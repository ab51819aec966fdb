"""`main.py memories` given junk: one line and exit 2, at once, not a search of every run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("args", [["--kept", ",,,,"], ["--kept", ""], ["--kept", " , "], ["--at", "nosuch"],
                                  ["--at", ""], ["--kept", "no_such_memory"]])
def test_junk_kept_and_at_are_one_line_errors(args: list[str]) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "memories", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len((proc.stdout + proc.stderr).strip().splitlines()) == 1

"""Odd command-line values and standard streams: one clear line or a clean run, never a traceback,
and never a save the next run cannot load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini" / "story"


def game(*args: str, stdin: str | None = "", **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--text", "--story", str(MINI), *args],
                          input=stdin, capture_output=True, text=True, timeout=60, cwd=ROOT, **kw)


def test_a_seed_a_save_cannot_keep_is_refused_in_one_line(tmp_path: Path) -> None:
    run = game("--seed", str(2**53 + 1), "--save-dir", str(tmp_path))
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "--seed" in run.stderr and "too large" in run.stderr
    assert not (tmp_path / "saves").exists()


def test_the_largest_seed_makes_saves_the_next_run_continues(tmp_path: Path) -> None:
    first = game("--new", "--seed", str(-(2**53)), "--save-dir", str(tmp_path))
    assert first.returncode == 0, first.stderr
    again = game("--continue", "--save-dir", str(tmp_path))
    assert again.returncode == 0 and "could not be used" not in again.stdout + again.stderr
    assert not list((tmp_path / "saves").glob("*broken*"))



def test_closed_standard_streams_end_the_game_cleanly_and_keep_its_save(tmp_path: Path) -> None:
    for n, closed in enumerate(("<&-", ">&-", "2>&-", "<&- >&- 2>&-")):
        folder = tmp_path / str(n)
        command = f'"{sys.executable}" "{ROOT / "main.py"}" --text --story "{MINI}" --save-dir "{folder}" {closed}'
        run = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60, cwd=ROOT,
                             stdin=subprocess.DEVNULL)
        assert "Traceback" not in run.stderr, (closed, run.stderr)
        assert run.returncode == 0, (closed, run.returncode, run.stderr)
        assert (folder / "saves" / "autosave.json").exists(), closed


def test_a_screenshot_name_taken_by_a_folder_or_a_device_is_refused_before_the_game_runs(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    for name in (str(tmp_path), f"{tmp_path}/", "/dev/null", str(tmp_path / "file" / "shot.png")):
        run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--frames", "1", "--screenshot", name,
                              "--story", str(MINI), "--save-dir", str(tmp_path / "d")],
                             capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert run.returncode == 2 and "--screenshot" in run.stderr, (name, run.stderr)
        assert "Traceback" not in run.stderr and "stopped because of an error" not in run.stderr

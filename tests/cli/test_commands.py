"""The command line as designers and testers use it: real processes, real exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini"


def run(*args: str, cwd: Path = ROOT, timeout: int = 120) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc


@pytest.fixture()
def broken(tmp_path: Path) -> Path:
    shutil.copytree(MINI, tmp_path / "mini")
    return tmp_path / "mini"


def test_validate_ok_prints_a_summary_with_word_counts() -> None:
    proc = run("validate", "--story", str(MINI / "story"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Mini: OK — 3 beats" in proc.stdout
    assert "by speaker:" in proc.stdout and "7723 7" in proc.stdout
    assert "The Yard" in proc.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"beat: yard\n\ttitle: x\n", ":2:1: a tab character"),
        (b'beat: "yard\n', ":2:1: a quote opened at line 1, column 7 is never closed"),
        (b"beat: yard\nbeat: yard\n", ":2:1: duplicate key 'beat'"),
        (b"", ":1:1: the file is empty"),
        (bytes(range(256)) * 4, ":2:118: the file is not UTF-8"),
        (b"title: caf\xe9\n", ":1:11: the file is not UTF-8"),
        (b"a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [" + b",".join([b"*a"] * 10) + b"]\nc: &c ["
         + b",".join([b"*b"] * 10) + b"]\nd: &d [" + b",".join([b"*c"] * 10) + b"]\ne: &e ["
         + b",".join([b"*d"] * 10) + b"]\nf: [" + b",".join([b"*e"] * 10) + b"]\n", "aliases expand"),
    ],
)
def test_each_malformed_file_gets_its_line(broken: Path, content: bytes, message: str) -> None:
    (broken / "story" / "beats" / "02_chase.yaml").write_bytes(content)
    proc = run("validate", "--story", str(broken / "story"))
    assert proc.returncode == 1
    lines = [ln for ln in proc.stdout.splitlines() if "02_chase.yaml" in ln]
    assert lines and message in lines[0], proc.stdout
    assert lines[0].split(":")[0].endswith("02_chase.yaml")


def test_validate_reports_every_error_at_once(broken: Path) -> None:
    beats = broken / "story" / "beats"
    (beats / "01_yard.yaml").write_text((beats / "01_yard.yaml").read_text().replace("goto: gate,", "goto: nowhere,"))
    (beats / "03_last.yaml").write_text((beats / "03_last.yaml").read_text().replace("ending: sad", "ending: nope"))
    proc = run("validate", "--story", str(broken / "story"))
    assert proc.returncode == 1
    errors = [ln for ln in proc.stdout.splitlines() if ": " in ln and "warning" not in ln]
    assert len(errors) == 2
    assert errors[0].startswith("story/beats/01_yard.yaml:11:36: no node 'nowhere'")
    assert errors[1].startswith("story/beats/03_last.yaml:20:15: no ending 'nope'")


def test_explore_json_has_the_documented_keys() -> None:
    proc = run("explore", "--story", str(MINI / "story"), "--json")
    assert proc.returncode == 0
    report = json.loads(proc.stdout)
    for key in ("beats", "endings", "dead_ends", "unreachable_nodes", "never_enabled_choices", "states", "memories"):
        assert key in report
    assert [b["id"] for b in report["beats"]] == ["yard", "chase", "last"]
    assert {b["scene"] for b in report["beats"]} == {"explore", "action", "ending"}
    assert all(e["reachable"] for e in report["endings"]) and len(report["endings"]) == 3
    assert report["states"] > 10


def test_explore_finds_what_is_wrong(broken: Path) -> None:
    beats = broken / "story" / "beats"
    text = (beats / "03_last.yaml").read_text().replace("- text: \"Hold on\"", "- text: \"Hold on\"\n          if: \"mood > 50\"")
    (beats / "03_last.yaml").write_text(text + "  orphan:\n    - \"Nobody comes here.\"\n")
    proc = run("explore", "--story", str(broken / "story"), "--json")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert "last.orphan" in report["unreachable_nodes"] and "last.holdon" in report["unreachable_nodes"]
    assert [c["text"] for c in report["never_enabled_choices"]] == ["Hold on"]
    assert [e["id"] for e in report["endings"] if not e["reachable"]] == ["refuse"]
    human = run("explore", "--story", str(broken / "story"))
    assert "✗ Refuse (refuse) — NOT REACHABLE" in human.stdout and "last.orphan" in human.stdout


def test_graph_dot_always(tmp_path: Path) -> None:
    out = tmp_path / "g.dot"
    proc = run("graph", "--story", str(MINI / "story"), "--out", str(out))
    assert proc.returncode == 0
    dot = out.read_text()
    assert dot.startswith("digraph story {") and '"yard.look" -> "yard.dog" [style=dashed]' in dot
    assert '"ending:refuse" -> "last.final"' in dot


@pytest.mark.parametrize("suffix", [".svg", ".png"])
def test_graph_pictures_through_graphviz(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"g{suffix}"
    proc = run("graph", "--story", str(MINI / "story"), "--out", str(out))
    if shutil.which("dot") is None:
        assert proc.returncode == 2 and "graphviz" in proc.stderr.lower()
        pytest.skip("Graphviz is not installed here (.ci/run installs it)")
    assert proc.returncode == 0, proc.stderr
    head = out.read_bytes()[:8]
    assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in out.read_bytes()[:400]


def test_graph_without_graphviz_names_the_package(tmp_path: Path) -> None:
    env_path = tmp_path / "bin"
    env_path.mkdir()
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "graph", "--story", str(MINI / "story"), "--out",
                           str(tmp_path / "g.svg")], capture_output=True, text=True, env={"PATH": str(env_path)},
                          timeout=60)
    assert proc.returncode == 2 and "apt-get install graphviz" in proc.stderr and "Traceback" not in proc.stderr


def test_schema_is_json_schema() -> None:
    proc = run("schema")
    schema = json.loads(proc.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert "BeatFile" in schema["$defs"]


def test_playthrough_reports_divergence(tmp_path: Path) -> None:
    ok = run("playthrough", "--story", str(MINI / "story"), str(MINI / "good.yaml"))
    assert ok.returncode == 0 and "✓ Mini: the good ending → good" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text((MINI / "good.yaml").read_text().replace('choose: "Spare"', 'choose: "Forgive"'))
    proc = run("playthrough", "--story", str(MINI / "story"), str(bad))
    assert proc.returncode == 1
    assert "step 6 (choose: Forgive): no option matches “Forgive”" in proc.stdout
    assert "“Spare the bot”; “Smash it”" in proc.stdout


def test_random_playthroughs_are_reproducible() -> None:
    a = run("playthrough", "--story", str(MINI / "story"), "--random", "20", "--seed", "4", "--json")
    b = run("playthrough", "--story", str(MINI / "story"), "--random", "20", "--seed", "4", "--json")
    assert a.returncode == 0 and json.loads(a.stdout) == json.loads(b.stdout)
    assert all(r["ok"] for r in json.loads(a.stdout))


def test_help_for_every_command() -> None:
    for cmd in ("validate", "explore", "graph", "schema", "playthrough", "bench"):
        proc = run(cmd, "--help")
        assert proc.returncode == 0 and "usage:" in proc.stdout
    assert "--beat" in run("--help").stdout


def test_missing_story_folder_is_a_message(tmp_path: Path) -> None:
    proc = run("validate", "--story", str(tmp_path / "nope"))
    assert proc.returncode == 1 and "no such story folder" in proc.stdout


@pytest.mark.skipif(bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")),
                    reason="a display is present: the window would open")
def test_without_a_display_the_game_plays_in_the_terminal(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("SDL_VIDEODRIVER", "DISPLAY", "WAYLAND_DISPLAY")}
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--story", str(MINI / "story"), "--new",
                           "--save-dir", str(tmp_path)], capture_output=True, text=True, env=env, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert "playing in the terminal instead" in proc.stderr
    assert "── 1. The Yard ──" in proc.stdout


@pytest.mark.parametrize("command", [["validate"], ["explore"], ["graph", "--out", "g.dot"], ["playthrough", "--random", "1"],
                                     ["--text"], []])
def test_a_symlink_loop_as_a_folder_is_one_line(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    proc = run(*command, "--story", str(tmp_path / "a"), cwd=tmp_path)
    assert proc.returncode == 2 and "cannot be followed" in proc.stderr


def test_a_file_as_the_save_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    proc = run("--text", "--save-dir", str(tmp_path / "file"), "--story", str(MINI / "story"))
    assert proc.returncode == 2 and "not a folder" in proc.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_save_folder_that_cannot_be_written_is_said_and_nothing_claims_it_saved(tmp_path: Path) -> None:
    saves = tmp_path / "saves"
    saves.mkdir(parents=True)
    saves.chmod(0o500)
    proc = run("--text", "--save-dir", str(tmp_path), "--story", str(MINI / "story"))
    saves.chmod(0o700)
    assert "Autosave failed" in proc.stdout and "Progress saved" not in proc.stdout


def test_an_unwritable_record_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("a file where a folder should be")
    proc = run("bench", "--no-window", "--story", str(MINI / "story"), "--record", str(tmp_path / "file" / "f.json"),
               timeout=600)
    assert proc.returncode != 0 and proc.stderr.strip().count("\n") <= 1, proc.stderr


@pytest.mark.parametrize("args", [["playthrough", "--random", "-5"], ["playthrough", "--random", "x"],
                                  ["--frames", "-3", "--screenshot", "x.png"], ["--frames", "0"],
                                  ["explore", "--max-states", "0"]])
def test_counts_below_one_are_refused_at_once(args: list[str], tmp_path: Path) -> None:
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2 and "at least 1" in proc.stderr or "whole number" in proc.stderr
    assert not (tmp_path / "x.png").exists()


def test_an_unwritable_graph_is_said_before_exploring(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("a file where a folder should be")
    proc = run("graph", "--out", str(tmp_path / "file" / "story.dot"), timeout=20)
    assert proc.returncode == 2 and "cannot write" in proc.stderr


def test_bench_of_a_story_that_does_not_load_stops_at_once(tmp_path: Path) -> None:
    proc = run("bench", "--story", str(tmp_path / "nowhere"), timeout=30)
    assert proc.returncode == 1 and "does not load" in proc.stderr

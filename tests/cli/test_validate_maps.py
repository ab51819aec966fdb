"""`main.py validate` reports the story's errors and the maps' together, and a spot the story needs
that its map lacks — run as a designer runs it, on a copy of the shipped story and maps."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A copy of the story, the maps and the tiles they draw with."""
    for part in ("story", "levels", "assets/tiles"):
        shutil.copytree(ROOT / part, tmp_path / part)
    return tmp_path


def validate(project: Path) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "validate", "--story", str(project / "story")],
                          cwd=project, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stdout + proc.stderr
    return proc


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def remove_spot(tmx: Path, node: str) -> None:
    """Delete the spot object whose `node` property is `node`, as deleting it in Tiled does."""
    text = tmx.read_text(encoding="utf-8")
    spot = re.compile(r' *<object [^>]*type="spot"[^>]*>\s*<properties>\s*'
                      rf'<property name="node" value="{node}"/>\s*</properties>\s*</object>\n')
    assert len(spot.findall(text)) == 1, f"one spot for {node} in {tmx.name}"
    tmx.write_text(spot.sub("", text), encoding="utf-8")


def test_the_copy_validates(project: Path) -> None:
    proc = validate(project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert ": OK — " in proc.stdout


def test_story_and_map_errors_are_reported_together(project: Path) -> None:
    edit(project / "story" / "beats" / "02_wake_up.yaml", "start: landing", "start: nowhere")
    edit(project / "levels" / "garage.tmx", 'type="start"', 'type="begin"')
    proc = validate(project)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert any(line.startswith("story/beats/02_wake_up.yaml:") and "no node 'nowhere'" in line for line in lines), \
        proc.stdout
    assert any(line.startswith("levels/garage.tmx:") and "unknown type 'begin'" in line for line in lines), \
        proc.stdout
    assert any(line.startswith("levels/garage.tmx:") and "exactly one object of type 'start'" in line
               for line in lines), proc.stdout


def test_a_spot_object_naming_no_node_is_reported_while_the_story_has_errors(project: Path) -> None:
    edit(project / "story" / "game.yaml", "title:", "titel:")
    edit(project / "levels" / "iq_tower.tmx", '<property name="node" value="charging"/>',
         '<property name="node" value="chargng"/>')
    proc = validate(project)
    assert proc.returncode == 1
    assert re.search(r"^story/game\.yaml:\d+:\d+: ", proc.stdout, re.M), proc.stdout
    assert re.search(r"^levels/iq_tower\.tmx:\d+:\d+: spot 'charging' starts node 'chargng', which the story "
                     r"does not define", proc.stdout, re.M), proc.stdout


def test_a_spot_object_deleted_from_a_map_is_reported(project: Path) -> None:
    """A warning, not an error: the game still offers the spot, in its "Elsewhere" menu."""
    remove_spot(project / "levels" / "iq_tower.tmx", "rice_truth")
    proc = validate(project)
    found = [line for line in proc.stdout.splitlines() if "'rice_truth'" in line]
    assert len(found) == 1, proc.stdout
    assert re.match(r"levels/iq_tower\.tmx:\d+:\d+: warning: no spot object starts node 'rice_truth', which "
                    r"beat 'inside_iq' offers to explore from node 'side_door' "
                    r"\(story/beats/16_inside_iq\.yaml:\d+\): add a 'spot' object", found[0]), found[0]
    assert "Elsewhere" in found[0]
    assert proc.returncode == 0 and "warning." in proc.stdout


def test_the_mini_story_warns_of_its_spot_without_an_object() -> None:
    """The test story offers its gate only under "Elsewhere": it plays, with a warning."""
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "validate", "--story",
                           str(ROOT / "tests" / "fixtures" / "mini" / "story")],
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"levels/yard\.tmx:\d+:\d+: warning: no spot object starts node 'gate'", proc.stdout)


def test_a_deleted_spot_is_reported_while_the_story_has_errors(project: Path) -> None:
    remove_spot(project / "levels" / "iq_tower.tmx", "rice_truth")
    edit(project / "story" / "beats" / "02_wake_up.yaml", "start: landing", "start: nowhere")
    proc = validate(project)
    assert proc.returncode == 1
    assert "no node 'nowhere'" in proc.stdout
    assert re.search(r"^levels/iq_tower\.tmx:\d+:\d+: warning: no spot object starts node 'rice_truth'", proc.stdout,
                     re.M)


def test_an_unreadable_beat_still_lets_the_maps_be_checked(project: Path) -> None:
    """With a beat file that cannot be read, nothing says which nodes its map's spots may start; the
    maps' other problems, and the spots the readable beats need, are still reported."""
    (project / "story" / "beats" / "05_lower_city.yaml").write_text("beat: [unclosed\n", encoding="utf-8")
    remove_spot(project / "levels" / "iq_tower.tmx", "rice_truth")
    edit(project / "levels" / "garage.tmx", 'type="start"', 'type="begin"')
    proc = validate(project)
    assert proc.returncode == 1
    assert re.search(r"^story/beats/05_lower_city\.yaml:\d+:\d+: ", proc.stdout, re.M), proc.stdout
    assert "unknown type 'begin'" in proc.stdout
    assert "no spot object starts node 'rice_truth'" in proc.stdout
    assert "which the story does not define" not in proc.stdout

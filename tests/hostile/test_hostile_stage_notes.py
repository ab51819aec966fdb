"""Stage notes a designer leaves empty (`note: ""`, `note: null`): the story loads, and writing ids
still works for the rest of it, giving an id to the notes that say something."""

from __future__ import annotations

import shutil
from pathlib import Path

from game.story.compiler import load_story
from game.story.idwriter import write_ids

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini"

NOTES = '    - stage: {note: ""}\n    - stage: {note: null}\n    - stage: {note: ~, camera: hold}\n' \
        '    - stage: {note: "The dog thumps its tail."}\n'


def test_empty_notes_do_not_stop_ids_being_written(tmp_path: Path) -> None:
    for folder in ("story", "levels", "assets"):
        shutil.copytree(MINI / folder, tmp_path / folder)
    beat = tmp_path / "story" / "beats" / "01_yard.yaml"
    anchor = "  dog:\n"
    beat.write_text(beat.read_text().replace(anchor, anchor + NOTES, 1))
    assert load_story(tmp_path / "story")[0] is not None
    report = write_ids(tmp_path / "story")
    assert report.problems == []
    assert [sid for sid in report.written["01_yard.yaml"] if sid.startswith("stage")] == ["stage_dog_thumps_tail"]
    story, diags = load_story(tmp_path / "story")
    assert story is not None and story.strings["stage_dog_thumps_tail"] == "The dog thumps its tail."

"""What the game says about a save it cannot use reaches a terminal as plain text: ids from the file
are shown printable and short, whatever they hold."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.story.runtime import Runtime
from game.story.saves import SaveError, SaveStore

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini" / "story"
TITLE = "\x1b]0;owned\x07\x1b[2J\x1b]8;;http://x\x1b\\"  # retitle the window, clear the screen, a link


def saved(mini, folder: Path, change) -> Path:
    store = SaveStore(folder)
    path = store.save("autosave", Runtime(mini))
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc))
    return path


@pytest.mark.parametrize("change", [
    lambda d: d["state"].update(beat=TITLE),
    lambda d: d["state"]["core"]["held"].append(TITLE),
    lambda d: d["state"]["flags"].extend([TITLE, "x" * 200, "line\nbreak"]),
    lambda d: d["state"]["counters"].update({TITLE: 1}),
], ids=["beat", "memory", "flags", "counter"])
def test_ids_from_a_save_are_named_without_control_characters(mini, tmp_path: Path, change) -> None:
    path = saved(mini, tmp_path, change)
    with pytest.raises(SaveError) as caught:
        SaveStore(tmp_path).load("autosave", mini)
    message = str(caught.value)
    assert message.isprintable() and len(message) < 400, message
    assert "no longer in the story" in message and path.name in message


def test_the_beat_a_save_names_is_still_quoted_when_it_is_plain(mini, tmp_path: Path) -> None:
    saved(mini, tmp_path, lambda d: d["state"].update(beat="cut_from_the_story"))
    with pytest.raises(SaveError, match="its beat 'cut_from_the_story' is no longer in the story"):
        SaveStore(tmp_path).load("autosave", mini)


def test_the_terminal_never_prints_escape_codes_from_a_save(mini, tmp_path: Path) -> None:
    saved(mini, tmp_path / "saves", lambda d: d["state"].update(beat=TITLE))
    env = dict(os.environ, NO_COLOR="1")
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--text", "--continue", "--story", str(MINI),
                          "--save-dir", str(tmp_path)], input="", capture_output=True, text=True, timeout=60,
                         env=env, cwd=ROOT)
    assert "Traceback" not in run.stderr
    assert "no longer in the story" in run.stdout + run.stderr
    assert "\x1b" not in run.stdout + run.stderr and "\x07" not in run.stdout + run.stderr


def test_a_save_whose_story_is_over_is_refused_with_a_sentence(mini, tmp_path: Path) -> None:
    """Nothing in such a save waits to be shown: the window's Continue and Load used to open it and
    stop on the missing event."""
    saved(mini, tmp_path, lambda d: d["state"].update(phase="finished"))
    store = SaveStore(tmp_path)
    with pytest.raises(SaveError, match="the story is over in this save"):
        store.load("autosave", mini)
    (info,) = store.slots()
    assert info.error is not None, "the Load menu shows it, not to be chosen"
    with pytest.raises(SaveError, match="the story is over"):
        store.resume(mini)
    assert list(tmp_path.glob("autosave.broken-*.json")), "kept aside, not deleted"


def test_a_save_pointing_nowhere_in_the_same_story_does_not_blame_the_story(mini, tmp_path: Path) -> None:
    saved(mini, tmp_path, lambda d: d["state"].update(node="nowhere"))
    rt, notice = SaveStore(tmp_path).load("autosave", mini)
    assert notice is not None and "has changed" not in notice and "cannot be found" in notice
    assert rt.state.node == mini.beats[rt.state.beat].start


def test_a_save_from_an_edited_story_still_says_the_story_changed(mini, tmp_path: Path) -> None:
    saved(mini, tmp_path, lambda d: d.update(story_hash="older") or d["state"].update(node="nowhere"))
    _rt, notice = SaveStore(tmp_path).load("autosave", mini)
    assert notice is not None and "The story has changed since this save" in notice


def test_a_file_where_the_save_folder_should_be_is_named_as_such(mini, tmp_path: Path) -> None:
    (tmp_path / "saves").write_text("the player's notes")
    with pytest.raises(SaveError, match="saves is a file, not a folder"):
        SaveStore(tmp_path / "saves").save("autosave", Runtime(mini))
    assert (tmp_path / "saves").read_text() == "the player's notes"

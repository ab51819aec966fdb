"""The terminal says whose eyes the player is behind when a beat's lead changes, and back again."""

from __future__ import annotations

import io
from itertools import pairwise
from pathlib import Path

import pytest

from game.story import events as ev
from game.story.compiler import load_story
from game.story.runtime import Runtime
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.textmode.play import TextGame

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def story():
    loaded, _ = load_story(ROOT / "story")
    assert loaded is not None
    return loaded


def opening(story, beat_id: str, tmp_path: Path) -> str:
    """What the terminal prints as the beat begins."""
    out = io.StringIO()
    game = TextGame(PlaySession(Runtime(story), SaveStore(tmp_path)), out=out, read=lambda: "",
                    interactive=False, color=False)
    b = story.beats[beat_id]
    game.show(ev.BeatStart(b.id, b.title, b.scene, b.place, b.map, b.number, b.lead, b.start, None))
    return out.getvalue()


def test_the_note_is_printed_when_the_lead_changes_and_when_it_comes_back(story, tmp_path: Path) -> None:
    beats = list(story.beats.values())
    changes = [(b, after) for b, after in pairwise(beats) if after.lead != b.lead]
    assert changes, "some beat hands the player to someone else"
    for before, after in changes:
        who = story.characters[after.lead].name
        want = f"[You are {who} again.]" if after.lead == "mai" else f"[You are {who}.]"
        shown = opening(story, after.id, tmp_path)
        assert want in shown, f"{after.id} follows {before.id} ({before.lead} -> {after.lead})"
        assert shown.index(want) > shown.index(after.title)  # under the beat's heading


def test_no_note_while_the_lead_stays_the_same(story, tmp_path: Path) -> None:
    beats = list(story.beats.values())
    same = [after for b, after in pairwise(beats) if after.lead == b.lead]
    same.insert(0, beats[0])  # the first beat: Mai, as every story starts
    for b in same:
        assert "[You are" not in opening(story, b.id, tmp_path), b.id


def test_lower_city_is_7723_and_the_bad_day_is_mai_again(story, tmp_path: Path) -> None:
    assert "[You are 7723.]" in opening(story, "lower_city", tmp_path)
    assert "[You are Mai again.]" in opening(story, "bad_day", tmp_path)

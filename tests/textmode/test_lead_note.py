"""The terminal says whose eyes the player is behind when a beat's lead changes, and back again."""

from __future__ import annotations

import io
from itertools import pairwise
from pathlib import Path

import pytest

from game.story import events as ev
from game.story.runtime import Runtime
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.textmode.play import TextGame


@pytest.fixture(scope="module")
def story(shipped_story):
    return shipped_story


def terminal(story, tmp_path: Path) -> tuple[TextGame, io.StringIO]:
    out = io.StringIO()
    game = TextGame(PlaySession(Runtime(story), SaveStore(tmp_path)), out=out, read=lambda: "",
                    interactive=False, color=False)
    return game, out


def opening(game: TextGame, out: io.StringIO, beat_id: str) -> str:
    """What the terminal prints as the beat begins, after what this terminal printed before."""
    story = game.session.story
    b = story.beats[beat_id]
    start = len(out.getvalue())
    game.show(ev.BeatStart(b.id, b.title, b.scene, b.place, b.map, b.number, b.lead, b.start, None))
    return out.getvalue()[start:]


def test_the_note_is_printed_when_the_lead_changes_and_when_it_comes_back(story, tmp_path: Path) -> None:
    beats = list(story.beats.values())
    changes = [(b, after) for b, after in pairwise(beats) if after.lead != b.lead]
    assert changes, "some beat hands the player to someone else"
    for before, after in changes:
        game, out = terminal(story, tmp_path)
        opening(game, out, before.id)
        who = story.characters[after.lead].name
        want = f"[You are {who} again.]" if after.lead == "mai" else f"[You are {who}.]"
        shown = opening(game, out, after.id)
        assert want in shown, f"{after.id} follows {before.id} ({before.lead} -> {after.lead})"
        assert shown.index(want) > shown.index(after.title)  # under the beat's heading


def test_no_note_while_the_lead_stays_the_same(story, tmp_path: Path) -> None:
    beats = list(story.beats.values())
    game, out = terminal(story, tmp_path)
    assert "[You are" not in opening(game, out, beats[0].id)  # the first beat: Mai, as every story starts
    for b, after in pairwise(beats):
        if after.lead == b.lead:
            opening(game, out, b.id)
            assert "[You are" not in opening(game, out, after.id), after.id


def test_lower_city_is_7723_and_the_bad_day_is_mai_again(story, tmp_path: Path) -> None:
    game, out = terminal(story, tmp_path)
    assert "[You are 7723.]" in opening(game, out, "lower_city")
    assert "[You are Mai again.]" in opening(game, out, "bad_day")


def test_a_game_that_starts_behind_someone_else_says_so(story, tmp_path: Path) -> None:
    """A resumed save or a `--beat` start in a beat walked as 7723 says whose eyes these are, though no
    beat was shown before it; one walked as Mai needs no note."""
    not_mai = [b for b in story.beats.values() if b.lead != "mai"]
    assert not_mai, "some beat is walked as someone else"
    for b in not_mai:
        game, out = terminal(story, tmp_path)
        assert f"[You are {story.characters[b.lead].name}.]" in opening(game, out, b.id), b.id
    game, out = terminal(story, tmp_path)
    assert "[You are" not in opening(game, out, "bad_day")


def test_a_jump_compares_with_what_was_shown_not_with_the_beat_numbered_before(story, tmp_path: Path) -> None:
    """After a beat walked as 7723, a jump straight to a later beat walked as Mai hands her back, even
    when the beat numbered before that one was Mai's too."""
    beats = list(story.beats.values())
    robot = next(b for b in beats if b.lead != "mai")
    later = [b for i, b in enumerate(beats) if i >= 2 and b.lead == "mai" and beats[i - 1].lead == "mai"
             and b.number > robot.number]
    assert later, "a Mai beat follows another Mai beat after the robot's"
    game, out = terminal(story, tmp_path)
    opening(game, out, robot.id)
    assert "[You are Mai again.]" in opening(game, out, later[0].id)

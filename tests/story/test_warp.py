"""The designer's warp: a beat started with the state a player would have there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from game.story import answers as an
from game.story import events as ev
from game.story.session import PlaySession
from game.story.warp import WarpError, begin_at, warp, way_to

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini"


def test_a_warp_arrives_with_what_the_way_there_gave(mini) -> None:
    rt = warp(mini, "last")
    assert isinstance(rt.event, ev.BeatStart) and rt.event.beat == "last"
    assert "petted" in rt.state.flags and not rt.core.weapons, "the dog was petted, the weapons deleted"
    assert rt.core.held and rt.bond > 0
    blank = PlaySession.new(mini, beat="last").runtime
    assert blank.bond == 0 and blank.core.weapons, "what --blank gives, as before"


def test_the_way_is_answers_a_new_game_takes(mini) -> None:
    session = PlaySession.new(mini)
    for a in way_to(mini, "chase"):
        session.answer(a)
    assert session.event.beat == "chase"
    decisions = [a for a in way_to(mini, "chase") if not isinstance(a, an.Advance)]
    assert decisions[0] == an.Choose(0), "the first open option first"


def test_a_warp_can_follow_a_named_playthrough(mini) -> None:
    script = {"steps": [{"choose": "The dog"}, {"choose": "The gate"}, {"delete": ["dog"]}]}
    rt = warp(mini, "chase", script=script)
    assert rt.event.beat == "chase" and rt.core.gaps == ["dog"]
    with pytest.raises(WarpError, match="ends before"):
        warp(mini, "last", script={"steps": [{"choose": "The dog"}]})


def test_an_unknown_beat_or_no_way_is_a_sentence_and_a_blank_start(mini) -> None:
    with pytest.raises(WarpError, match="no beat 'nowhere'"):
        way_to(mini, "nowhere")
    session = begin_at(mini, None, "last", script={"steps": []})
    assert session.event.beat == "last" and "starts from an empty game" in session.take_notices()[0]
    assert begin_at(mini, None, "last", blank=True).runtime.bond == 0


def test_warp_from_the_command_line(tmp_path: Path) -> None:
    base = [sys.executable, "main.py", "--text", "--story", str(MINI / "story"), "--save-dir", str(tmp_path)]
    warped = subprocess.run([*base, "--beat", "last"], cwd=ROOT, input="memories\n", capture_output=True,
                            text=True, timeout=60)
    blank = subprocess.run([*base, "--beat", "last", "--blank"], cwd=ROOT, input="memories\n",
                           capture_output=True, text=True, timeout=60)
    assert "Traceback" not in warped.stderr + blank.stderr
    assert "Bond 0." not in warped.stdout and "Bond 0." in blank.stdout

"""Replays: a session's answers written to a small file, played again headless exactly, and the
first answer that no longer fits after a story edit named."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.story import answers as an
from game.story.compiler import load_story
from game.story.playthrough import Player, random_answer
from game.story.replay import ReplayError, answer_from_json, answer_to_json, read, replay
from game.story.session import PlaySession

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini"

ANSWERS = st.one_of(
    st.just(an.ADVANCE), st.just(an.Refuse()), st.builds(an.Choose, st.integers(0, 999)),
    st.builds(an.Delete, st.lists(st.text(min_size=1, max_size=12), max_size=5).map(tuple)),
    st.builds(an.Play, st.sampled_from(["win", "lose", "tense"])),
    st.builds(an.Order, st.none() | st.lists(st.text(min_size=1, max_size=12), max_size=5).map(tuple)),
)


@given(ANSWERS)
def test_every_answer_survives_the_file(a) -> None:
    assert answer_from_json(json.loads(json.dumps(answer_to_json(a)))) == a


@pytest.mark.parametrize("junk", [None, 3, "jump", {"choose": -1}, {"choose": True}, {"choose": "1"},
                                  {"delete": "bleep"}, {"play": "draw"}, {"order": [1, 2]}, {"a": 1, "b": 2}])
def test_junk_answers_are_refused_with_what_was_expected(junk) -> None:
    with pytest.raises(ValueError):
        answer_from_json(junk)


def record_random_game(story, path: Path, seed: int) -> tuple[PlaySession, str | None]:
    session = PlaySession.new(story, seed=seed)
    session.record_to(path)
    player = Player(session)
    rng = random.Random(seed)
    e = player.run_on()
    while e is not None:
        e = player.answer(random_answer(rng, e))
    ending = session.event.id
    session.answer(an.ADVANCE)
    session.close()
    return session, ending


@pytest.mark.parametrize("seed", range(6))
def test_a_recorded_game_replays_exactly(mini, tmp_path: Path, seed: int) -> None:
    path = tmp_path / "game.replay"
    session, ending = record_random_game(mini, path, seed)
    result = replay(mini, path)
    assert result.ok and result.ending == ending
    assert result.played == result.answers == len(session.recorder.answers)


def test_after_a_story_edit_the_first_answer_that_no_longer_fits_is_named(tmp_path: Path) -> None:
    shutil.copytree(MINI, tmp_path / "mini")
    story_dir = tmp_path / "mini" / "story"
    story, _ = load_story(story_dir)
    path = tmp_path / "game.replay"
    record_random_game(story, path, 1)
    yard = story_dir / "beats" / "01_yard.yaml"
    yard.write_text(yard.read_text().replace('{text: "The gate", goto: gate, if: "visited(dog)"}',
                                             '{text: "The gate", goto: gate, if: "flags.spared"}'))
    edited, diags = load_story(story_dir)
    assert edited is not None, diags
    result = replay(edited, path)
    assert not result.ok and result.notice and "changed" in result.notice
    assert result.played == 3 and result.diverged.startswith("answer 4 (go on): the story broke: yard.look")


@pytest.mark.parametrize("content", [b"", b"\xff\xfe", b"[]", b'{"kind": "other"}',
                                     b'{"format": 9, "kind": "nextgen-memory-core replay", "start": {}}',
                                     b'{"format": 1, "kind": "nextgen-memory-core replay", "start": {}, "answers": 3}',
                                     b'{"format": 1, "kind": "nextgen-memory-core replay", "start": {}, '
                                     b'"answers": ["advance", {"choose": "x"}]}',
                                     b"[" * 100_000])
def test_a_damaged_replay_file_is_one_sentence(mini, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.replay"
    path.write_bytes(content)
    with pytest.raises(ReplayError, match="bad.replay"):
        read(path) if content.startswith(b'{"format": 1') and b'"answers": [' not in content else replay(mini, path)


def test_record_and_replay_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "game.replay"
    cmd = [sys.executable, "main.py", "--text", "--new", "--story", str(MINI / "story"), "--save-dir", str(tmp_path),
           "--record", str(path)]
    played = subprocess.run(cmd, cwd=ROOT, input="1\n1\n\nn\n3\ny\n", capture_output=True, text=True, timeout=60)
    assert played.returncode == 0 and path.exists(), played.stdout + played.stderr
    again = subprocess.run([sys.executable, "main.py", "replay", str(path), "--story", str(MINI / "story")],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "answers replayed" in again.stdout, again.stdout + again.stderr
    path.write_text("{}")
    broken = subprocess.run([sys.executable, "main.py", "replay", str(path), "--story", str(MINI / "story")],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert broken.returncode == 2 and "Traceback" not in broken.stderr and "not a replay" in broken.stderr

"""Saves of the shipped story, kept in tests/saves/story/, still load after every story edit.

Each loads (a save that no longer loads is a player's game lost), resumes in its beat (at the very
place if its node is unchanged, at the beat's start if not), and plays on with random answers to an
ending. Runs on the shipped story and on the copy with a beat added.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import pytest
from story_copies import ROOT

from game.story.compiler import load_story
from game.story.player import Player
from game.story.playthrough import random_answer
from game.story.saves import SaveError, SaveStore
from game.story.session import PlaySession

SAVES = sorted((ROOT / "tests" / "saves" / "story").glob("*.json"))
FIX = "A player's save at this point could no longer be continued; see tests/saves/story/README.md."


def test_saves_are_kept_at_several_beats() -> None:
    beats = {json.loads(p.read_text(encoding="utf-8"))["state"]["beat"] for p in SAVES}
    assert len(beats) >= 4, "tools/make_story_saves.py writes them"


@pytest.mark.parametrize("path", SAVES, ids=[p.stem for p in SAVES])
def test_a_kept_save_loads_resumes_in_its_beat_and_plays_to_an_ending(story, path: Path, tmp_path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    for seed in range(3):
        folder = tmp_path / str(seed)
        folder.mkdir()
        shutil.copy(path, folder / path.name)  # a save that cannot be used may be put aside: never the kept one
        try:
            session = PlaySession.load(story, SaveStore(folder), path.stem)
        except SaveError as exc:
            pytest.fail(f"{exc}. {FIX}")
        rt = session.runtime
        assert rt.state.beat == doc["state"]["beat"]
        notices = session.take_notices()
        if doc["story_hash"] == story.content_hash:
            assert notices == [] and rt.state.node == doc["state"]["node"] and rt.state.pc == doc["state"]["pc"]
        rng = random.Random(seed)
        player = Player(session)
        e = player.run_on()
        decisions = 0
        while e is not None:
            decisions += 1
            assert decisions < 2000, f"{path.stem}: no ending after {decisions} decisions"
            e = player.answer(random_answer(rng, e))
        assert player.endings, f"{path.stem} (seed {seed}) played on to no ending"


def test_renaming_a_memory_a_save_holds_fails_here(tmp_path: Path) -> None:
    """The check is not vacuous: rename, all through the story, a memory a kept save holds."""
    path = SAVES[-1]
    doc = json.loads(path.read_text(encoding="utf-8"))
    memory = (doc["state"]["core"]["held"] + doc["state"]["core"]["gaps"])[0]
    shutil.copytree(ROOT / "story", tmp_path / "story")
    (tmp_path / "levels").symlink_to(ROOT / "levels")
    for f in (tmp_path / "story").rglob("*.yaml"):
        f.write_text(re.sub(rf"\b{memory}\b", f"{memory}_renamed", f.read_text(encoding="utf-8")), encoding="utf-8")
    story, diags = load_story(tmp_path / "story")
    assert story is not None and f"{memory}_renamed" in story.memories, diags
    shutil.copy(path, tmp_path / path.name)
    with pytest.raises(SaveError, match=memory):
        PlaySession.load(story, SaveStore(tmp_path), path.stem)

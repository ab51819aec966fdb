"""Every `pose:` word (standing, sitting, curled, in pieces, carrying her, aiming, swinging, reaching,
gone slack, dancing…): written in a direction it compiles to the cast's pose; misspelt, it is refused
where it was written; the schema offers it; the terminal, which draws nobody, prints nothing for it.
A word added to `stagewords.POSES` is checked here without a test of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_stage_directions import compiled, copy, errors, in_terminal, where

from game.story import events as ev
from game.story import model as m
from game.story.stagewords import HELD_POSES, MOVING_POSES, POSES
from game.story.story import StageI

PLAIN = '    - "The yard is dark."\n'


def steps(pose: str) -> str:
    return (PLAIN + f'    - stage: {{cast: {{"7723": {{at: porch, face: left, pose: {pose}}}}}}}\n'
            '    - stage: {cast: {"7723": {pose: stand}}}\n')


def test_held_and_moving_poses_are_poses_and_never_both() -> None:
    assert set(HELD_POSES) <= set(POSES) and set(MOVING_POSES) <= set(POSES)
    assert not set(HELD_POSES) & set(MOVING_POSES)


@pytest.mark.parametrize("pose", POSES)
def test_it_compiles_to_the_cast_pose(tmp_path: Path, pose: str) -> None:
    story = compiled(copy(tmp_path, steps=steps(pose)))
    first, second = [i.stage for i in story.node("yard", "look").code if isinstance(i, StageI)][:2]
    assert first.cast == (ev.Cast("7723", "porch", False, "left", pose),)
    assert second.cast == (ev.Cast("7723", pose="stand"),)


@pytest.mark.parametrize("pose", POSES)
def test_a_misspelt_one_is_refused_where_it_was_written(tmp_path: Path, pose: str) -> None:
    junk = pose + "ing"
    root = copy(tmp_path, steps=PLAIN + f'    - stage: {{cast: {{"7723": {{pose: {junk}}}}}}}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, junk)}: input should be 'stand'") for e in found), found


@pytest.mark.parametrize("pose", POSES)
def test_the_schema_offers_it(pose: str) -> None:
    assert f"'{pose}'" in str(m.json_schema()["$defs"]["CastPart"]["properties"]["pose"])


@pytest.mark.parametrize("pose", POSES)
def test_the_terminal_prints_nothing_for_it(tmp_path: Path, pose: str) -> None:
    plain = in_terminal(compiled(copy(tmp_path / "plain", steps=PLAIN)))
    text = in_terminal(compiled(copy(tmp_path / "posed", steps=steps(pose))))
    assert "The yard is dark." in text and text == plain

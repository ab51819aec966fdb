"""`hold`: both arms round whoever is before them, a pose walked in. Written in a direction it
compiles to the cast's pose, and is kept on a walk; misspelt, it is refused where it was written."""

from __future__ import annotations

from pathlib import Path

from test_stage_directions import compiled, copy, errors, where

from game.story import events as ev
from game.story.stagewords import MOVING_POSES, POSES
from game.story.story import StageI

STEPS = ('    - "The yard is dark."\n'
         '    - stage: {cast: {"7723": {at: porch, face: left, pose: hold}, mai: {face: right, pose: hold}}}\n'
         '    - stage: {cast: {"7723": {walk: dog, pose: hold}}, wait: true}\n')


def test_hold_is_a_pose_walked_in() -> None:
    assert "hold" in POSES and "hold" in MOVING_POSES


def test_a_hold_direction_compiles_to_the_cast_pose(tmp_path: Path) -> None:
    story = compiled(copy(tmp_path, steps=STEPS))
    first, second = [i.stage for i in story.node("yard", "look").code if isinstance(i, StageI)][:2]
    assert first.cast == (ev.Cast("7723", "porch", False, "left", "hold"), ev.Cast("mai", "", False, "right", "hold"))
    assert second.cast == (ev.Cast("7723", "dog", True, "", "hold"),)


def test_a_misspelt_hold_is_refused_where_it_was_written(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "The yard is dark."\n    - stage: {cast: {"7723": {pose: hodl}}}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'hodl')}: input should be 'stand'") for e in found), found

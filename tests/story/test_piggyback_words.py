"""`piggyback`: 7723 with Mai on his back, a pose he walks in. Written in a direction it compiles to the
cast's pose, and is kept on a walk; misspelt, it is refused where it was written; the terminal, which
draws nobody, prints nothing for it."""

from __future__ import annotations

from pathlib import Path

from test_stage_directions import compiled, copy, errors, in_terminal, where

from game.story import events as ev
from game.story.stagewords import MOVING_POSES, POSES
from game.story.story import StageI

STEPS = ('    - "The yard is dark."\n'
         '    - stage: {cast: {"7723": {at: porch, face: up, pose: piggyback}, mai: leave}}\n'
         '    - stage: {cast: {"7723": {walk: dog, pose: piggyback}}, wait: true}\n')


def test_piggyback_is_a_pose_walked_in() -> None:
    assert "piggyback" in POSES and "piggyback" in MOVING_POSES


def test_a_piggyback_direction_compiles_to_the_cast_pose(tmp_path: Path) -> None:
    story = compiled(copy(tmp_path, steps=STEPS))
    first, second = [i.stage for i in story.node("yard", "look").code if isinstance(i, StageI)][:2]
    assert first.cast == (ev.Cast("7723", "porch", False, "up", "piggyback"), ev.Cast("mai", leave=True))
    assert second.cast == (ev.Cast("7723", "dog", True, "", "piggyback"),)


def test_a_misspelt_piggyback_is_refused_where_it_was_written(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "The yard is dark."\n    - stage: {cast: {"7723": {pose: piggy_back}}}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'piggy_back')}: input should be 'stand'") for e in found), found


def test_the_terminal_prints_nothing_for_it(tmp_path: Path) -> None:
    story = compiled(copy(tmp_path, steps=STEPS))
    text = in_terminal(story)
    assert "The yard is dark." in text
    assert "piggyback" not in text and "porch" not in text

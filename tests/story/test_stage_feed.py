"""The `feed` light (a camera's picture on a map's big screens): a direction may turn it on, and a
misspelt light is still an error where it was written."""

from __future__ import annotations

from pathlib import Path

from test_stage_directions import compiled, copy, errors, where

from game.story.story import StageI


def test_feed_is_a_light_a_direction_turns_on(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "The yard is dark."\n    - stage: {lights: [screens, feed]}\n')
    stage = next(i.stage for i in compiled(root).node("yard", "look").code if isinstance(i, StageI))
    assert stage.lights == ("screens", "feed")


def test_a_misspelt_feed_is_reported_where_it_was_written(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "The yard is dark."\n    - stage: {lights: [screens, feeds]}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'feeds')}: input should be") and "'feed'" in e for e in found), found

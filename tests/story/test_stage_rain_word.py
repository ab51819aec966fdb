"""The `rain` word (weather, said among the lights): a direction may turn it on beside lights, and a
misspelt one is still an error where it was written."""

from __future__ import annotations

from pathlib import Path

from test_stage_directions import compiled, copy, errors, where

from game.story.story import StageI


def test_rain_is_said_among_the_lights(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "It starts to pour."\n    - stage: {lights: [neon, rain]}\n')
    stage = next(i.stage for i in compiled(root).node("yard", "look").code if isinstance(i, StageI))
    assert stage.lights == ("neon", "rain")


def test_a_misspelt_rain_is_reported_where_it_was_written(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "It starts to pour."\n    - stage: {lights: [neon, rainy]}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'rainy')}: input should be") and "'rain'" in e for e in found), found

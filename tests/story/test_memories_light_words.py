"""`memories`: 7723's held memories in a ring round him, said among the lights. A direction may turn
it on beside other lights; misspelt, it is refused where it was written."""

from __future__ import annotations

from pathlib import Path

from test_stage_directions import compiled, copy, errors, where

from game.story.stagewords import LIGHTS
from game.story.story import StageI


def test_memories_is_a_light_word() -> None:
    assert "memories" in LIGHTS


def test_a_direction_turns_the_ring_on_beside_other_lights(tmp_path: Path) -> None:
    story = compiled(copy(tmp_path, steps='    - "The yard is dark."\n    - stage: {lights: [chest, memories]}\n'))
    first = next(i.stage for i in story.node("yard", "look").code if isinstance(i, StageI))
    assert first.lights == ("chest", "memories")


def test_a_misspelt_memories_is_refused_where_it_was_written(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "The yard is dark."\n    - stage: {lights: [chest, memorys]}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'memorys')}: input should be 'chest'") for e in found), found

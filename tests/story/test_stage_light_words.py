"""Words said among the lights beyond the lamps: `feed` (a camera's picture on a map's big screens)
and `rain` (weather). A direction may turn each on beside other lights, and a misspelt one is still
an error where it was written."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_stage_directions import compiled, copy, errors, where

from game.story.story import StageI

WORDS = [  # the line before, the other light beside it, the word, and a misspelling of it
    ('"The yard is dark."', "screens", "feed", "feeds"),
    ('"It starts to pour."', "neon", "rain", "rainy"),
    ('"Saturday, and the sun is out."', "lamps", "sun", "sunny"),
]


def _with_lights(tmp_path: Path, line: str, lights: str) -> Path:
    return copy(tmp_path, steps=f"    - {line}\n    - stage: {{lights: [{lights}]}}\n")


@pytest.mark.parametrize(("line", "beside", "word", "typo"), WORDS)
def test_a_direction_turns_it_on_beside_another_light(tmp_path: Path, line: str, beside: str, word: str,
                                                      typo: str) -> None:
    root = _with_lights(tmp_path, line, f"{beside}, {word}")
    stage = next(i.stage for i in compiled(root).node("yard", "look").code if isinstance(i, StageI))
    assert stage.lights == (beside, word)


@pytest.mark.parametrize(("line", "beside", "word", "typo"), WORDS)
def test_a_misspelling_is_reported_where_it_was_written(tmp_path: Path, line: str, beside: str, word: str,
                                                        typo: str) -> None:
    root = _with_lights(tmp_path, line, f"{beside}, {typo}")
    found = errors(root)
    assert any(e.startswith(f"{where(root, typo)}: input should be") and f"'{word}'" in e for e in found), found

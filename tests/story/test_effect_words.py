"""Every `effect:` word (a flash, a fade, sparks, the weeks passing, a sunrise, the lanterns going
out…): it compiles to the direction's effect; misspelt, it is refused where it was written; the
schema offers it; the terminal, whose narration tells what the picture shows, prints nothing for it.
A word added to `stagewords.EFFECTS` is checked here without a test of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_stage_directions import compiled, copy, errors, in_terminal, where

from game.story import model as m
from game.story.stagewords import EFFECTS
from game.story.story import StageI


def steps(word: str, wait: bool = False) -> str:
    return '    - "The yard is dark."\n' + f"    - stage: {{effect: {word}{', wait: true' if wait else ''}}}\n"


@pytest.mark.parametrize("word", EFFECTS)
def test_it_compiles_to_the_effect(tmp_path: Path, word: str) -> None:
    story = compiled(copy(tmp_path, steps=steps(word, wait=True)))
    (stage,) = [i.stage for i in story.node("yard", "look").code if isinstance(i, StageI)][:1]
    assert stage.effect == word and stage.wait


@pytest.mark.parametrize("word", EFFECTS)
def test_a_misspelt_one_is_refused_where_it_was_written(tmp_path: Path, word: str) -> None:
    wrong = word[:-1] + "q"
    root = copy(tmp_path, steps=steps(wrong))
    found = errors(root)
    assert any(e.startswith(f"{where(root, wrong)}: input should be 'flash'") for e in found), found


@pytest.mark.parametrize("word", EFFECTS)
def test_the_schema_offers_it(word: str) -> None:
    assert f"'{word}'" in str(m.json_schema()["$defs"]["StageDirections"]["properties"]["effect"])


@pytest.mark.parametrize("word", EFFECTS)
def test_the_terminal_prints_nothing_for_it(tmp_path: Path, word: str) -> None:
    plain = in_terminal(compiled(copy(tmp_path / "plain", steps='    - "The yard is dark."\n')))
    text = in_terminal(compiled(copy(tmp_path / "with", steps=steps(word))))
    assert "The yard is dark." in text and text == plain

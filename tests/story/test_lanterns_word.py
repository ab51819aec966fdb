"""`effect: lanterns` (7723's memories going up out of him one by one and going out): it compiles to
the direction's effect; misspelt, it is refused where it was written; the schema offers it; the
terminal, whose narration tells it, prints nothing for it."""

from __future__ import annotations

from pathlib import Path

from test_stage_directions import compiled, copy, errors, in_terminal, where

from game.story import model as m
from game.story.stagewords import EFFECTS
from game.story.story import StageI

STEPS = ('    - "The yard is dark."\n'
         '    - stage: {effect: lanterns}\n')


def test_it_compiles_to_the_effect(tmp_path: Path) -> None:
    assert "lanterns" in EFFECTS
    story = compiled(copy(tmp_path, steps=STEPS))
    (stage,) = [i.stage for i in story.node("yard", "look").code if isinstance(i, StageI)][:1]
    assert stage.effect == "lanterns"


def test_a_misspelt_one_is_refused_where_it_was_written(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "The yard is dark."\n    - stage: {effect: lantern}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'lantern')}: input should be 'flash'") for e in found), found


def test_the_schema_offers_it() -> None:
    assert "lanterns" in str(m.json_schema()["$defs"]["StageDirections"]["properties"]["effect"])


def test_the_terminal_prints_nothing_for_it(tmp_path: Path) -> None:
    text = in_terminal(compiled(copy(tmp_path, steps=STEPS)))
    assert "The yard is dark." in text and "lantern" not in text

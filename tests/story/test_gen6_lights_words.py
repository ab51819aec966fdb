"""The lights `gen6` and `gen6_red` (the Gen 6 under the stadium's seats, orange, then red): they compile
to the direction's lights; misspelt, they are refused where they were written; the schema offers
them; the terminal prints nothing for them."""

from __future__ import annotations

from pathlib import Path

from test_stage_directions import compiled, copy, errors, in_terminal, where

from game.story import model as m
from game.story.stagewords import LIGHTS
from game.story.story import StageI

STEPS = ('    - "The yard is dark."\n'
         '    - stage: {lights: [lamps, gen6]}\n'
         '    - stage: {lights: [lamps, gen6_red]}\n')


def test_they_compile_to_the_lights(tmp_path: Path) -> None:
    assert "gen6" in LIGHTS and "gen6_red" in LIGHTS
    story = compiled(copy(tmp_path, steps=STEPS))
    first, second = [i.stage for i in story.node("yard", "look").code if isinstance(i, StageI)][:2]
    assert first.lights == ("lamps", "gen6") and second.lights == ("lamps", "gen6_red")


def test_a_misspelt_one_is_refused_where_it_was_written(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "The yard is dark."\n    - stage: {lights: [gen6red]}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'gen6red')}: input should be 'chest'") for e in found), found


def test_the_schema_offers_them() -> None:
    text = str(m.json_schema()["$defs"]["StageDirections"]["properties"]["lights"])
    assert "'gen6'" in text and "'gen6_red'" in text


def test_the_terminal_prints_nothing_for_them(tmp_path: Path) -> None:
    text = in_terminal(compiled(copy(tmp_path, steps=STEPS)))
    assert "The yard is dark." in text and "gen6" not in text

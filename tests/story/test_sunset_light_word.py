"""The light `sunset` (a low sun at dusk over a map drawn for the night): it compiles to the direction's
lights; misspelt, it is refused where it was written; the schema offers it; the terminal prints
nothing for it."""

from __future__ import annotations

from pathlib import Path

from test_stage_directions import compiled, copy, errors, in_terminal, where

from game.story import model as m
from game.story.stagewords import LIGHTS
from game.story.story import StageI

STEPS = '    - "The yard is dark."\n    - stage: {time: dusk, lights: [sunset, lamps]}\n'


def test_it_compiles_to_the_lights(tmp_path: Path) -> None:
    assert "sunset" in LIGHTS
    story = compiled(copy(tmp_path, steps=STEPS))
    first = next(i.stage for i in story.node("yard", "look").code if isinstance(i, StageI))
    assert first.lights == ("sunset", "lamps") and first.time == "dusk"


def test_a_misspelt_one_is_refused_where_it_was_written(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "The yard is dark."\n    - stage: {lights: [sun_set]}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'sun_set')}: input should be 'chest'") for e in found), found


def test_the_schema_offers_it() -> None:
    assert "'sunset'" in str(m.json_schema()["$defs"]["StageDirections"]["properties"]["lights"])


def test_the_terminal_prints_nothing_for_it(tmp_path: Path) -> None:
    text = in_terminal(compiled(copy(tmp_path, steps=STEPS)))
    assert "The yard is dark." in text and "sunset" not in text

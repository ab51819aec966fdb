"""`dance` (rocking from side to side on the beat: the noodle robot, its jingle gone punk). Written in
a direction it compiles to the cast's pose; misspelt, it is refused where it was written; the schema
offers it; the terminal, which draws nobody, prints nothing for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_stage_directions import compiled, copy, errors, in_terminal, where

from game.story import events as ev
from game.story import model as m
from game.story.stagewords import HELD_POSES, MOVING_POSES, POSES
from game.story.story import StageI

STEPS = ('    - "The yard is dark."\n'
         '    - stage: {cast: {mai: {at: porch, face: left, pose: dance}}}\n'
         '    - stage: {cast: {mai: {pose: stand}}}\n')


def test_dance_is_a_pose_held_where_they_stand() -> None:
    assert "dance" in POSES and "dance" not in HELD_POSES and "dance" not in MOVING_POSES


def test_it_compiles_to_the_cast_pose(tmp_path: Path) -> None:
    story = compiled(copy(tmp_path, steps=STEPS))
    first, second = [i.stage for i in story.node("yard", "look").code if isinstance(i, StageI)][:2]
    assert first.cast == (ev.Cast("mai", "porch", False, "left", "dance"),)
    assert second.cast == (ev.Cast("mai", pose="stand"),)


@pytest.mark.parametrize("junk", ["dancing", "danse"])
def test_a_misspelt_one_is_refused_where_it_was_written(tmp_path: Path, junk: str) -> None:
    root = copy(tmp_path, steps=f'    - "The yard is dark."\n    - stage: {{cast: {{mai: {{pose: {junk}}}}}}}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, junk)}: input should be 'stand'") for e in found), found


def test_the_schema_offers_it() -> None:
    assert "'dance'" in str(m.json_schema()["$defs"]["CastPart"]["properties"]["pose"])


def test_the_terminal_prints_nothing_for_it(tmp_path: Path) -> None:
    text = in_terminal(compiled(copy(tmp_path, steps=STEPS)))
    assert "The yard is dark." in text and "dance" not in text

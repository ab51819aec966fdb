"""`reach` (an arm up the way they face with nothing in it: 7723's, the cannon gone) and `slack` (gone
limp, head down and greyed: Pin once Ares lets go of him). Written in a direction they compile to the
cast's pose; misspelt, they are refused where they were written; the schema offers them; the
terminal, which draws nobody, prints nothing for them."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_stage_directions import compiled, copy, errors, in_terminal, where

from game.story import events as ev
from game.story import model as m
from game.story.stagewords import HELD_POSES, MOVING_POSES, POSES
from game.story.story import StageI

STEPS = ('    - "The yard is dark."\n'
         '    - stage: {cast: {"7723": {at: porch, face: left, pose: reach}, mai: {face: right, pose: slack}}}\n'
         '    - stage: {cast: {"7723": {pose: stand}, mai: {pose: stand}}}\n')


def test_reach_is_held_standing_and_slack_is_walked_in() -> None:
    assert "reach" in POSES and "reach" in HELD_POSES and "reach" not in MOVING_POSES
    assert "slack" in POSES and "slack" in MOVING_POSES and "slack" not in HELD_POSES


def test_they_compile_to_the_cast_pose(tmp_path: Path) -> None:
    story = compiled(copy(tmp_path, steps=STEPS))
    first, second = [i.stage for i in story.node("yard", "look").code if isinstance(i, StageI)][:2]
    assert first.cast == (ev.Cast("7723", "porch", False, "left", "reach"), ev.Cast("mai", "", False, "right", "slack"))
    assert second.cast == (ev.Cast("7723", pose="stand"), ev.Cast("mai", pose="stand"))


@pytest.mark.parametrize("junk", ["reaching", "slak"])
def test_a_misspelt_one_is_refused_where_it_was_written(tmp_path: Path, junk: str) -> None:
    root = copy(tmp_path, steps=f'    - "The yard is dark."\n    - stage: {{cast: {{"7723": {{pose: {junk}}}}}}}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, junk)}: input should be 'stand'") for e in found), found


def test_the_schema_offers_them() -> None:
    text = str(m.json_schema()["$defs"]["CastPart"]["properties"]["pose"])
    assert "'reach'" in text and "'slack'" in text


def test_the_terminal_prints_nothing_for_them(tmp_path: Path) -> None:
    story = compiled(copy(tmp_path, steps=STEPS))
    text = in_terminal(story)
    assert "The yard is dark." in text
    assert "reach" not in text and "slack" not in text

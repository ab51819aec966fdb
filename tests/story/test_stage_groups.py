"""Groups in stage directions (`fan*`: everyone on the map whose name or sprite begins `fan`), people of
the map who are no character (a passer-by drawn as crowd_a), and `leave: spot` (walk there, then go):
compiled into `Cast` events, and every slip reported where it was written."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_stage_directions import compiled, copy, edit, errors, where

from game.story import events as ev
from game.story.stagewords import group_prefix
from game.story.story import StageI

FANS = "".join(
    f'  <object id="{20 + n}" name="fan_{n}" type="npc" x="{8 + 8 * n}" y="56"><properties>'
    f'<property name="sprite" value="crowd_a"/></properties><point/></object>\n' for n in range(3)
) + " </objectgroup>"


def directed(tmp_path: Path, direction: str) -> Path:
    root = copy(tmp_path, steps=f'    - "The yard is dark."\n    - stage: {direction}\n')
    edit(root / "levels/yard.tmx", " </objectgroup>", FANS)
    return root


def cast_of(root: Path) -> tuple[ev.Cast, ...]:
    return next(i.stage for i in compiled(root).node("yard", "look").code if isinstance(i, StageI)).cast


def test_a_group_is_a_prefix_and_a_star() -> None:
    assert group_prefix("fan*") == "fan"
    assert [group_prefix(w) for w in ("fan", "*", "f*n*", "qbot#2*")] == [None, None, None, None]


def test_a_group_leaves_walks_off_or_walks_and_turns(tmp_path: Path) -> None:
    root = directed(tmp_path, '{cast: {"fan*": {leave: dog}, "crowd_a*": {walk: porch, face: up}}}')
    assert cast_of(root) == (ev.Cast("fan*", "dog", walk=True, leave=True),
                             ev.Cast("crowd_a*", "porch", walk=True, face="up"))
    root = directed(tmp_path / "b", '{cast: {"fan*": leave}}')
    assert cast_of(root) == (ev.Cast("fan*", leave=True),)


def test_one_person_of_the_crowd_is_directed_by_name_though_no_character(tmp_path: Path) -> None:
    root = directed(tmp_path, '{cast: {fan_1: {walk: dog}, "crowd_a#3": leave, mai: {leave: dog}}}')
    assert cast_of(root) == (ev.Cast("fan_1", "dog", walk=True), ev.Cast("crowd_a#3", leave=True),
                             ev.Cast("mai", "dog", walk=True, leave=True))


@pytest.mark.parametrize(("direction", "needle", "message"), [
    ('{cast: {"nobody*": leave}}', "nobody", "no one on map levels/yard.tmx in this beat has a name or sprite "
                                             "beginning 'nobody'"),
    ('{cast: {"fan*": {at: dog}}}', "dog", "a group ('fan*') is people already on the map"),
    ('{cast: {"fan*": {walk: dog, leave: porch}}}', "porch", "a group that leaves by a spot is written"),
    ('{cast: {"fan*": {leave: kennel}}}', "kennel", "no object 'kennel' on map levels/yard.tmx"),
    ('{cast: {mai: {leave: kennel}}}', "kennel", "no object 'kennel' on map levels/yard.tmx"),
    ('{cast: {"7723": {leave: dog}}}', "dog", "7723 is not on the map here to leave"),
    ('{cast: {"crowd_a#4": leave}}', "crowd_a#4", "no character 'crowd_a#4'"),
    ('{cast: {crowd_a: leave}}', "crowd_a", "'crowd_a' is ambiguous: 3 people"),
    ('{cast: {"fan**": leave}}', "fan**", "no character 'fan**'"),
])
def test_each_slip_of_a_group_is_reported_where_it_was_written(tmp_path: Path, direction: str, needle: str,
                                                               message: str) -> None:
    root = directed(tmp_path, direction)
    found = errors(root)
    assert any(e.startswith(f"{where(root, needle)}: {message}") for e in found), (where(root, needle), found)


def test_the_stands_are_emptied_or_filled_and_nothing_else(tmp_path: Path) -> None:
    root = directed(tmp_path, "{stands: empty}")
    stage = next(i.stage for i in compiled(root).node("yard", "look").code if isinstance(i, StageI))
    assert stage.stands == "empty"
    root = directed(tmp_path / "b", "{stands: gone}")
    assert any(e.startswith(f"{where(root, 'gone')}: input should be 'empty', 'half' or 'full'") for e in errors(root))

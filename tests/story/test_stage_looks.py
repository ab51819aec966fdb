"""`look:` and `pace:` in a cast: how someone looks from now on (Mai's black eye), and how fast they go
where they walk (at a run). A known look or pace compiles to the
window's event, junk and someone not on the map are errors where they are written, the schema
offers the words, and the terminal shows nothing of it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from test_stage_directions import bad, compiled, copy, where

from game.story import events as ev
from game.story import model as m
from game.story import stagewords as sw
from game.story.runtime import Runtime
from game.story.session import PlaySession
from game.story.story import StageI
from game.textmode.play import TextGame


def directed(tmp_path: Path, direction: str):
    story = compiled(copy(tmp_path, steps=f'    - "The yard is dark."\n    - stage: {direction}\n'))
    return story, next(i.stage for i in story.node("yard", "look").code if isinstance(i, StageI))


def test_a_look_compiles_to_the_cast_event(tmp_path: Path) -> None:
    _, stage = directed(tmp_path, "{cast: {mai: {look: black_eye}}}")
    assert stage.cast == (ev.Cast("mai", look="black_eye"),)
    _, stage = directed(tmp_path / "b", '{cast: {mai: {look: plain, face: left}, "7723": {at: porch, look: plain}}}')
    assert [c.look for c in stage.cast] == ["plain", "plain"]


@pytest.mark.parametrize(("direction", "needle", "message"), [
    ("{cast: {mai: {look: bruised}}}", "bruised", "input should be 'plain', 'black_eye', 'fading_bruise' or 'chest_dark'"),
    ("{cast: {\"7723\": {look: black_eye}}}", "black_eye", "7723 is not on the map here to look"),
])
def test_junk_looks_are_rejected_where_written(tmp_path: Path, direction: str, needle: str, message: str) -> None:
    root, found = bad(tmp_path, direction)
    assert any(e.startswith(f"{where(root, needle)}: {message}") for e in found), (where(root, needle), found)


def test_the_schema_offers_the_looks() -> None:
    look = m.json_schema()["$defs"]["CastPart"]["properties"]["look"]
    assert set(look["anyOf"][0]["enum"]) == set(sw.LOOKS)


def test_the_terminal_shows_nothing_of_a_look(tmp_path: Path) -> None:
    story, stage = directed(tmp_path, "{cast: {mai: {look: black_eye}}}")
    out = io.StringIO()
    game = TextGame(PlaySession(Runtime(story)), out=out, read=lambda: "", interactive=False, color=False)
    game.stage(stage)
    assert out.getvalue() == ""


# --- pace: how fast someone goes where they walk ----------------------------------------------------


def test_a_pace_compiles_with_a_walk_or_a_walk_off(tmp_path: Path) -> None:
    _, stage = directed(tmp_path, '{cast: {mai: {walk: dog, pace: run}, "7723": {at: porch}}}')
    assert stage.cast[0] == ev.Cast("mai", "dog", walk=True, pace="run")
    _, stage = directed(tmp_path / "b", '{cast: {mai: {leave: dog, pace: run}}}')
    assert stage.cast[0].pace == "run" and stage.cast[0].leave


@pytest.mark.parametrize(("direction", "needle", "message"), [
    ("{cast: {mai: {walk: dog, pace: sprint}}}", "sprint", "input should be 'walk', 'run' or 'fly'"),
    ("{cast: {mai: {face: up, pace: run}}}", "run", "`pace` says how fast someone goes where they walk"),
    ("{cast: {mai: {at: dog, pace: run}}}", "run", "`pace` says how fast someone goes where they walk"),
])
def test_a_pace_with_nowhere_to_go_is_rejected(tmp_path: Path, direction: str, needle: str, message: str) -> None:
    root, found = bad(tmp_path, direction)
    assert any(e.startswith(f"{where(root, needle)}: {message}") for e in found), (where(root, needle), found)


def test_the_schema_offers_the_paces() -> None:
    pace = m.json_schema()["$defs"]["CastPart"]["properties"]["pace"]
    assert set(pace["anyOf"][0]["enum"]) == set(sw.PACES)

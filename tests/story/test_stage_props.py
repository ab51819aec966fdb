"""Props in stage directions: named from the story's catalogue, put at a spot of the map, given to
someone on it, laid down or taken away; every mistake reported where it was written; the terminal
shows none of it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from test_stage_directions import copy, errors, where

from game.story import events as ev
from game.story import model as m
from game.story.compiler import load_story
from game.story.props import read_catalogue
from game.story.runtime import Runtime
from game.story.session import PlaySession
from game.story.story import StageI
from game.textmode.play import TextGame

CATALOGUE = "bat:\n  about: a bat\n  carry: shoulder\nbox:\n  carry: arms\n  art: dads_box\n"


def story_with(tmp_path: Path, direction: str, catalogue: str = CATALOGUE) -> Path:
    root = copy(tmp_path, steps=f'    - "The yard is dark."\n    - stage: {direction}\n')
    (root / "story/props.yaml").write_text(catalogue, encoding="utf-8")
    return root


def props_of(root: Path) -> tuple[ev.Prop, ...]:
    story, diags = load_story(root / "story")
    assert story is not None, "\n".join(map(str, diags))
    return next(i.stage for i in story.node("yard", "look").code if isinstance(i, StageI)).props


def test_a_prop_is_placed_given_laid_down_and_taken_away(tmp_path: Path) -> None:
    root = story_with(tmp_path, '{props: {bat: {at: dog}, "box#2": {with: mai}, box: down, '
                                '"bat#2": {with: mai, carry: hand}}}')
    assert props_of(root) == (ev.Prop("bat", "bat", "shoulder", spot="dog"),
                              ev.Prop("box#2", "dads_box", "arms", holder="mai"),
                              ev.Prop("box", "dads_box", "arms", down=True),
                              ev.Prop("bat#2", "bat", "hand", holder="mai"))
    root = story_with(tmp_path / "b", "{props: {bat: leave}}")
    assert props_of(root) == (ev.Prop("bat", "bat", "shoulder", leave=True),)


def test_a_prop_is_sent_flying_from_where_it_lies_or_from_a_spot(tmp_path: Path) -> None:
    root = story_with(tmp_path, "{props: {bat: {at: dog, fly: up}, box: {fly: left}}}")
    assert props_of(root) == (ev.Prop("bat", "bat", "shoulder", spot="dog", fly="up"),
                              ev.Prop("box", "dads_box", "arms", fly="left"))


@pytest.mark.parametrize(("direction", "needle", "message"), [
    ("{props: {racket: {at: dog}}}", "racket", "no prop 'racket' (props are listed in story/props.yaml: bat, box)"),
    ("{props: {bat: {at: kennel}}}", "kennel", "no object 'kennel' on map levels/yard.tmx"),
    ("{props: {bat: {with: bob}}}", "bob", "no character 'bob' to hold it"),
    ("{props: {bat: {with: \"7723\"}}}", "7723", "7723 is not on the map here to hold 'bat'"),
    ("{props: {bat: {at: dog, with: mai}}}", "mai}", "one of them, not at and with"),
    ("{props: {bat: {}}}", "bat", "say what the prop does"),
    ("{props: {bat: {at: dog, carry: hand}}}", "hand", "`carry` says how someone holds the prop"),
    ("{props: {bat: {with: mai, carry: pocket}}}", "pocket", "input should be 'hand', 'shoulder'"),
    ("{props: {bat: away}}", "away", "a prop is `leave`, `down` or a mapping of at or with"),
    ("{props: {bat: {place: dog}}}", "place", "unknown key 'place'"),
    ("{props: {bat: {with: mai, fly: right}}}", "right}}}", "a prop sent flying goes from where it lies"),
    ("{props: {bat: {fly: sideways}}}", "sideways", "input should be 'up', 'down'"),
])
def test_junk_is_rejected_where_it_was_written(tmp_path: Path, direction: str, needle: str, message: str) -> None:
    root = story_with(tmp_path, direction)
    found = errors(root)
    assert any(e.startswith(where(root, needle)) and message in e for e in found), (where(root, needle), found)


def test_the_catalogue_itself_is_checked_at_path_line_col(tmp_path: Path) -> None:
    root = story_with(tmp_path, "{props: {bat: {at: dog}}}", "bat:\n  carry: pocket\nbad name:\n  carry: hand\n")
    catalogue, diags = read_catalogue(root / "story")
    shown = [str(d) for d in diags]
    assert any(s.startswith("story/props.yaml:2:10") and "'hand', 'shoulder'" in s for s in shown), shown
    assert any(s.startswith("story/props.yaml:3:1") and "not 'bad name'" in s for s in shown), shown
    assert "bat" not in catalogue.props


def test_the_schema_knows_props() -> None:
    schema = m.json_schema()
    props = schema["$defs"]["StageDirections"]["properties"]["props"]["anyOf"][0]
    assert {"const": "leave", "description": "goes off the map"} in props["additionalProperties"]["anyOf"]
    assert set(schema["$defs"]["PropPart"]["properties"]) == {"at", "with", "carry", "down", "leave", "fly"}


def test_the_shipped_catalogue_is_clean_and_drawn() -> None:
    root = Path(__file__).resolve().parents[2]
    catalogue, diags = read_catalogue(root / "story")
    assert not diags and catalogue.props
    for name in catalogue.props:
        assert (root / "assets/props" / f"{catalogue.art(name)}.png").is_file(), name


def test_the_terminal_shows_nothing_of_props(tmp_path: Path) -> None:
    root = story_with(tmp_path, "{props: {bat: {at: dog}}}")
    out = io.StringIO()
    story, _ = load_story(root / "story")
    assert story is not None
    game = TextGame(PlaySession(Runtime(story)), out=out, read=lambda: "", interactive=False, color=False)
    stage = next(i.stage for i in story.node("yard", "look").code if isinstance(i, StageI))
    game.stage(stage)
    assert out.getvalue() == ""


WRECKS = CATALOGUE + "broken_table:\n  carry: arms\n  over: lunchtable\n"


def test_a_wreck_is_put_at_the_big_tile_it_wrecks_and_nothing_else_is(tmp_path: Path) -> None:
    root = story_with(tmp_path, "{props: {broken_table: {at: lunchtable}}}", WRECKS)
    assert props_of(root) == (ev.Prop("broken_table", "broken_table", "arms", spot="lunchtable"),)
    root = story_with(tmp_path / "b", "{props: {bat: {at: lunchtable}}}", WRECKS)
    found = errors(root)
    assert any(e.startswith(where(root, "lunchtable")) and "no object 'lunchtable' on map" in e for e in found), found
    root = story_with(tmp_path / "c", "{props: {broken_table: {at: lunchtabel}}}", WRECKS)
    found = errors(root)
    assert any(e.startswith(where(root, "lunchtabel")) and "no object 'lunchtabel'" in e for e in found), found


def test_the_catalogue_names_what_a_wreck_lies_over_in_the_schema(tmp_path: Path) -> None:
    assert "over" in m.json_schema()["$defs"]["PropInfo"]["properties"]
    root = story_with(tmp_path, "{props: {bat: {at: dog}}}", "bat:\n  over: Lunch Table\n")
    _, diags = read_catalogue(root / "story")
    assert any(str(d).startswith("story/props.yaml:2:9") for d in diags), [str(d) for d in diags]


def test_a_prop_the_catalogue_lays_on_top_says_so_in_its_event(tmp_path: Path) -> None:
    root = story_with(tmp_path, "{props: {board: {at: dog}}}", CATALOGUE + "board:\n  on_top: true\n")
    assert props_of(root) == (ev.Prop("board", "board", "hand", spot="dog", on_top=True),)

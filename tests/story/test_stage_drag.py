"""`carry: drag`: a prop pulled along the ground behind whoever holds it (the old mattress under the
city). In the catalogue or beside `with:` it compiles to the prop's carry; misspelt it is refused where
it was written, in a direction or in the catalogue."""

from __future__ import annotations

from pathlib import Path

from test_stage_directions import errors, where
from test_stage_props import props_of, story_with

from game.story import events as ev
from game.story.props import read_catalogue
from game.story.stagewords import CARRIES

CATALOGUE = "mattress:\n  carry: drag\nbat:\n  carry: shoulder\n"


def test_drag_is_a_way_to_hold_a_prop() -> None:
    assert "drag" in CARRIES


def test_a_dragged_prop_compiles_from_the_catalogue_or_the_direction(tmp_path: Path) -> None:
    root = story_with(tmp_path, '{props: {mattress: {with: mai}, bat: {with: mai, carry: drag}}}', CATALOGUE)
    assert props_of(root) == (ev.Prop("mattress", "mattress", "drag", holder="mai"),
                              ev.Prop("bat", "bat", "drag", holder="mai"))


def test_a_misspelt_drag_is_refused_where_it_was_written(tmp_path: Path) -> None:
    root = story_with(tmp_path, "{props: {mattress: {with: mai, carry: dragged}}}", CATALOGUE)
    found = errors(root)
    assert any(e.startswith(where(root, "dragged")) and "input should be 'hand'" in e for e in found), found
    catalogue, diags = read_catalogue(story_with(tmp_path / "b", "{props: {bat: down}}", "bat:\n  carry: draged\n")
                                      / "story")
    assert any(str(d).startswith("story/props.yaml:2:10") for d in diags), [str(d) for d in diags]
    assert "bat" not in catalogue.props

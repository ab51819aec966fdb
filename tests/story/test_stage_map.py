"""`map:` in a stage direction: the scene moves to another map of `levels/` in the middle of a beat.

Spots and who is on the map are checked against the map in force (in source order) from there on;
the named map must exist; the terminal shows nothing of it; the story says which directions are
behind a point and where they left the scene, for a window that rebuilds its stage there."""

from __future__ import annotations

import io
import json
from pathlib import Path

from test_stage_directions import compiled, copy, edit, errors, where

from game.story import answers as an
from game.story import events as ev
from game.story.runtime import Runtime
from game.story.session import PlaySession
from game.story.stagemap import in_force, passed
from game.story.story import StageI
from game.textmode.play import TextGame

ROOT = Path(__file__).resolve().parents[2]
BENCH = '  <object id="9" name="bench" type="mark" x="24" y="24"><point/></object>\n </objectgroup>'


def with_shed(tmp_path: Path, steps: str) -> Path:
    """The mini story with `steps` after the yard's first line and a second map, `shed`, whose only
    named objects are its start and a mark 'bench' (no 'porch', no 'dog')."""
    root = copy(tmp_path, steps='    - "The yard is dark."\n' + steps, beat_stage="start: look\n")
    yard = (root / "levels/yard.tmx").read_text(encoding="utf-8")
    head, _, tail = yard.partition(' <objectgroup id="5" name="objects">')
    shed = head + ' <objectgroup id="5" name="objects">\n  <object id="1" name="start" type="start" x="24" y="24">' \
        '<point/></object>\n </objectgroup>' + tail.split("</objectgroup>", 1)[1]
    (root / "levels/shed.tmx").write_text(shed, encoding="utf-8")
    edit(root / "levels/shed.tmx", " </objectgroup>", BENCH)
    return root


def stages(root: Path) -> list[ev.Stage]:
    return [i.stage for i in compiled(root).node("yard", "look").code if isinstance(i, StageI)]


def test_a_map_direction_compiles_and_later_spots_are_the_new_maps(tmp_path: Path) -> None:
    root = with_shed(tmp_path, '    - stage: {cast: {mai: {at: porch}}}\n'
                               '    - stage: {map: shed, time: day, cast: {mai: {at: bench}}}\n'
                               '    - stage: {camera: "pan:bench"}\n')
    before, moved, after = stages(root)
    assert (before.map, moved.map, after.map) == ("", "shed", "")
    assert moved.cast == (ev.Cast("mai", "bench"),) and moved.time == "day"


def test_a_map_that_does_not_exist_is_reported_where_it_is_named(tmp_path: Path) -> None:
    root = with_shed(tmp_path, '    - stage: {map: nowhere}\n')
    assert f"{where(root, 'nowhere')}: no map levels/nowhere.tmx to move the scene to" in errors(root)


def test_a_spot_of_the_old_map_is_unknown_after_the_move(tmp_path: Path) -> None:
    root = with_shed(tmp_path, '    - stage: {map: shed}\n    - stage: {camera: "pan:porch"}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'pan:porch')}: no object 'porch' on map levels/shed.tmx") for e in found), \
        found


def test_before_the_move_the_beats_own_map_is_used(tmp_path: Path) -> None:
    root = with_shed(tmp_path, '    - stage: {cast: {mai: {at: bench}}}\n    - stage: {map: shed}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'bench')}: no object 'bench' on map levels/yard.tmx") for e in found), \
        found


def test_nobody_placed_on_the_old_map_comes_along(tmp_path: Path) -> None:
    root = with_shed(tmp_path, '    - stage: {cast: {"7723": {at: porch}}}\n    - stage: {map: shed}\n'
                               '    - stage: {cast: {"7723": {walk: bench}}}\n')
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'bench')}: 7723 is not on the map here to walk") for e in found), \
        found
    placed = with_shed(tmp_path / "again", '    - stage: {cast: {"7723": {at: porch}}}\n'
                                           '    - stage: {map: shed, cast: {"7723": {at: start}}}\n'
                                           '    - stage: {cast: {"7723": {walk: bench}}}\n')
    assert len(stages(placed)) == 3, "placed again on the new map, he can walk there"


def test_the_terminal_shows_nothing_of_a_move_without_a_note(tmp_path: Path) -> None:
    root = with_shed(tmp_path, '    - stage: {map: shed}\n    - "The shed is colder."\n')
    feed = iter(["quit\n"])
    out = io.StringIO()
    TextGame(PlaySession(Runtime(compiled(root))), out=out, read=lambda: next(feed, ""), interactive=False,
             color=False).run()
    text = out.getvalue()
    assert "The yard is dark." in text and "The shed is colder." in text
    assert "shed\n" not in text.replace("The shed is colder.", "") and "[" not in text.split("The yard is dark.")[1]


def test_the_directions_behind_a_point_say_where_the_scene_is(tmp_path: Path) -> None:
    root = with_shed(tmp_path, '    - stage: {time: night}\n    - "Still the yard."\n'
                               '    - stage: {map: shed, cast: {mai: {at: bench}}}\n    - stage: {time: day}\n'
                               '    - "Now the shed."\n')
    story = compiled(root)
    rt = Runtime(story)
    seen: dict[str, tuple[str, int]] = {}
    while not isinstance(rt.event, ev.Choice):
        e = rt.event
        if isinstance(e, ev.Line):
            where_now, behind = in_force(passed(story.beats["yard"], rt.state.node, rt.state.pc))
            seen[e.text] = (where_now, len(behind))
        rt.answer(an.ADVANCE)
    assert seen["The yard is dark."] == ("", 0)
    assert seen["Still the yard."] == ("", 1), "the beat's map, with the one direction before it"
    assert seen["Now the shed."] == ("shed", 2), "the shed, with the move and what came after it"


def test_the_schema_offers_map(tmp_path: Path) -> None:
    schema = json.loads((ROOT / "story/story.schema.json").read_text(encoding="utf-8"))
    assert "map" in schema["$defs"]["StageDirections"]["properties"]

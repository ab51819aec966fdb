"""A spot the story offers to explore on a map needs a `spot` object there; the linter says which
is missing, at the map's `objects` layer, with where the story offers it."""

from __future__ import annotations

from pathlib import Path

from test_map_linter import START, write_map

from game.levels import lint_levels, lint_map

BOX = ('  <object id="2" name="box" type="spot" x="32" y="16" width="16" height="16">'
       '<properties><property name="node" value="box"/></properties></object>\n')
WHY = "beat 'yard' offers to explore from node 'look' (story/beats/01_yard.yaml:9)"


def test_every_needed_spot_present(tmp_path: Path) -> None:
    path = write_map(tmp_path, objects=START + BOX)
    assert lint_map(path, {"room"}, {"box", "look"}, needed_spots={"box": WHY}) == []


def test_a_missing_spot_is_reported_at_the_objects_layer(tmp_path: Path) -> None:
    path = write_map(tmp_path, objects=START + BOX)
    problems = lint_map(path, {"room"}, {"box", "gate", "look"}, needed_spots={"box": WHY, "gate": WHY})
    assert len(problems) == 1
    p = problems[0]
    group_line = next(i for i, line in enumerate(path.read_text().splitlines(), 1) if "<objectgroup" in line)
    assert (p.path, p.line, p.col) == (str(path), group_line, 2)
    assert p.message.startswith(f"no spot object starts node 'gate', which {WHY}: add a 'spot' object")
    assert p.severity == "warning" and str(p).startswith(f"{path}:{group_line}:2: warning: no spot object")


def test_lint_levels_passes_each_map_its_own_needs(tmp_path: Path) -> None:
    write_map(tmp_path, "room", objects=START + BOX)
    write_map(tmp_path, "hall", objects=START)
    problems = lint_levels(tmp_path, {"room": {"box"}, "hall": {"box"}},
                           needed_spots_by_map={"room": {"box": WHY}, "hall": {"box": WHY}})
    assert [(Path(p.path).name, p.message.split(",")[0]) for p in problems] == [
        ("hall.tmx", "no spot object starts node 'box'")]

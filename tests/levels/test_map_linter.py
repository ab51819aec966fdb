"""The map linter catches each mistake a designer can make in Tiled, on small maps written here,
and answers with the file, line and column — never a traceback."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from game.levels import lint_levels, lint_map, spots, walkable_path_exists
from game.levels.lint import Problem

TSX = """<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" name="t" tilewidth="16" tileheight="16" tilecount="4" columns="2">
 <image source="t.png" width="32" height="32"/>
</tileset>
"""


def write_map(folder: Path, name: str = "room", objects: str = "", collision: str | None = None,
              tileset: str = "t.tsx", width: int = 5, height: int = 4) -> Path:
    """A tiny valid map (5×4, wall ring on the collision layer) with the given objects."""
    (folder / "t.tsx").write_text(TSX)
    (folder / "t.png").write_bytes(b"\x89PNG")
    blank = ",\n".join(",".join(["0"] * width) for _ in range(height))
    ring = ",\n".join(",".join("1" if x in (0, width - 1) or y in (0, height - 1) else "0" for x in range(width))
                      for y in range(height))
    layers = ""
    for i, layer in enumerate(("ground", "detail", "above", "collision"), 1):
        data = (collision if collision is not None else ring) if layer == "collision" else blank
        hidden = ' visible="0"' if layer == "collision" else ""
        layers += (f' <layer id="{i}" name="{layer}" width="{width}" height="{height}"{hidden}>\n'
                   f'  <data encoding="csv">\n{data}\n</data>\n </layer>\n')
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<map version="1.10" orientation="orthogonal" width="{width}" height="{height}" tilewidth="16" '
            f'tileheight="16">\n <tileset firstgid="1" source="{tileset}"/>\n{layers}'
            f' <objectgroup id="5" name="objects">\n{objects} </objectgroup>\n</map>\n')
    path = folder / f"{name}.tmx"
    path.write_text(text)
    return path


START = '  <object id="1" name="start" type="start" x="24" y="24"><point/></object>\n'


def messages(problems: list[Problem]) -> list[str]:
    return [p.message for p in problems]


def test_a_good_map_is_clean(tmp_path: Path) -> None:
    spot = ('  <object id="2" name="box" type="spot" x="32" y="16" width="16" height="16">'
            '<properties><property name="node" value="box"/></properties></object>\n')
    path = write_map(tmp_path, objects=START + spot)
    assert lint_map(path, {"room"}, {"box"}) == []
    assert spots(path) == ["box"]


def test_missing_start(tmp_path: Path) -> None:
    problems = lint_map(write_map(tmp_path), {"room"}, None)
    assert messages(problems) == ["map needs exactly one object of type 'start', found 0"]
    assert problems[0].line > 1


def test_two_starts(tmp_path: Path) -> None:
    second = START.replace('id="1"', 'id="2"')
    path = write_map(tmp_path, objects=START + second)
    problems = lint_map(path, {"room"}, None)
    line = path.read_text().splitlines().index(second.rstrip("\n")) + 1
    assert "found 2" in problems[0].message and problems[0].line == line  # points at the extra one


def test_start_in_a_wall(tmp_path: Path) -> None:
    wall_start = '  <object id="1" name="start" type="start" x="4" y="4"><point/></object>\n'
    path = write_map(tmp_path, objects=wall_start)
    problems = lint_map(path, {"room"}, None)
    assert messages(problems) == ["start 'start' stands on a collision tile at (0, 0)"]
    line = path.read_text().splitlines().index(wall_start.rstrip("\n")) + 1
    assert (problems[0].line, problems[0].col) == (line, 3)
    assert str(problems[0]).startswith(f"{path}:{line}:3: ")


def test_exit_to_nowhere(tmp_path: Path) -> None:
    exit_ = ('  <object id="2" name="door" type="exit" x="16" y="16" width="16" height="16">'
             '<properties><property name="to" value="narnia"/></properties></object>\n')
    problems = lint_map(write_map(tmp_path, objects=START + exit_), {"room"}, None)
    assert messages(problems) == ["exit 'door' leads to 'narnia', which is not a map in this folder"]


def test_exit_without_to_and_arrival_that_does_not_exist(tmp_path: Path) -> None:
    bare = '  <object id="2" name="door" type="exit" x="16" y="16" width="16" height="16"/>\n'
    assert "has no property 'to'" in lint_map(write_map(tmp_path, objects=START + bare), {"room"})[0].message
    write_map(tmp_path, name="hall", objects=START)
    arrive = ('  <object id="2" name="door" type="exit" x="16" y="16" width="16" height="16"><properties>'
              '<property name="to" value="hall"/><property name="start" value="porch"/></properties></object>\n')
    write_map(tmp_path, objects=START + arrive)
    problems = lint_levels(tmp_path)
    assert messages(problems) == ["exit 'door' arrives at 'porch', which is no entry in 'hall'"]


def test_object_outside_the_map(tmp_path: Path) -> None:
    far = ('  <object id="2" name="lost" type="spot" x="70" y="16" width="32" height="16">'
           '<properties><property name="node" value="lost"/></properties></object>\n')
    problems = lint_map(write_map(tmp_path, objects=START + far), {"room"}, None)
    assert messages(problems) == ["spot 'lost' lies outside the map (5×4 tiles)"]


def test_walker_path_outside_the_map(tmp_path: Path) -> None:
    walker = ('  <object id="2" name="w" type="walker" x="24" y="24"><properties>'
              '<property name="sprite" value="qbot"/></properties><polyline points="0,0 200,0"/></object>\n')
    problems = lint_map(write_map(tmp_path, objects=START + walker), {"room"}, None)
    assert messages(problems) == ["walker 'w' lies outside the map (5×4 tiles)"]


def test_malformed_xml_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.tmx"
    path.write_text('<?xml version="1.0"?>\n<map width="5" height="4">\n <layer name="ground"\n</map>\n')
    problems = lint_map(path, {"broken"}, None)
    assert len(problems) == 1
    assert problems[0].message.startswith("malformed XML")
    assert (problems[0].line, problems[0].col) == (4, 1)


def test_not_a_map_and_empty_file(tmp_path: Path) -> None:
    (tmp_path / "a.tmx").write_text("<tileset/>")
    (tmp_path / "b.tmx").write_text("")
    problems = lint_levels(tmp_path)
    assert [p.message for p in problems][0] == "root element is <tileset>, expected <map>"
    assert problems[1].message.startswith("malformed XML")


def test_doctype_and_entities_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.tmx"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE map [<!ENTITY a "aaaa">]>\n<map>&a;</map>\n')
    problems = lint_map(path, set(), None)
    assert messages(problems) == ["document type declarations are not allowed in a map"]


def test_spot_without_node_and_unknown_node(tmp_path: Path) -> None:
    bare = '  <object id="2" name="thing" type="spot" x="16" y="16" width="16" height="16"/>\n'
    assert "has no property 'node'" in lint_map(write_map(tmp_path, objects=START + bare), {"room"})[0].message
    named = ('  <object id="2" name="thing" type="spot" x="16" y="16" width="16" height="16">'
             '<properties><property name="node" value="kennell"/></properties></object>\n')
    path = write_map(tmp_path, objects=START + named)
    assert lint_map(path, {"room"}, None) == []
    assert messages(lint_map(path, {"room"}, {"kennel"})) == [
        "spot 'thing' starts node 'kennell', which the story does not define"]


def test_duplicate_ids_and_unknown_type(tmp_path: Path) -> None:
    twin = ('  <object id="1" name="npc" type="npc" x="24" y="24"><properties>'
            '<property name="sprite" value="qbot"/></properties><point/></object>\n')
    odd = '  <object id="3" name="x" type="teleport" x="24" y="24"><point/></object>\n'
    found = messages(lint_map(write_map(tmp_path, objects=START + twin + odd), {"room"}, None))
    assert any(m.startswith("object id 1 is also used on line") for m in found)
    assert any("unknown type 'teleport'" in m for m in found)


def test_npc_needs_a_known_sprite(tmp_path: Path) -> None:
    npc = ('  <object id="2" name="ghost" type="npc" x="24" y="24"><properties>'
           '<property name="sprite" value="ghost"/></properties><point/></object>\n')
    path = write_map(tmp_path, objects=START + npc)
    assert messages(lint_map(path, {"room"}, None, known_sprites={"qbot"})) == [
        "npc 'ghost' uses sprite 'ghost', which does not exist"]


def test_missing_tileset_and_escaping_tileset(tmp_path: Path) -> None:
    problems = lint_map(write_map(tmp_path, objects=START, tileset="gone.tsx"), {"room"}, None)
    assert "tileset 'gone.tsx' does not exist" in messages(problems)
    outside = tmp_path.parent / "secret.tsx"
    problems = lint_map(write_map(tmp_path, objects=START, tileset="../secret.tsx"), {"room"}, None)
    assert messages(problems) == ["tileset '../secret.tsx' lies outside the levels folder; refusing to read it"]
    assert not outside.exists()


def test_layers_and_visibility(tmp_path: Path) -> None:
    path = write_map(tmp_path, objects=START)
    text = path.read_text().replace(' name="collision" width="5" height="4" visible="0"',
                                    ' name="collision" width="5" height="4"')
    text = text.replace('name="above"', 'name="overhead"')
    path.write_text(text)
    found = messages(lint_map(path, {"room"}, None))
    assert "map has no tile layer named 'above'" in found
    assert 'layer \'collision\' should be hidden (visible="0")' in found


def test_bad_tile_numbers_and_short_data(tmp_path: Path) -> None:
    short = "1,1,1"
    found = messages(lint_map(write_map(tmp_path, objects=START, collision=short), {"room"}, None))
    assert found == ["layer 'collision': layer data has 3 tiles, the map needs 5×4 = 20"]
    big = ",\n".join(",".join(["99"] * 5) for _ in range(4))
    found = messages(lint_map(write_map(tmp_path, objects=START, collision=big), {"room"}, None))
    assert "layer 'collision' uses tile numbers no tileset holds: 99" in found


def test_walkable_path(tmp_path: Path) -> None:
    path = write_map(tmp_path, objects=START, width=7, height=5,
                     collision="1,1,1,1,1,1,1,\n1,0,0,1,0,0,1,\n1,0,0,1,0,0,1,\n1,0,0,1,0,0,1,\n1,1,1,1,1,1,1")
    assert walkable_path_exists(path, (1, 1), (2, 3))
    assert walkable_path_exists(path, (1, 1), (3, 2))  # next to the wall counts: you can face it
    assert not walkable_path_exists(path, (1, 1), (5, 2))


@pytest.mark.parametrize("module", ["lint.py", "tmx.py", "grid.py", "__init__.py"])
def test_linter_stays_pure(module: str) -> None:
    """No pygame (and no pytmx) in the linter: it must run where no display or image loader exists."""
    source = (Path(__file__).resolve().parents[2] / "game" / "levels" / module).read_text()
    imported = {n.name.split(".")[0] for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.Import) for n in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(ast.parse(source))
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert not imported & {"pygame", "pytmx", "pyscroll"}


@pytest.mark.parametrize("nxt, bad", [("2", True), ("3", True), ("4", False)])
def test_next_object_id_stays_above_every_id(tmp_path: Path, nxt: str, bad: bool) -> None:
    """A hand-edited map whose nextobjectid lags behind would make Tiled reuse an id."""
    other = '  <object id="3" name="in" type="entry" x="40" y="24"><point/></object>\n'
    path = write_map(tmp_path, objects=START + other)
    path.write_text(path.read_text().replace('<map version="1.10"', f'<map version="1.10" nextobjectid="{nxt}"'))
    found = messages(lint_map(path, {"room"}, None))
    assert any(m.startswith(f"nextobjectid {nxt} is not above the highest object id 3") for m in found) == bad, found


def test_people_are_only_placed_in_beats_that_exist(tmp_path: Path) -> None:
    who = ('  <object id="2" name="robot" type="npc" x="24" y="24"><properties>'
           '<property name="sprite" value="qbot"/><property name="beats" value="garden, gardn"/>'
           '</properties><point/></object>\n')
    path = write_map(tmp_path, objects=START + who)
    assert messages(lint_map(path, {"room"}, None, known_beats={"garden"})) == [
        "npc 'robot' is only there in 'gardn', which the story has no beat for"]
    assert lint_map(path, {"room"}, None) == [], "without a story, beats are not checked"


def test_spots_over_the_same_ground_are_reported(tmp_path: Path) -> None:
    def spot(i: int, name: str, x: int) -> str:
        return (f'  <object id="{i}" name="{name}" type="spot" x="{x}" y="16" width="32" height="16">'
                f'<properties><property name="node" value="{name}"/></properties></object>\n')

    crowded = write_map(tmp_path, objects=START + spot(2, "crater", 16) + spot(3, "sky", 32))
    assert [m for m in messages(lint_map(crowded, {"room"}, None)) if "overlaps" in m] == [
        "spot 'sky' overlaps spot 'crater' (line 38): standing in both, the player cannot tell which one she "
        "will get"]
    (tmp_path / "apart").mkdir()
    apart = write_map(tmp_path / "apart", objects=START + spot(2, "crater", 16) + spot(3, "sky", 48))
    assert not [m for m in messages(lint_map(apart, {"room"}, None)) if "overlaps" in m], "touching is fine"


def test_a_person_gone_after_a_node_names_a_node_of_the_map(tmp_path: Path) -> None:
    who = ('  <object id="2" name="rice" type="npc" x="24" y="24"><properties>'
           '<property name="sprite" value="rice"/><property name="gone_after" value="lab"/>'
           '</properties><point/></object>\n')
    path = write_map(tmp_path, objects=START + who)
    assert lint_map(path, {"room"}, {"lab"}) == []
    assert messages(lint_map(path, {"room"}, {"hall"})) == [
        "npc 'rice' is gone after node 'lab', which no beat on this map has"]

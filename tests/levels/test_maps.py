"""Content tests for every shipped map: it loads in pytmx, lints clean, and a player can walk from the
start to every spot, exit and arrival point (breadth-first search over the collision layer)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import pytmx

from game.levels import lint_levels, lint_map, spots
from game.levels.grid import misplaced_people, reachable, start_tile, touches, unreachable_objects
from game.levels.tmx import load_map

ROOT = Path(__file__).resolve().parents[2]
LEVELS = ROOT / "levels"
PLACES = ["launch_hall", "assembly_line", "rice_lab", "freeway", "lower_city", "school", "kitchen", "kitchen_wrecked", "backyard",
          "garage", "streets", "sewers", "iq_tower", "stadium", "haisheng_tower"]
SPRITES = set(json.loads((ROOT / "assets" / "sprites" / "sprites.json").read_text()))


@pytest.fixture(scope="module", params=PLACES)
def place(request: pytest.FixtureRequest) -> Path:
    return LEVELS / f"{request.param}.tmx"


def test_every_place_has_a_map() -> None:
    assert sorted(p.stem for p in LEVELS.glob("*.tmx")) == sorted(PLACES)


def test_pytmx_loads_it(place: Path) -> None:
    tiled = pytmx.TiledMap(str(place))
    names = [layer.name for layer in tiled.layers]
    assert names[:4] == ["ground", "detail", "above", "collision"] and "objects" in names
    assert (tiled.tilewidth, tiled.tileheight) == (16, 16)
    assert not tiled.get_layer_by_name("collision").visible
    types = [o.type for o in tiled.get_layer_by_name("objects")]
    assert types.count("start") == 1
    assert all(o.properties.get("node") for o in tiled.get_layer_by_name("objects") if o.type == "spot")


# the stadium's players' tunnel runs on down under the stand below its concourse, to the drains: the
# rows of its passage come on top of the pitch, the stands and the concourse
TALLER = {"stadium": 57}


def test_sizes_fit_the_kind_of_place(place: Path) -> None:
    tmx = load_map(place)
    assert 40 <= tmx.width <= 80 and 23 <= tmx.height <= TALLER.get(place.stem, 45)


def test_lints_clean() -> None:
    problems = lint_levels(LEVELS, known_sprites=SPRITES)
    assert problems == [], "\n".join(map(str, problems))


def test_spots_exits_and_entries_reachable_from_the_start(place: Path) -> None:
    bad = unreachable_objects(place)
    assert not bad, [f"{place.name}:{o.line}: {o.type} {o.name}" for o in bad]


def test_people_stand_and_walk_on_walkable_tiles(place: Path) -> None:
    bad = misplaced_people(place)
    assert not bad, [f"{place.name}:{o.line}: {o.type} {o.name}" for o in bad]


def test_every_exit_leads_somewhere_reachable_back(place: Path) -> None:
    """Arriving through an exit puts the player where they can walk on (not in a wall)."""
    tmx = load_map(place)
    for obj in (o for o in tmx.objects if o.type == "exit" and o.props.get("start")):
        target = load_map(LEVELS / f"{obj.props['to']}.tmx")
        arrival = next(o for o in target.objects if o.type == "entry" and o.name == obj.props["start"])
        reach = reachable(target.blocked(), start_tile(target))
        assert touches([target.tile_of(arrival.x, arrival.y)], reach), (place.name, obj.name)


def test_each_map_has_story_spots(place: Path) -> None:
    nodes = spots(place)
    assert len(nodes) >= 3 and len(set(nodes)) == len(nodes)


def test_readme_lists_every_spot() -> None:
    readme = (LEVELS / "README.md").read_text()
    for name in PLACES:
        for node in spots(LEVELS / f"{name}.tmx"):
            assert f"`{node}`" in readme, (name, node)


def test_spot_nodes_checked_against_the_story_when_given() -> None:
    path = LEVELS / "garage.tmx"
    assert lint_map(path, set(PLACES), set(spots(path))) == []
    problems = lint_map(path, set(PLACES), {"memory_review"})
    assert problems and all("which the story does not define" in p.message for p in problems)


def test_generated_maps_match_their_layouts(tmp_path: Path) -> None:
    """A map still marked `generated_by` must be what its ASCII layout builds: edit the layout and run
    `tools/make_world.py`, or take the map over in Tiled by deleting that property (see README)."""
    pytest.importorskip("numpy")
    sys.path.insert(0, str(ROOT))
    from tools.world import maps, tilesets
    from tools.world.mapkit import compile_layout
    from tools.world.tmxwrite import write_tmx

    sets = tilesets.build_all()
    for layout in maps.ALL:
        shipped = LEVELS / f"{layout.name}.tmx"
        if 'name="generated_by"' not in shipped.read_text():
            continue
        data = compile_layout(layout, sets).data({"title": layout.title, "generated_by": "tools/make_world.py"})
        (tmp_path / "tilesets").mkdir(exist_ok=True)
        write_tmx(data, tmp_path / shipped.name, tmp_path / "tilesets")
        assert (tmp_path / shipped.name).read_text() == shipped.read_text(), (
            f"{shipped.name} differs from its layout: run tools/make_world.py")

"""Every number in a map is checked before anything is built from it: the linter names the map
and the place, the window refuses the map with the same words, and nothing allocates gigabytes."""

from __future__ import annotations

import re
import shutil
import tracemalloc
from pathlib import Path

import pytest
from test_map_linter import START, write_map

from game.levels import lint_map
from game.levels.tmx import TmxError, load_map

ROOT = Path(__file__).resolve().parents[2]


def _edit(path: Path, old: str, new: str, count: int = 1) -> Path:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, count))
    return path


HOSTILE = [
    ('x="24"', 'x="nan"', "x='nan' must be a finite number"),
    ('x="24"', 'x="inf"', "x='inf' must be a finite number"),
    ('y="24"', 'y="-1e999"', "y='-1e999' must be a finite number"),
    ('tilewidth="16"', 'tilewidth="0"', "tilewidth='0' must be a whole number from 1 to 1024"),
    ('tileheight="16"', 'tileheight="16.5"', "tileheight='16.5' must be a whole number from 1 to 1024"),
    ('width="5" height="4" tilewidth', 'width="100000" height="100000" tilewidth',
     "width='100000' must be a whole number from 1 to 1000"),
    ('height="4" tilewidth', 'height="9' + "9" * 4999 + '" tilewidth', "height='999999999999999999999...' must be a whole number"),
    ('width="5" height="4" tilewidth', 'width="inf" height="4" tilewidth', "width='inf' must be a whole number"),
]


@pytest.mark.parametrize(("old", "new", "words"), HOSTILE)
def test_hostile_numbers_are_reported_with_the_map_and_place(tmp_path: Path, old, new, words) -> None:
    path = _edit(write_map(tmp_path, objects=START), old, new)
    tracemalloc.start()
    problems = lint_map(path, {"room"})
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000, f"{peak:,} bytes: the map's size was believed before it was checked"
    text = [str(p) for p in problems]
    assert any(words in p for p in text), text
    assert all(re.match(rf"^{re.escape(str(path))}:\d+:\d+: ", p) for p in text)


def test_a_map_too_large_is_refused_before_anything_is_allocated(tmp_path: Path) -> None:
    path = _edit(write_map(tmp_path, objects=START), 'width="5" height="4" tilewidth',
                 'width="1001" height="1000" tilewidth')
    with pytest.raises(TmxError, match="width='1001' must be a whole number from 1 to 1000"):
        load_map(path)


def test_layer_sizes_tile_numbers_and_points_are_checked(tmp_path: Path) -> None:
    walker = ('  <object id="2" name="w" type="walker" x="24" y="24"><properties><property name="sprite" '
              'value="w"/></properties><polyline points="0,0 inf,3"/></object>\n')
    path = write_map(tmp_path, objects=START + walker)
    _edit(path, '<layer id="1" name="ground" width="5"', '<layer id="1" name="ground" width="50000000"')
    _edit(path, "0,0,0,0,0", "0,0,0,0,99999999999")
    messages = [p.message for p in lint_map(path, {"room"})]
    assert "<layer> width='50000000' must be a whole number from 1 to 1000" in messages
    assert "<polyline> points holds 'inf,3', not a pair of finite numbers" in messages
    assert any("tile number outside" in m for m in messages)


def test_a_hostile_tileset_is_reported(tmp_path: Path) -> None:
    path = write_map(tmp_path, objects=START)
    _edit(tmp_path / "t.tsx", 'tilewidth="16"', 'tilewidth="0"')
    messages = [p.message for p in lint_map(path, {"room"})]
    assert any("tileset 't.tsx' line 2:1: <tileset> tilewidth='0'" in m for m in messages), messages


def test_the_window_refuses_a_hostile_map_naming_it(tmp_path: Path) -> None:
    pygame = pytest.importorskip("pygame")
    from game.engine.assets import Assets
    from game.engine.tilemap import MapError, TileMap

    levels = tmp_path / "levels"
    shutil.copytree(ROOT / "levels" / "tilesets", levels / "tilesets")
    shutil.copy(ROOT / "levels" / "garage.tmx", levels / "garage.tmx")
    (tmp_path / "assets").symlink_to(ROOT / "assets")  # where the tilesets' images are
    pygame.display.init()
    pygame.display.set_mode((64, 64))
    assets = Assets(ROOT, levels)
    assert TileMap(assets, "garage").size[0] > 0
    text = (levels / "garage.tmx").read_text()
    for old, new, words in [(' x="', ' x="nan', "x='nan"), ('tilewidth="16"', 'tilewidth="0"', "tilewidth='0'"),
                            ('width="', 'width="100000', "width='100000")]:
        (levels / "garage.tmx").write_text(text.replace(old, new, 1))
        with pytest.raises(MapError) as info:
            TileMap(assets, "garage")
        assert re.match(r"^levels/garage\.tmx:\d+:\d+: ", str(info.value)) and words in str(info.value)

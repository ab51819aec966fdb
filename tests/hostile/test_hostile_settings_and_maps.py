"""Settings files and map attributes: whatever they hold, a sentence and never a traceback."""

from __future__ import annotations

import json
import math
import tempfile
import tracemalloc
from pathlib import Path

import pygame
from hostile_strategies import JSON
from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine.assets import Assets
from game.engine.settings import TEXT_SPEEDS, Settings
from game.engine.tilemap import MapError, TileMap
from game.levels import lint_map
from game.levels.tmx import TmxError, load_map


def _sane(s: Settings) -> None:
    for v in (s.music_volume, s.sound_volume):
        assert isinstance(v, float) and math.isfinite(v) and 0.0 <= v <= 1.0
    assert type(s.window_scale) is int and 1 <= s.window_scale <= 6
    assert s.text_speed in TEXT_SPEEDS and isinstance(s.fullscreen, bool) and isinstance(s.large_text, bool)
    assert all(isinstance(k, str) for names in s.keys.values() for k in names)
    assert s.problem is None or (s.problem and "\n" not in s.problem)


def _load_and_change(content: bytes) -> None:
    with tempfile.TemporaryDirectory(prefix="hostile-settings-") as name:
        folder = Path(name)
        (folder / "settings.json").write_bytes(content)
        s = Settings.load(folder)
        _sane(s)
        kept = {p.name: p.read_bytes() for p in folder.glob("settings.broken-*.json")}
        if s.problem:
            assert list(kept.values()) == [content], "the unreadable file is kept whole, aside"
        else:
            assert not kept
        s.music_volume = 0.25
        assert s.save() is None
        assert {p.name: p.read_bytes() for p in folder.glob("settings.broken-*.json")} == kept
        if not s.problem and not kept:
            assert (folder / "settings.json.bak").read_bytes() == content, "the readable file is the backup"
        again = Settings.load(folder)
        assert again.problem is None and again.music_volume == 0.25


@settings(parent=settings.get_profile("hostile"))
@given(doc=JSON | st.dictionaries(st.sampled_from(["music_volume", "sound_volume", "text_speed", "window_scale",
                                                    "fullscreen", "large_text", "keys", "format"]), JSON))
def test_any_json_as_settings(doc) -> None:
    _load_and_change(json.dumps(doc).encode())


@settings(parent=settings.get_profile("hostile"))
@given(content=st.binary(max_size=400))
def test_any_bytes_as_settings(content: bytes) -> None:
    _load_and_change(content)


ROOT = Path(__file__).resolve().parents[2]
pygame.display.init()
pygame.display.set_mode((64, 64))

MAP = """<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" orientation="orthogonal" width="{width}" height="{height}" tilewidth="{tilewidth}" tileheight="16">
 <tileset firstgid="{firstgid}" name="t" tilewidth="16" tileheight="16" tilecount="4" columns="2"/>
 <layer id="1" name="ground" width="{layer_width}" height="2"><data encoding="csv">
0,0,0,
0,0,0
</data></layer>
 <objectgroup id="2" name="objects">
  <object id="1" name="start" type="start" x="{x}" y="{y}" width="{obj_width}" height="0"><point/></object>
  <object id="2" name="w" type="walker" x="8" y="8"><polyline points="0,0 {px},{py}"/></object>
 </objectgroup>
</map>
"""
FIELDS = ("width", "height", "tilewidth", "firstgid", "layer_width", "x", "y", "obj_width", "px", "py")
GOOD = {"width": "3", "height": "2", "tilewidth": "16", "firstgid": "1", "layer_width": "3", "x": "8", "y": "8",
        "obj_width": "0", "px": "16", "py": "0"}
NUMBERISH = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["0", "-0", "1e999", "-inf", "NaN", "100000", "1001", "9" * 5000, "", " 3 ", "0x10", "1_000"]),
    st.text(alphabet="0123456789.-+eEinfa ", max_size=10),
)


@settings(parent=settings.get_profile("hostile"))
@given(values=st.fixed_dictionaries({}, optional={f: NUMBERISH for f in FIELDS}))
def test_any_numbers_in_a_map(values: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory(prefix="hostile-map-") as name:
        folder = Path(name)
        path = folder / "room.tmx"
        path.write_text(MAP.format(**{**GOOD, **values}))
        tracemalloc.start()
        problems = lint_map(path, {"room"})
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert peak < 20_000_000, f"{peak:,} bytes: the map's size was believed before it was checked"
        assert all(str(p).startswith(f"{path}:") and "\n" not in str(p) for p in problems)
        try:
            tmx = load_map(path)
        except TmxError as exc:
            assert exc.message and any(exc.message in str(p) for p in problems)
        else:
            assert tmx.width * tmx.height <= 1000 * 1000 and tmx.tile_w > 0 and tmx.tile_h > 0
        try:  # the window's loader: refuses with the map's name, or shows it
            TileMap(Assets(ROOT, folder), "room")
        except MapError as exc:
            assert str(exc).startswith("levels/room.tmx") and "\n" not in str(exc)

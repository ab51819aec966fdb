"""The city moves: road, conveyor, screen and hologram tiles are Tiled animations, the streets and the
freeway carry traffic, screens never strobe, and the maps' crowds are drawn from many looks."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
TSX = ROOT / "levels" / "tilesets"
MAPS = sorted((ROOT / "levels").glob("*.tmx"))
FULL_CHANGE_MS = 334  # a frame that changes much of the picture is held this long at least (<= 3 Hz)


def tiles(tsx: Path) -> dict[str, tuple[int, list[tuple[int, int]]]]:
    """Tile name -> (local id, animation frames as (tile id, ms)) from a Tiled tileset."""
    out = {}
    for tile in ElementTree.parse(tsx).getroot().iter("tile"):
        name = next((p.get("value") for p in tile.iter("property") if p.get("name") == "name"), None)
        frames = [(int(f.get("tileid")), int(f.get("duration"))) for f in tile.iter("frame")]
        out[str(name)] = (int(tile.get("id")), frames)
    return out


CITY, IQ = tiles(TSX / "city.tsx"), tiles(TSX / "iq.tsx")


@pytest.mark.parametrize("name", ["traffic_ea@0,0", "traffic_wb@7,0", "screen", "billboard@0,0",
                                  "holo_noodle@0,0", "holo_qbot@1,1", "holo_gen6@0,1"])
def test_city_tiles_are_animated(name: str) -> None:
    assert len(CITY[name][1]) >= 2, f"{name} does not animate"


@pytest.mark.parametrize("name", ["belt_m", "belt_l", "beltshell0", "beltshell2", "vbelt_m"])
def test_conveyors_run(name: str) -> None:
    assert len(IQ[name][1]) >= 2


def test_traffic_moves_across_the_strip() -> None:
    """Every tile of a lane strip animates in step, so a car slides from tile to tile."""
    strips = [n for n in CITY if n.startswith("traffic_") and n.endswith(",0")]
    assert len(strips) >= 16
    counts = {len(CITY[n][1]) for n in strips}
    assert len(counts) == 1 and counts.pop() >= 8


def _map_tile_names(tmx: Path) -> set[str]:
    """Names of every tile a map places, resolved through its tilesets' first gids."""
    root = ElementTree.parse(tmx).getroot()
    sets = [(int(t.get("firstgid")), tiles(tmx.parent / t.get("source"))) for t in root.iter("tileset")]
    by_gid = {}
    for first, named in sets:
        for name, (local, _frames) in named.items():
            by_gid[first + local] = name
    gids = {int(v) for data in root.iter("data") for v in re.findall(r"\d+", data.text or "")}
    return {by_gid[g] for g in gids if g in by_gid}


@pytest.mark.parametrize("name", ["streets", "freeway"])
def test_roads_carry_traffic(name: str) -> None:
    placed = _map_tile_names(ROOT / "levels" / f"{name}.tmx")
    assert {n for n in placed if n.startswith("traffic_")}, f"no traffic on the {name} map"


def test_streets_have_hologram_adverts() -> None:
    placed = _map_tile_names(ROOT / "levels" / "streets.tmx")
    assert any(n.startswith("holo_") for n in placed)


def test_screens_and_holograms_do_not_strobe() -> None:
    """Frames of screens, billboards and holograms are held long enough to stay under 3 Hz."""
    for name, (_tid, frames) in CITY.items():
        if name.split("@")[0] in ("screen", "billboard", "holo_noodle", "holo_qbot", "holo_gen6"):
            assert min(ms for _t, ms in frames) >= FULL_CHANGE_MS, name


def _people(tmx: Path) -> list[tuple[str, str]]:
    root = ElementTree.parse(tmx).getroot()
    out = []
    for obj in root.iter("object"):
        sprite = next((p.get("value") for p in obj.iter("property") if p.get("name") == "sprite"), None)
        if sprite and obj.get("type") in ("walker", "npc"):
            out.append((str(obj.get("type")), sprite))
    return out


def test_crowds_are_many_people() -> None:
    people = [p for tmx in MAPS for p in _people(tmx)]
    crowd = {s for _t, s in people if s.startswith("crowd_")}
    walkers = {s for t, s in people if t == "walker"}
    assert len(crowd) >= 8, sorted(crowd)
    assert len(walkers) >= 8, sorted(walkers)


def test_every_crowd_look_has_a_walk_sheet() -> None:
    meta = json.loads((ROOT / "assets" / "sprites" / "sprites.json").read_text())
    crowd = [n for n in meta if n.startswith("crowd_")]
    assert len(crowd) >= 8
    for name in crowd:
        assert meta[name]["rows"] == ["down", "left", "right", "up"] and meta[name]["frames"] == 4
        assert (ROOT / "assets" / "sprites" / f"{name}.png").exists()

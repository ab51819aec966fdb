"""Small places the words name are where the words put them: no orange bag lies in the school
corridor on the day Mai has none, Ani sits at the end of a long table, the launch hall's hatch is just
past the security gate, the lower city's quiet corner is far from the singing noodle stall, and
Beacon is drawn with its own red lamp, not as any Q-Bot."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytmx

ROOT = Path(__file__).resolve().parents[2]
LEVELS = ROOT / "levels"
TILE = 16


def load(name: str) -> pytmx.TiledMap:
    return pytmx.TiledMap(str(LEVELS / f"{name}.tmx"))


def named(tmx: pytmx.TiledMap, name: str, kind: str = "") -> pytmx.TiledObject:
    return next(o for g in tmx.objectgroups for o in g if o.name == name and (not kind or o.type == kind))


def tile_names(tmx: pytmx.TiledMap, layer: str) -> dict[tuple[int, int], str]:
    """(x, y) -> the name of the tile on `layer` there."""
    out = {}
    for x, y, gid in tmx.get_layer_by_name(layer).iter_data():
        props = tmx.get_tile_properties_by_gid(gid) if gid else None
        if props and props.get("name"):
            out[(x, y)] = str(props["name"])
    return out


def centre_tile(o: pytmx.TiledObject) -> tuple[int, int]:
    return int((o.x + (o.width or 0) / 2) // TILE), int((o.y + (o.height or 0) / 2) // TILE)


def test_no_bag_lies_in_the_school_corridor() -> None:
    tmx = load("school")
    stairs_top = named(tmx, "stairs_top").y // TILE
    bags = [xy for xy, n in tile_names(tmx, "detail").items() if n == "backpack" and xy[1] <= stairs_top]
    assert not bags, f"a bag like Mai's lies in the corridor at {bags}"


def test_ani_sits_at_the_end_of_a_long_table() -> None:
    tmx = load("school")
    detail = tile_names(tmx, "detail")
    ax, ay = centre_tile(named(tmx, "ani", "npc"))
    table = sorted(xy for xy, n in detail.items() if n.startswith("longtable@") and xy[1] == ay)
    assert len(table) >= 6, "the table is long"
    assert table[-1] == (ax - 1, ay), "she sits at its east end"
    spot = named(tmx, "ani", "spot")
    assert spot.x <= ax * TILE + 8 <= spot.x + spot.width and spot.y <= ay * TILE + 8 <= spot.y + spot.height


def test_the_hatch_is_just_past_the_security_gate() -> None:
    tmx = load("launch_hall")
    gate, hatch = named(tmx, "security_gate", "spot"), named(tmx, "hatch", "mark")
    chute = next(o for g in tmx.objectgroups for o in g if o.type == "exit" and o.properties.get("to") == "rice_lab")
    assert hatch.y < gate.y, "past the gate, on the hall's side of it"
    for o in (hatch, chute):
        assert abs(o.x - gate.x) <= 6 * TILE and abs(o.y - gate.y) <= 4 * TILE, o.name


def test_the_quiet_corner_is_far_from_the_noodle_stall() -> None:
    tmx = load("lower_city")
    (qx, qy), (nx, ny) = centre_tile(named(tmx, "quiet_corner", "spot")), centre_tile(named(tmx, "noodle_stall", "spot"))
    assert abs(qx - nx) + abs(qy - ny) >= 20


def test_beacon_has_its_own_sheet_with_a_red_lamp() -> None:
    sprites = json.loads((ROOT / "assets" / "sprites" / "sprites.json").read_text())
    assert sprites["beacon"].get("file", "beacon.png") == "beacon.png"
    w, h = sprites["beacon"]["frame"]
    sheet = pygame.image.load(str(ROOT / "assets" / "sprites" / "beacon.png"))
    top = [sheet.get_at((x, y)) for x in range(w) for y in range(h // 3)]  # the down-facing frame's head
    assert any(c.a and c.r > 150 and c.g < 90 and c.b < 90 for c in top), "a red lamp on its head"

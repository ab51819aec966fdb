"""The launch hall's show is in the map as the words have it: the big screen over the stage is the
ROBO-LEAGUE advert (eleven chrome players, the title in the logo's lettering), and the hologram of
Pin stands on the stage with the mark Mai hides at inside his chest."""

from __future__ import annotations

from pathlib import Path

import pytmx

from tools.world import tiles_launch

LEVELS = Path(__file__).resolve().parents[2] / "levels"
TILE = 16


def hall() -> pytmx.TiledMap:
    return pytmx.TiledMap(str(LEVELS / "launch_hall.tmx"))


def named(tmx: pytmx.TiledMap, name: str) -> pytmx.TiledObject:
    return next(o for g in tmx.objectgroups for o in g if o.name == name)


def test_the_big_screen_over_the_stage_is_the_robo_league_advert() -> None:
    tmx = hall()
    joy = named(tmx, "joy_screen")
    detail = tmx.get_layer_by_name("detail")
    names = set()
    for y in range(int(joy.y) // TILE, int(joy.y + joy.height) // TILE):
        for x in range(int(joy.x) // TILE, int(joy.x + joy.width) // TILE):
            names.add(tmx.tile_properties.get(detail.data[y][x], {}).get("name", "").split("@")[0])
    assert names == {"bigscreen_roboleague"}, names


def test_the_advert_has_eleven_chrome_players_under_its_title() -> None:
    art = tiles_launch.advert(0)
    assert art.mask_of("neon_yellow").sum() > 60, "ROBO-LEAGUE"
    team = art.mask_of("mist").sum()
    one = sum(row.count("M") for row in tiles_launch.PLAYER.split())
    assert team >= 11 * one * 0.9, (team, one)


def test_the_hologram_of_pin_stands_on_the_stage_with_mai_s_hiding_place_in_his_chest() -> None:
    tmx = hall()
    holo, stage, chest = named(tmx, "pin_hologram"), named(tmx, "stage"), named(tmx, "in_the_hologram")
    assert holo.type == "light" and holo.properties.get("kind") == "hologram"
    assert holo.properties.get("shows") == "hologram:pinholo"
    cells = {p["name"] for p in tmx.tile_properties.values() if str(p.get("name", "")).startswith("pinholo@")}
    assert len(cells) == (holo.width // TILE) * (holo.height // TILE), "every cell of him is in the tileset"
    feet = holo.y + holo.height
    assert stage.y < feet <= stage.y + stage.height + 2 * TILE, "he stands at the front of the stage"
    assert holo.y < chest.y < holo.y + holo.height * 0.6, "her mark is in his upper half"
    assert holo.x < chest.x < holo.x + holo.width

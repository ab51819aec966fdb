"""The places are where the words put things: lunch is eaten in the school yard (not the corridor),
the school pitch has floodlights to click on, the stadium's pitch is floodlit, the backyard's house
burns only in flames a direction lights, Momo's kennel has a doorway to sit in, rain comes down the
lower city's crack, and the launch hall's big screen can show Mai's face."""

from __future__ import annotations

from pathlib import Path

import pytmx

LEVELS = Path(__file__).resolve().parents[2] / "levels"
TILE = 16


def objects(name: str) -> list[pytmx.TiledObject]:
    tmx = pytmx.TiledMap(str(LEVELS / f"{name}.tmx"))
    return [o for g in tmx.objectgroups for o in g]


def named(objs: list[pytmx.TiledObject], name: str) -> pytmx.TiledObject:
    return next(o for o in objs if o.name == name)


def test_lunch_is_in_the_yard_between_the_corridor_and_the_pitch() -> None:
    objs = objects("school")
    corridor_floor = named(objs, "stairs_top").y  # the corridor ends at the top of the stairs
    pitch_gate = named(objs, "pitch_gate").y
    for name in ("lunch_mai", "lunch_greenwood", "lunch_7723", "lunch_beside", "by_the_fountain", "spy_found",
                 "yard_bot", "yard_bot_1"):
        assert corridor_floor < named(objs, name).y < pitch_gate, name


def test_the_pitches_have_floodlights() -> None:
    school = objects("school")
    masts = [o for o in school if o.type == "light" and o.properties.get("kind") == "lamps"
             and not o.name.startswith("floodlit")]
    assert len(masts) >= 4, "a mast at each corner of the school pitch"
    for place in ("school", "stadium"):
        pools = [o for o in objects(place) if o.name.startswith("floodlit_")]
        assert len(pools) >= 20, (place, "the whole pitch is lit, not only its corners")
        assert all(o.properties.get("kind") == "lamps" for o in pools)


def test_the_house_burns_in_flames_and_momo_has_a_doorway() -> None:
    objs = objects("backyard")
    fires = [o for o in objs if o.name.startswith("house_fire_")]
    assert fires and all(o.properties.get("kind") == "fire" and o.properties.get("shows") == "housefire" for o in fires)
    door, kennel = named(objs, "kennel_door"), named(objs, "kennel")
    assert kennel.x <= door.x <= kennel.x + kennel.width and door.y >= kennel.y + kennel.height - TILE


def test_the_launch_halls_big_screen_can_show_mais_face() -> None:
    joy = named(objects("launch_hall"), "joy_screen")
    assert joy.type == "light" and joy.properties.get("kind") == "feed"
    assert joy.properties.get("shows") == "portrait:mai_angry" and joy.properties.get("caption") == "THIS GUEST NEEDS JOY"
    assert (LEVELS.parent / "assets" / "portraits" / "mai_angry.png").exists()


def test_a_thread_of_rain_comes_down_the_crack_onto_the_puddle() -> None:
    tmx = pytmx.TiledMap(str(LEVELS / "lower_city.tmx"))
    rain = {gid for gid, props in tmx.tile_properties.items() if props.get("name") == "rainthread"}
    above = tmx.get_layer_by_name("above")
    rows = [y for y in range(tmx.height) for x in range(tmx.width) if above.data[y][x] in rain]
    objs = objects("lower_city")
    crack, puddle = named(objs, "crack"), named(objs, "puddle")
    assert rows and min(rows) * TILE <= crack.y, "it starts at the crack in the sky"
    assert max(rows) * TILE >= puddle.y - 2 * TILE, "and comes down to where he lies"

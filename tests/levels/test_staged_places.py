"""The places the words name are drawn, with marks for the stage directions that put people there:
the launch hall's down escalator that Mai runs up, with marks at its foot, on its steps and at its top."""

from __future__ import annotations

from pathlib import Path

import pytmx

from game.levels.grid import reachable, start_tile
from game.levels.tmx import load_map

LEVELS = Path(__file__).resolve().parents[2] / "levels"
TILE = 16


def place(name: str) -> tuple[pytmx.TiledMap, dict[str, pytmx.TiledObject]]:
    tmx = pytmx.TiledMap(str(LEVELS / f"{name}.tmx"))
    return tmx, {o.name: o for g in tmx.objectgroups for o in g if o.name}


def tile(o: pytmx.TiledObject) -> tuple[int, int]:
    return int(o.x // TILE), int(o.y // TILE)


def names_at(tmx: pytmx.TiledMap, x: int, y: int) -> set[str]:
    """The names of the tiles drawn at (x, y), in every tile layer."""
    found = set()
    for layer in tmx.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            props = tmx.get_tile_properties(x, y, list(tmx.layers).index(layer)) or {}
            if props.get("name"):
                found.add(props["name"])
    return found


def walked_to(name: str, *marks: str) -> set[tuple[int, int]]:
    """The tiles a player reaches from the map's start; asserts each mark's tile is among them."""
    tmx = load_map(LEVELS / f"{name}.tmx")
    reach = reachable(tmx.blocked(), start_tile(tmx))
    objs = {o.name: o for o in tmx.objects}
    for mark in marks:
        assert tmx.tile_of(objs[mark].x, objs[mark].y) in reach, f"{name}: {mark} cannot be walked to"
    return reach


def test_the_launch_hall_has_a_down_escalator_to_run_up() -> None:
    tmx, objs = place("launch_hall")
    for mark in ("escalator_top", "escalator_lane"):
        assert any(n.startswith("escalator@") or n == "escalator" for n in names_at(tmx, *tile(objs[mark]))), mark
    top, foot = tile(objs["escalator_top"]), tile(objs["escalator_foot"])
    assert foot[0] == top[0] and foot[1] > top[1], "the foot is straight below the top"
    assert not any(n.startswith("escalator") for n in names_at(tmx, *foot)), "the foot is on the hall's floor"
    walked_to("launch_hall", "escalator_foot", "escalator_top", "escalator_lane", "escalator_bottom", "backs_off")


def test_behind_the_gym_is_a_worn_patch_at_the_gyms_back_wall() -> None:
    tmx, objs = place("school")
    spot = objs["bat_swing"]
    x0, y0 = int(spot.x // TILE), int(spot.y // TILE)
    x1, y1 = int((spot.x + spot.width) // TILE), int((spot.y + spot.height) // TILE)
    worn = [(x, y) for x in range(x0, x1) for y in range(y0, y1) if names_at(tmx, x, y) & {"worn0", "worn1"}]
    assert len(worn) >= 6, "the patch of grass worn down to dirt"
    wall = {n for x in range(x0 - 2, x1 + 2) for n in names_at(tmx, x, y0 - 2)}
    assert any(n.startswith("gymsign") for n in wall), "GYM on the wall just behind it"
    assert objs["bat_swing"].y < objs["pitch_gate"].y, "in the yard, not out on the pitch"
    walked_to("school", "centre_circle")


def test_the_kitchen_has_a_front_door_in_the_street_wall() -> None:
    for name in ("kitchen", "kitchen_wrecked"):
        tmx, objs = place(name)
        x, y = tile(objs["front_door"])
        assert any(n.startswith("frontdoor@") for n in names_at(tmx, x, y - 1)), f"{name}: the door behind the mark"
        back = next(o for o in objs.values() if o.type == "exit" and o.properties.get("to") == "backyard")
        assert y < back.y // TILE, f"{name}: on the street side, away from the back door to the yard"
    walked_to("kitchen", "answer_door", "front_door")
    walked_to("kitchen_wrecked", "front_door", "by_the_fridge")


def test_momo_has_a_mark_between_mai_at_the_fence_and_the_robot() -> None:
    _tmx, objs = place("backyard")
    mai, momo, gap = objs["mai_fence"], objs["momo_between"], objs["fence_gap"]
    assert mai.x < momo.x < gap.x, "between Mai and the robot at the gap"
    assert gap.y <= momo.y <= gap.y + gap.height, "level with the robot's foot"
    walked_to("backyard", "momo_between")


def test_the_night_market_is_among_stalls_and_lanterns_away_from_the_pitch() -> None:
    tmx, objs = place("streets")
    spot = objs["rain_shelter"]
    x0, y0 = int(spot.x // TILE), int(spot.y // TILE)
    x1, y1 = int((spot.x + spot.width) // TILE), int((spot.y + spot.height) // TILE)
    around = {n for x in range(x0 - 2, x1 + 2) for y in range(y0 - 3, y1 + 3) for n in names_at(tmx, x, y)}
    assert len({n.split("@")[0] for n in around if n.startswith("stall_")}) >= 2, "stalls of more than one kind"
    assert "lantern" in around, "lanterns strung over it"
    pitch = objs["kickabout"]
    far = abs(spot.x - pitch.x) + abs(spot.y - pitch.y)
    assert far > 20 * TILE, "not beside the kickabout pitch"
    walked_to("streets", "rain_mai", "rain_bot", "rain_momo")


def test_the_kickabout_pitch_lies_under_the_flyover_and_can_still_be_walked_to() -> None:
    """"Under the flyover there's a pitch": the deck of a road crosses just north of the pitch, the
    side of it hanging over the pitch's fence and its shadow on the grass, legs either side, and a
    player still walks from the map's start onto the pitch (under the deck)."""
    tmx, objs = place("streets")
    x0, y0 = tile(objs["kick_mai"])
    deck_rows = [y for y in range(y0 - 10, y0) if "flyover_0@" in " ".join(names_at(tmx, x0, y))]
    assert deck_rows, "no flyover deck north of the pitch"
    deck = deck_rows[-1]
    for x in range(x0 - 6, x0 + 7):  # across the whole pitch
        at = " ".join(names_at(tmx, x, deck)) + " " + " ".join(names_at(tmx, x, deck + 1))
        assert "flyover_0@" in at and "flyover_1@" in at, f"the deck breaks off at column {x}"
        assert names_at(tmx, x, deck + 2) & {"flyover_side", "flyover_side_leg"}, f"no side at column {x}"
    shaded = [x for x in range(x0 - 4, x0 + 5) if "flyover_shade" in names_at(tmx, x, deck + 3)]
    assert len(shaded) >= 6, "its shadow does not fall on the pitch"
    legs = [x for x in range(max(0, x0 - 10), x0 + 10) if "flyover_leg" in names_at(tmx, x, deck + 3)]
    assert any(x < x0 for x in legs) and any(x > x0 for x in legs), "legs on both sides of the pitch"
    walked_to("streets", "kick_mai", "kick_bot", "kick_momo")

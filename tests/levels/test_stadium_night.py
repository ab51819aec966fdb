"""The stadium is only ever seen at night: its pitch is lit by a thin cold wash with brighter pools
in it, and the centre circle, where the last fight is, stands in a pool, so no close frame of the
pitch reads as a day match."""

from __future__ import annotations

from pathlib import Path

import pytmx

LEVELS = Path(__file__).resolve().parents[2] / "levels"


def _pools() -> list[pytmx.TiledObject]:
    tmx = pytmx.TiledMap(str(LEVELS / "stadium.tmx"))
    return [o for g in tmx.objectgroups for o in g if o.name and o.name.startswith("floodlit_")]


def _level(colour: str) -> int:
    return sum(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def test_the_pitch_has_a_dim_wash_and_bright_pools() -> None:
    colours = {o.properties["color"] for o in _pools()}
    assert len(colours) == 2, "a wash and the pools in it"
    dim, bright = sorted(colours, key=_level)
    assert _level(dim) < 0.6 * 3 * 255 < _level(bright), "the wash is thin; the pools are bright"
    for colour in colours:
        assert int(colour[5:7], 16) > int(colour[1:3], 16), "floodlight at night is cold, bluer than it is red"


def test_the_centre_circle_stands_in_a_pool() -> None:
    tmx = pytmx.TiledMap(str(LEVELS / "stadium.tmx"))
    circle = next(o for g in tmx.objectgroups for o in g if o.name == "reboot")
    middle = (circle.x + circle.width / 2, circle.y + circle.height / 2)
    bright = max((o.properties["color"] for o in _pools()), key=_level)
    near = [o for o in _pools() if o.properties["color"] == bright
            and abs(o.x + o.width / 2 - middle[0]) <= 24 and abs(o.y + o.height / 2 - middle[1]) <= 24]
    assert near, "a pool on the centre circle"

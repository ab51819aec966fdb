"""All the game's tilesets, built in memory in a fixed order (tile ids never shuffle between builds)."""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world import (
    tiles_city,
    tiles_flyover,
    tiles_home,
    tiles_iq,
    tiles_market,
    tiles_neon,
    tiles_props,
    tiles_school,
    tiles_sky,
    tiles_stadium,
    tiles_traffic,
    tiles_under,
    tiles_weather,
)
from tools.world.tileset import Tileset


def collision() -> Tileset:
    """One hatched red tile: paint it on the hidden `collision` layer wherever the player may not go."""
    ts = Tileset("collision", columns=4)
    c = Canvas(16, 16)
    c.frame(0, 0, 16, 16, "ares_red")
    for k in range(0, 32, 4):
        c.line(k, 0, k - 15, 15, "ares_red")
    ts.add("block", c, solid=True)
    return ts


def city() -> Tileset:
    ts = Tileset("city")
    tiles_city.build(ts)
    tiles_neon.build(ts)
    tiles_props.build(ts)
    tiles_under.build(ts)
    tiles_traffic.build(ts)
    tiles_weather.build(ts)  # last: the tiles before it keep their numbers
    tiles_market.build(ts)  # and the night market's stalls after it
    tiles_sky.build(ts)  # then the lower city's crack in the sky and its mural
    tiles_flyover.build(ts)  # and the flyover over the streets
    return ts


def simple(name: str, build) -> Tileset:  # noqa: ANN001 - a module's build function
    ts = Tileset(name)
    build(ts)
    return ts


def build_all() -> dict[str, Tileset]:
    sets = [collision(), city(), simple("iq", tiles_iq.build), simple("school", tiles_school.build),
            simple("home", tiles_home.build), simple("stadium", tiles_stadium.build)]
    return {ts.name: ts for ts in sets}

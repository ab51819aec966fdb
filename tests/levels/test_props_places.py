"""The marks where directions put things and people are where the words say: the bomb on Rice's
bench, the panda on a kitchen chair, 7723 over Mai and Molly and at the pantry he pulls down (the one
still standing in the wrecked kitchen), and Molly beside Mai at the goalpost, not on her mark."""

from __future__ import annotations

from pathlib import Path

import pytmx

LEVELS = Path(__file__).resolve().parents[2] / "levels"
TILE = 16


def _map(name: str) -> pytmx.TiledMap:
    return pytmx.TiledMap(str(LEVELS / f"{name}.tmx"))


def _at(tmx: pytmx.TiledMap, name: str) -> tuple[float, float]:
    o = next(o for g in tmx.objectgroups for o in g if o.name == name)
    return o.x, o.y


def _tiles_under(tmx: pytmx.TiledMap, x: float, y: float) -> set[str]:
    """The names of the tiles drawn at map pixel (x, y), every layer."""
    out = set()
    for layer in tmx.visible_tile_layers:
        props = tmx.get_tile_properties(int(x // TILE), int(y // TILE), layer) or {}
        out.add(str(props.get("name", "")))
    return out


def _corners(tmx: pytmx.TiledMap, big: str) -> list[tuple[int, int]]:
    found = []
    for layer in tmx.visible_tile_layers:
        for x, y, gid in tmx.layers[layer].iter_data():
            if gid and (tmx.get_tile_properties_by_gid(gid) or {}).get("name") == f"{big}@0,0":
                found.append((x, y))
    return found


def test_the_bomb_is_on_rices_bench_by_him() -> None:
    tower = _map("iq_tower")
    x, y = _at(tower, "rice_bench")
    assert any(n.startswith("console@") for n in _tiles_under(tower, x, y - 1)), "on the console's top"
    rx, ry = _at(tower, "rice")
    assert abs(rx - x) <= 2 * TILE and abs(ry - y) <= 2 * TILE, "by his elbow"


def test_the_panda_is_on_a_kitchen_chair() -> None:
    kitchen = _map("kitchen")
    x, y = _at(kitchen, "kitchen_chair")
    assert any(n.startswith("dining@") for n in _tiles_under(kitchen, x, y - 2)), "a chair of the table"


def test_7723_stands_over_mai_and_molly_and_at_the_pantry_still_standing() -> None:
    wreck = _map("kitchen_wrecked")
    (mx, my), (lx, ly), (bx, by) = _at(wreck, "by_mai"), _at(wreck, "by_molly"), _at(wreck, "over_them")
    assert mx < bx < lx, "between the two of them"
    assert 0 < my - by <= TILE and 0 < ly - by <= TILE, "just above them, between them and the hole"
    standing = _corners(wreck, "pantry")
    assert len(standing) == 1, "one pantry still stands for him to pull down (the fallen one lies over it)"
    (tx, ty), (px, py) = standing[0], _at(wreck, "at_the_pantry")
    assert (tx + 2) * TILE <= px <= (tx + 3) * TILE and ty * TILE <= py <= (ty + 2) * TILE, "at its side"


def test_molly_sits_beside_mai_at_the_goalpost() -> None:
    stadium = _map("stadium")
    (mx, my), (lx, ly) = _at(stadium, "by_the_goalpost"), _at(stadium, "molly_goalpost")
    assert (mx, my) != (lx, ly)
    assert abs(mx - lx) <= TILE and abs(my - ly) <= TILE

"""The fans drawn into a map's seats, emptied or filled by a direction (`stands: empty` / `half` / `full`).

The stadium's crowd is too many to stand as people: it is painted into its seat tiles, each of which
has an empty twin in the tileset (`stand_bot_blue0` and `stand_bot_blue1`, and `stand_bot_blue_empty`).
Emptying the stands puts every such tile's twin in its place; half empties the top tier (the half of
the seats furthest from the pitch, the first out of the gates); filling them puts the fans back. The
map's tile data changes, so its picture is drawn anew (pyscroll's renderer is built again from it),
and the map keeps the change while the beat is on it, also behind a doorway and back.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

import pyscroll
import pytmx

if TYPE_CHECKING:
    from game.engine.tilemap import TileMap

log = logging.getLogger(__name__)

EMPTY = "_empty"  # the name of a seat tile's empty twin: its own name, less its digits, and this
NUMBERED = re.compile(r"^(.*?)\d+$")
EMPTIED = "_emptied_seats"  # where a map keeps the fans it had, by (layer, x, y), to put them back
SEATED = "_seated"  # how full a direction left them
EMPTY_ALL, HALF, FULL = "empty", "half", "full"


def twins(tmx: pytmx.TiledMap) -> dict[int, int]:
    """Each seat tile with fans in it (by gid) and its empty twin's gid."""
    by_name = {str(p["name"]): gid for gid, p in tmx.tile_properties.items() if p.get("name")}
    out = {}
    for name, gid in by_name.items():
        match = NUMBERED.match(name)
        empty = by_name.get(f"{match.group(1)}{EMPTY}") if match else None
        if empty is not None:
            out[gid] = empty
    return out


def fill(tm: TileMap, full: bool | str) -> int:
    """Empty the map's seats of their fans, or half of them (`half`: the seats furthest from the middle
    of the map, the top tier), or (`full`) put them back; how many tiles changed."""
    how = (FULL if full else EMPTY_ALL) if isinstance(full, bool) else full
    kept: dict[tuple[int, int, int], int] = getattr(tm, EMPTIED, {})
    for (li, x, y), gid in kept.items():  # everyone back, then out again as many as go
        tm.tmx.layers[li].data[y][x] = gid
    before, kept = dict(kept), {}
    if how != FULL:
        seats = _seats(tm)
        if how == HALF:
            seats = _top_tier(tm, seats)
        for li, x, y, gid, empty in seats:
            kept[(li, x, y)] = gid
            tm.tmx.layers[li].data[y][x] = empty
    setattr(tm, EMPTIED, kept)
    setattr(tm, SEATED, how)
    changed = len(set(before) ^ set(kept))
    if changed:
        redraw(tm)
    elif how != FULL and not kept:
        log.warning("stage direction: no seats with fans in them on %s", tm.name)
    return changed


def _seats(tm: TileMap) -> list[tuple[int, int, int, int, int]]:
    """Every seat tile with fans in it: its layer, x, y, gid and its empty twin's gid."""
    swap = twins(tm.tmx)
    return [(li, x, y, gid, swap[gid]) for li, layer in enumerate(tm.tmx.layers)
            if isinstance(layer, pytmx.TiledTileLayer)
            for y, row in enumerate(layer.data) for x, gid in enumerate(row) if gid in swap]


def _top_tier(tm: TileMap, seats: list) -> list:  # type: ignore[type-arg]
    """The top tier of `seats`: in each stand (north, south, west, east of the middle of the map), the
    half of its seats furthest back from the pitch."""
    cx, cy = tm.tmx.width / 2, tm.tmx.height / 2
    stands: dict[str, list[tuple[float, tuple]]] = {}  # type: ignore[type-arg]
    for seat in seats:
        dx, dy = (seat[1] + 0.5 - cx) / cx, (seat[2] + 0.5 - cy) / cy
        side = ("e" if dx > 0 else "w") if abs(dx) > abs(dy) else ("s" if dy > 0 else "n")
        stands.setdefault(side, []).append((max(abs(dx), abs(dy)), seat))
    out = []
    for stand in stands.values():
        stand.sort(key=lambda back: -back[0])
        out += [seat for _, seat in stand[: len(stand) // 2]]
    return out


def state(tm: TileMap | None) -> str:
    """How full the map's seats are as the directions left them: `empty`, `half` or `full`."""
    return str(getattr(tm, SEATED, FULL)) if emptied(tm) else FULL


def emptied(tm: TileMap | None) -> bool:
    """Whether a direction has emptied the map's seats (and not filled them again)."""
    return bool(getattr(tm, EMPTIED, None))


def redraw(tm: TileMap) -> None:
    """Build the map's renderer again from its tile data (animations and all), where it looks now."""
    centre = tm.renderer.view_rect.center
    renderer = pyscroll.BufferedRenderer(pyscroll.TiledMapData(tm.tmx), tm.view, clamp_camera=True)
    tm.renderer = renderer
    tm.group._map_layer = renderer  # noqa: SLF001 - pyscroll's group holds the one renderer it draws
    tm.group.center(centre)

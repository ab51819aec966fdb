"""The fans drawn into a map's seats, emptied or filled by a direction (`stands: empty` / `full`).

The stadium's crowd is too many to stand as people: it is painted into its seat tiles, each of which
has an empty twin in the tileset (`stand_bot_blue0` and `stand_bot_blue1`, and `stand_bot_blue_empty`).
Emptying the stands puts every such tile's twin in its place; filling them puts the fans back. The
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


def fill(tm: TileMap, full: bool) -> int:
    """Empty the map's seats of their fans (or, `full`, put them back); how many tiles changed."""
    kept: dict[tuple[int, int, int], int] = getattr(tm, EMPTIED, {})
    changed = 0
    if full:
        for (li, x, y), gid in kept.items():
            tm.tmx.layers[li].data[y][x] = gid
        changed, kept = len(kept), {}
    else:
        swap = twins(tm.tmx)
        for li, layer in enumerate(tm.tmx.layers):
            if not isinstance(layer, pytmx.TiledTileLayer):
                continue
            for y, row in enumerate(layer.data):
                for x, gid in enumerate(row):
                    if gid in swap:
                        kept[(li, x, y)], row[x] = gid, swap[gid]
                        changed += 1
    setattr(tm, EMPTIED, kept)
    if changed:
        redraw(tm)
    elif not full and not kept:
        log.warning("stage direction: no seats with fans in them on %s", tm.name)
    return changed


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

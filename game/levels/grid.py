"""Walkability over a map's collision layer: which tiles the player can reach from where.

Used by the content tests (every spot and exit reachable from the start) and handy for tools; a
breadth-first search over tiles is all it takes, since the player moves on the tile grid's walls.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from pathlib import Path

from game.levels.tmx import MapObject, TmxError, TmxMap, load_map, properties

Tile = tuple[int, int]
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def _search(blocked: list[list[bool]], start: Tile, ends: set[Tile] | None = None
            ) -> tuple[dict[Tile, Tile | None], Tile | None]:
    """Breadth-first four-way steps from `start` over unblocked tiles: each tile reached and the
    tile it was reached from, stopping at the first of `ends` met (which is then the nearest)."""
    h, w = len(blocked), len(blocked[0]) if blocked else 0
    came: dict[Tile, Tile | None] = {start: None}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        if ends is not None and here in ends:
            return came, here
        x, y = here
        for dx, dy in STEPS:
            nxt = (x + dx, y + dy)
            if 0 <= nxt[0] < w and 0 <= nxt[1] < h and not blocked[nxt[1]][nxt[0]] and nxt not in came:
                came[nxt] = here
                queue.append(nxt)
    return came, None


def reachable(blocked: list[list[bool]], start: Tile) -> set[Tile]:
    """Every tile reachable from `start` in four-way steps without entering a blocked tile."""
    h, w = len(blocked), len(blocked[0]) if blocked else 0
    sx, sy = start
    if not (0 <= sx < w and 0 <= sy < h) or blocked[sy][sx]:
        return set()
    return set(_search(blocked, start)[0])


def object_tiles(tmx: TmxMap, obj: MapObject) -> list[Tile]:
    """The tiles an object covers (a point covers the tile it is in)."""
    if obj.points:
        return [tmx.tile_of(x, y) for x, y in obj.points]
    if obj.width <= 0 or obj.height <= 0:
        return [tmx.tile_of(obj.x, obj.y)]
    x0, y0 = tmx.tile_of(obj.x, obj.y)
    x1, y1 = tmx.tile_of(obj.x + obj.width - 1, obj.y + obj.height - 1)
    return [(x, y) for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]


def touches(tiles: Iterable[Tile], reach: set[Tile]) -> bool:
    """True when one of the tiles is reachable or next to a reachable tile (you can face it)."""
    return any((x + dx, y + dy) in reach for x, y in tiles for dx, dy in ((0, 0), *STEPS))


def start_tile(tmx: TmxMap) -> Tile:
    start = next(o for o in tmx.objects if o.type == "start")
    return tmx.tile_of(start.x, start.y)


def segment_tiles(a: tuple[float, float], b: tuple[float, float], tmx: TmxMap) -> list[Tile]:
    """Tiles a straight walker path crosses (sampled every quarter tile)."""
    steps = max(1, int(max(abs(b[0] - a[0]), abs(b[1] - a[1])) / (tmx.tile_w / 4)))
    return [tmx.tile_of(a[0] + (b[0] - a[0]) * i / steps, a[1] + (b[1] - a[1]) * i / steps)
            for i in range(steps + 1)]


def walkable_path_exists(path: Path, start: Tile, goal: Tile) -> bool:
    """Whether the player can walk from tile `start` to tile `goal` (or stand next to it) on this map."""
    tmx = load_map(Path(path))
    return touches([goal], reachable(tmx.blocked(), start))


def unreachable_objects(path: Path) -> list[MapObject]:
    """Exits, spots and entries the player cannot walk to (or stand next to) from the start."""
    tmx = load_map(Path(path))
    reach = reachable(tmx.blocked(), start_tile(tmx))
    bad = []
    for obj in tmx.objects:
        if obj.type in ("exit", "spot") and not touches(object_tiles(tmx, obj), reach):
            bad.append(obj)
        elif obj.type == "entry" and object_tiles(tmx, obj)[0] not in reach:
            bad.append(obj)
    return bad


def misplaced_people(path: Path) -> list[MapObject]:
    """People standing in a wall, or walkers whose path crosses one (someone behind a force field
    may be out of reach, but never inside the field)."""
    tmx = load_map(Path(path))
    blocked = tmx.blocked()
    bad = []
    for obj in tmx.objects:
        if obj.type == "walker" and obj.points:
            tiles = [t for a, b in zip(obj.points, obj.points[1:], strict=False) for t in segment_tiles(a, b, tmx)]
        elif obj.type == "npc":
            tiles = object_tiles(tmx, obj)
        else:
            continue
        if any(not (0 <= x < tmx.width and 0 <= y < tmx.height) or blocked[y][x] for x, y in tiles):
            bad.append(obj)
    return bad


def exit_graph(folder: Path) -> dict[str, tuple[str, list[str]]]:
    """Each map of a levels folder: (its title, the maps its exits lead to). Unreadable maps are left
    out (the linter names them); the window uses this to point the way back to a beat's place."""
    out: dict[str, tuple[str, list[str]]] = {}
    for path in sorted(Path(folder).glob("*.tmx")):
        try:
            tmx = load_map(path)
        except (TmxError, OSError):
            continue
        title = properties(tmx.root).get("title") or path.stem.replace("_", " ").title()
        out[path.stem] = (title, [o.props["to"] for o in tmx.objects if o.type == "exit" and o.props.get("to")])
    return out


def next_hop(graph: dict[str, tuple[str, list[str]]], here: str, goal: str) -> str | None:
    """The map to walk into from `here` on the fewest exits to `goal`; None if there is no way."""
    if here == goal:
        return None
    first: dict[str, str] = {}
    queue: deque[str] = deque()
    for to in graph.get(here, ("", []))[1]:
        if to not in first:
            first[to] = to
            queue.append(to)
    while queue:
        m = queue.popleft()
        if m == goal:
            return first[m]
        for to in graph.get(m, ("", []))[1]:
            if to not in first and to != here:
                first[to] = first[m]
                queue.append(to)
    return None


def find_path(blocked: list[list[bool]], start: Tile, goals: Iterable[Tile]) -> list[Tile] | None:
    """The shortest four-way walk from `start` to the nearest of `goals`, both ends included; None
    when no goal can be reached. A blocked goal counts as reached from the tile beside it (a spot on a
    counter is used from the floor in front)."""
    h, w = len(blocked), len(blocked[0]) if blocked else 0
    goal_set = set(goals)
    ends = {g for g in goal_set if 0 <= g[0] < w and 0 <= g[1] < h and not blocked[g[1]][g[0]]}
    for gx, gy in goal_set - ends:
        ends.update((gx + dx, gy + dy) for dx, dy in STEPS
                    if 0 <= gx + dx < w and 0 <= gy + dy < h and not blocked[gy + dy][gx + dx])
    sx, sy = start
    if not ends or not (0 <= sx < w and 0 <= sy < h):
        return None
    came, end = _search(blocked, start, ends)
    if end is None:
        return None
    path = [end]
    while (prev := came[path[-1]]) is not None:
        path.append(prev)
    return path[::-1]

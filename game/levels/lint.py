"""The map linter: every problem in every map at once, as `path:line:col: message`.

Like Ren'Py's lint and Tuxemon's map tests, it checks what a designer can get wrong in Tiled — a
missing start, a start inside a wall, an exit to a map that does not exist, an object outside the map,
a spot without a story node — without loading an image or importing pygame. It only reads files
inside the levels folder: a tileset path that climbs out of it is reported, never opened.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game.levels.tmx import (
    FLIP_BITS,
    OBJECT_TYPES,
    TILE_LAYERS,
    MapObject,
    TmxError,
    TmxMap,
    beat_list,
    load_map,
    number_problems,
    read_xml,
    whole,
)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a map, where a text editor or Tiled user can find it."""

    path: str
    line: int
    col: int
    message: str
    severity: str = "error"  # "warning": the game copes, but not as the designer meant

    def __str__(self) -> str:
        tag = "" if self.severity == "error" else f"{self.severity}: "
        return f"{self.path}:{self.line}:{self.col}: {tag}{self.message}"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _tileset_ranges(tmx: TmxMap, levels_dir: Path, report: _Report) -> list[tuple[int, int]]:
    """Check each tileset reference; return the gid ranges they cover."""
    ranges: list[tuple[int, int]] = []
    project = levels_dir.parent
    for ts in tmx.root.findall("tileset"):
        first = whole(ts.attrs.get("firstgid"))
        if first is None:
            report(ts.line, ts.col, "tileset has no valid firstgid")
            continue
        node = ts
        base = tmx.path.parent
        source = ts.attrs.get("source")
        if source is not None:
            tsx = (tmx.path.parent / source)
            if not _inside(tsx, levels_dir):
                report(ts.line, ts.col, f"tileset {source!r} lies outside the levels folder; refusing to read it")
                continue
            if not tsx.is_file():
                report(ts.line, ts.col, f"tileset {source!r} does not exist")
                continue
            try:
                node = read_xml(tsx)
            except TmxError as exc:
                report(ts.line, ts.col, f"tileset {source!r} cannot be read ({exc.line}:{exc.col}: {exc.message})")
                continue
            for line, col, message in number_problems(node):
                report(ts.line, ts.col, f"tileset {source!r} line {line}:{col}: {message}")
            base = tsx.parent
        count = whole(node.attrs.get("tilecount", "0")) or 0
        image = node.find("image")
        if image is not None:
            img = base / image.attrs.get("source", "")
            if not _inside(img, project):
                report(ts.line, ts.col, f"tileset image {image.attrs.get('source')!r} lies outside the project")
            elif not img.is_file():
                report(ts.line, ts.col, f"tileset image {image.attrs.get('source')!r} does not exist")
        ranges.append((first, first + count))
    if not tmx.root.findall("tileset"):
        report(tmx.root.line, tmx.root.col, "map has no tileset")
    return ranges


class _Report:
    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self.problems: list[Problem] = []

    def __call__(self, line: int, col: int, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(self.path, line, col, message, severity))


def _check_layers(tmx: TmxMap, ranges: list[tuple[int, int]], report: _Report) -> None:
    for name in TILE_LAYERS:
        layer = tmx.layers.get(name)
        if layer is None:
            report(tmx.root.line, tmx.root.col, f"map has no tile layer named {name!r}")
            continue
        if layer.error:
            report(layer.node.line, layer.node.col, f"layer {name!r}: {layer.error}")
            continue
        bad = sorted({g & ~FLIP_BITS for g in layer.gids or []
                      if g & ~FLIP_BITS and not any(a <= g & ~FLIP_BITS < b for a, b in ranges)})
        if bad and ranges:
            report(layer.node.line, layer.node.col,
                   f"layer {name!r} uses tile numbers no tileset holds: {', '.join(map(str, bad[:5]))}")
    collision = tmx.layers.get("collision")
    if collision is not None and collision.visible:
        report(collision.node.line, collision.node.col, "layer 'collision' should be hidden (visible=\"0\")")
    if "objects" not in tmx.groups:
        report(tmx.root.line, tmx.root.col, "map has no object layer named 'objects'")


def _inside_map(tmx: TmxMap, obj: MapObject) -> bool:
    w, h = tmx.width * tmx.tile_w, tmx.height * tmx.tile_h
    xs = [obj.x, obj.x + obj.width]
    ys = [obj.y, obj.y + obj.height]
    if obj.points:
        xs = [p[0] for p in obj.points]
        ys = [p[1] for p in obj.points]
    if any(math.isnan(v) for v in xs + ys):
        return False
    if obj.is_point or obj.points is None and obj.width == 0 and obj.height == 0:
        return 0 <= xs[0] < w and 0 <= ys[0] < h
    return min(xs) >= 0 and min(ys) >= 0 and max(xs) <= w and max(ys) <= h


def _finite(obj: MapObject) -> bool:
    values = [obj.x, obj.y, obj.width, obj.height] + [v for p in obj.points or () for v in p]
    return all(math.isfinite(v) for v in values)


def _label(obj: MapObject) -> str:
    return f"{obj.type or 'object'} {obj.name!r}" if obj.name else f"{obj.type or 'object'} (id {obj.id})"


@dataclass(frozen=True)
class _Known:
    """What the rest of the project defines, for the checks that look beyond one map."""

    maps: set[str]
    nodes: set[str] | None = None
    entries: dict[str, set[str]] | None = None
    sprites: set[str] | None = None
    beats: set[str] | None = None


def _check_ids(tmx: TmxMap, report: _Report) -> None:
    """One start; object ids present, unique, and below the map's `nextobjectid`."""
    starts = [o for o in tmx.objects if o.type == "start"]
    if len(starts) != 1:
        group = tmx.groups.get("objects")
        where = (starts[1].line, starts[1].col) if starts else (group.line, group.col) if group else (1, 1)
        report(*where, f"map needs exactly one object of type 'start', found {len(starts)}")
    ids = [o.id for o in tmx.objects if o.id is not None]
    nxt = tmx.root.attrs.get("nextobjectid")
    nxt_id = whole(nxt)
    if ids and nxt is not None and (nxt_id is None or nxt_id <= max(ids)):
        report(tmx.root.line, tmx.root.col, f"nextobjectid {nxt} is not above the highest object id {max(ids)}; "
                                            "Tiled would give the next object an id already in use")
    seen: dict[int, MapObject] = {}
    for obj in tmx.objects:
        if obj.id is None:
            report(obj.line, obj.col, "object has no numeric id")
        elif obj.id in seen:
            report(obj.line, obj.col, f"object id {obj.id} is also used on line {seen[obj.id].line}")
        else:
            seen[obj.id] = obj


def _check_exit(obj: MapObject, known: _Known, say: Callable[[str], None]) -> None:
    to = obj.props.get("to", "")
    if not to:
        say("has no property 'to' naming the map it leads to")
    elif to not in known.maps:
        say(f"leads to {to!r}, which is not a map in this folder")
    elif obj.props.get("start") and known.entries is not None:
        if obj.props["start"] not in known.entries.get(to, set()):
            say(f"arrives at {obj.props['start']!r}, which is no entry in {to!r}")


def _check_spot(obj: MapObject, known: _Known, say: Callable[[str], None]) -> None:
    node = obj.props.get("node", "")
    if not node:
        say("has no property 'node' naming the story node it starts")
    elif known.nodes is not None and node not in known.nodes:
        say(f"starts node {node!r}, which the story does not define")
    if obj.width <= 0 or obj.height <= 0:
        say("should be a rectangle (it has no width or height)")


def _check_person(obj: MapObject, known: _Known, say: Callable[[str], None]) -> None:
    sprite = obj.props.get("sprite", "")
    if not sprite:
        say("has no property 'sprite'")
    elif known.sprites is not None and sprite not in known.sprites:
        say(f"uses sprite {sprite!r}, which does not exist")
    if obj.type == "walker" and not obj.points:
        say("needs a polyline path to walk")
    gone = obj.props.get("gone_after")
    if gone is not None and known.nodes is not None and gone not in known.nodes:
        say(f"is gone after node {gone!r}, which no beat on this map has")
    beats = beat_list(obj.props.get("beats", ""))
    if "beats" in obj.props and not beats:
        say("has an empty 'beats' property (leave it out to be there in every beat)")
    unknown = [b for b in beats if known.beats is not None and b not in known.beats]
    if unknown:
        say(f"is only there in {', '.join(repr(b) for b in unknown)}, which the story has no beat for")


_BY_TYPE = {"exit": _check_exit, "spot": _check_spot, "npc": _check_person, "walker": _check_person}


def _check_objects(tmx: TmxMap, known: _Known, report: _Report) -> None:
    _check_ids(tmx, report)
    blocked = tmx.blocked()
    for obj in tmx.objects:
        at = (obj.line, obj.col)
        if obj.type not in OBJECT_TYPES:
            report(*at, f"{_label(obj)}: unknown type {obj.type!r} (expected one of {', '.join(OBJECT_TYPES)})")
        if not _finite(obj):
            continue  # its numbers are reported where they are written
        if not _inside_map(tmx, obj):
            report(*at, f"{_label(obj)} lies outside the map ({tmx.width}×{tmx.height} tiles)")
            continue
        if obj.type in ("start", "entry"):
            tx, ty = tmx.tile_of(obj.x, obj.y)
            if blocked[ty][tx]:
                report(*at, f"{_label(obj)} stands on a collision tile at ({tx}, {ty})")
        elif obj.type in _BY_TYPE:
            _BY_TYPE[obj.type](obj, known, lambda message, obj=obj, at=at: report(*at, f"{_label(obj)} {message}"))


def _check_spot_overlaps(tmx: TmxMap, report: _Report) -> None:
    """Two spots over the same ground: the player standing there cannot tell which one she gets."""
    spots = [o for o in tmx.objects if o.type == "spot" and o.width > 0 and o.height > 0 and _finite(o)]
    for i, a in enumerate(spots):
        for b in spots[i + 1:]:
            if a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height:
                report(b.line, b.col, f"{_label(b)} overlaps {_label(a)} (line {a.line}): standing in both, "
                                      "the player cannot tell which one she will get")


def _check_needed_spots(tmx: TmxMap, needed: dict[str, str], report: _Report) -> None:
    """Each node the story explores on this map has a spot object to walk to (`needed`: node -> why).

    A warning: the game still offers such a spot, in its "Elsewhere" menu, not on the map."""
    placed = {o.props.get("node", "") for o in tmx.objects if o.type == "spot"}
    group = tmx.groups.get("objects")
    line, col = (group.line, group.col) if group is not None else (tmx.root.line, tmx.root.col)
    for node, why in sorted(needed.items()):
        if node not in placed:
            report(line, col, f"no spot object starts node {node!r}, which {why}: add a 'spot' object to the "
                              f"'objects' layer with the property node = {node} (without it the player only "
                              "finds it under 'Elsewhere')", "warning")


def lint_map(path: Path, known_maps: set[str], known_nodes: set[str] | None = None, *,
             known_entries: dict[str, set[str]] | None = None, known_sprites: set[str] | None = None,
             levels_dir: Path | None = None, known_beats: set[str] | None = None,
             needed_spots: dict[str, str] | None = None) -> list[Problem]:
    """Every problem in one map. `known_nodes` None skips the story check (no story loaded);
    `needed_spots` names the nodes the story explores on this map, each with where it does."""
    path = Path(path)
    levels_dir = Path(levels_dir) if levels_dir else path.parent
    report = _Report(path)
    if not _inside(path, levels_dir):
        report(1, 1, "map lies outside the levels folder; refusing to read it")
        return report.problems
    try:
        tmx = load_map(path)
    except TmxError as exc:
        report(exc.line, exc.col, exc.message)
        return report.problems
    for line, col, message in number_problems(tmx.root):
        report(line, col, message)
    if tmx.root.attrs.get("orientation", "orthogonal") != "orthogonal":
        report(tmx.root.line, tmx.root.col, "map must be orthogonal")
    if (tmx.tile_w, tmx.tile_h) != (16, 16):
        report(tmx.root.line, tmx.root.col, f"tiles must be 16×16, not {tmx.tile_w}×{tmx.tile_h}")
    ranges = _tileset_ranges(tmx, levels_dir, report)
    _check_layers(tmx, ranges, report)
    _check_objects(tmx, _Known(known_maps, known_nodes, known_entries, known_sprites, known_beats), report)
    _check_spot_overlaps(tmx, report)
    _check_needed_spots(tmx, needed_spots or {}, report)
    return sorted(report.problems)


def entries(path: Path) -> set[str]:
    """Names of the `entry` objects of a map (where exits from other maps may arrive)."""
    try:
        return {o.name for o in load_map(Path(path)).objects if o.type == "entry" and o.name}
    except TmxError:
        return set()


def spots(path: Path) -> list[str]:
    """The story nodes a map's spots start, in map order (what the story writer must define)."""
    return [o.props.get("node", "") for o in load_map(Path(path)).objects if o.type == "spot"]


def lint_levels(levels_dir: Path, known_nodes_by_map: dict[str, set[str]] | None = None, *,
                known_sprites: set[str] | None = None, known_beats: set[str] | None = None,
                needed_spots_by_map: dict[str, dict[str, str]] | None = None) -> list[Problem]:
    """Lint every `*.tmx` in the folder; maps absent from `known_nodes_by_map` skip the node check,
    and each map in `needed_spots_by_map` must have a spot object for every node listed for it."""
    levels_dir = Path(levels_dir)
    maps = sorted(levels_dir.glob("*.tmx"))
    known = {p.stem for p in maps}
    arrivals = {p.stem: entries(p) for p in maps}
    problems: list[Problem] = []
    for p in maps:
        nodes = known_nodes_by_map.get(p.stem) if known_nodes_by_map is not None else None
        problems += lint_map(p, known, nodes, known_entries=arrivals, known_sprites=known_sprites,
                             levels_dir=levels_dir, known_beats=known_beats,
                             needed_spots=(needed_spots_by_map or {}).get(p.stem))
    return problems


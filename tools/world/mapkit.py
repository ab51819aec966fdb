"""Turn a readable ASCII layout into a Tiled map: one character per tile, a legend of brushes.

A designer reads the layout in the Python source like a floor plan (`#` wall, `.` floor, `K` kennel)
and the brushes do the fiddly part: wall caps and faces, 9-slices for any-size stages and roofs,
multi-tile props cut by position, buildings with roofs, facades and shopfronts. Marker characters
place objects (the start, exits, story spots, people) on top of the floor.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tools.world.lights import place_lights
from tools.world.sprites_people import CROWD
from tools.world.tileset import TILE, Tileset
from tools.world.tmxwrite import MapData, MapObj, Ref

LAYERS = ("ground", "detail", "above", "collision")
Names = str | Sequence[str] | None


@dataclass
class Region:
    x0: int
    y0: int
    w: int
    h: int


class Builder:
    """The map being built: tile layers, collision and objects, plus position-seeded choices."""

    def __init__(self, name: str, width: int, height: int, sets: list[Tileset]) -> None:
        self.name, self.w, self.h, self.sets = name, width, height, sets
        self.layers: dict[str, list[list[Ref | None]]] = {
            n: [[None] * width for _ in range(height)] for n in LAYERS}
        self.objects: list[MapObj] = []
        self.grid: list[str] = []
        self.regions: list[list[Region]] = []
        self.legend: dict[str, Brush] = {}

    # -- tiles --------------------------------------------------------------------------------
    def ref(self, name: str) -> Ref:
        if ":" in name:
            set_name, tile = name.split(":", 1)
            return set_name, tile
        for ts in self.sets:
            if ts.has(name):
                return ts.name, name
        raise KeyError(f"{self.name}: no tileset has a tile named {name!r}")

    def has(self, name: str) -> bool:
        return any(ts.has(name) for ts in self.sets)

    def put(self, layer: str, x: int, y: int, name: Names, salt: str = "") -> None:
        if name is None or not (0 <= x < self.w and 0 <= y < self.h):
            return
        choice = name if isinstance(name, str) else self.pick(name, x, y, salt or layer)
        self.layers[layer][y][x] = self.ref(choice)

    def clear(self, layer: str, x: int, y: int) -> None:
        self.layers[layer][y][x] = None

    def block(self, x: int, y: int, solid: bool = True) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            self.layers["collision"][y][x] = ("collision", "block") if solid else None

    def blocked(self, x: int, y: int) -> bool:
        return not (0 <= x < self.w and 0 <= y < self.h) or self.layers["collision"][y][x] is not None

    def noise(self, x: int, y: int, salt: str = "") -> float:
        """A fixed pseudo-random number in [0, 1) for this map, cell and purpose."""
        h = hashlib.blake2b(f"{self.name}/{x}/{y}/{salt}".encode(), digest_size=4).digest()
        return int.from_bytes(h, "big") / 2**32

    def pick(self, options: Sequence[str], x: int, y: int, salt: str = "") -> str:
        """Choose among variants; the first is the common one, the rest add variety."""
        n = self.noise(x, y, salt)
        if len(options) > 2 and n < 0.55:
            return options[0]
        return options[int(self.noise(x, y, salt + "#") * len(options))]

    def char(self, x: int, y: int) -> str | None:
        return self.grid[y][x] if 0 <= x < self.w and 0 <= y < self.h else None

    def brush_at(self, x: int, y: int) -> Brush | None:
        ch = self.char(x, y)
        return self.legend.get(ch) if ch is not None else None

    def wallish(self, x: int, y: int) -> bool:
        b = self.brush_at(x, y)
        return b is None or b.wallish  # outside the map counts as wall

    # -- objects ------------------------------------------------------------------------------
    def add(self, obj: MapObj) -> None:
        self.objects.append(obj)

    def data(self, props: dict[str, str] | None = None) -> MapData:
        sets = list(self.sets)
        return MapData(self.name, self.w, self.h, sets, self.layers, self.objects, props or {})


class Brush:
    """What one layout character paints. `on` names the character painted underneath first."""

    wallish = False
    group: str | None = None
    on: str | None = None

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def under(self, b: Builder, x: int, y: int, floor: str) -> None:
        """Paint what this prop stands on: `on`, else the nearest plain ground around it."""
        ch = self.on or ground_near(b, x, y) or floor
        brush = b.legend[ch]
        if brush is self:
            return
        region = Region(x, y, 1, 1)
        for dx, dy in ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (1, 1), (1, -1), (-1, 1)):
            if b.char(x + dx, y + dy) == ch:
                region = b.regions[y + dy][x + dx]
                break
        brush.paint(b, x, y, region)


def is_ground(brush: Brush | None) -> bool:
    """Brushes that lay floor (and so can sit under a prop)."""
    if isinstance(brush, T):
        return brush.ground is not None and brush.detail is None and not brush.solid
    if isinstance(brush, (Stripes, Pattern)):
        return True
    return isinstance(brush, (Auto, Nine)) and brush.layer == "ground" and brush.solid is not True


def ground_near(b: Builder, x: int, y: int) -> str | None:
    """The most common floor character in the nearest ring of cells that has any."""
    for radius in (1, 2, 3):
        counts: dict[str, int] = {}
        for dy in range(-radius, radius + 1):
            for dx in range(-radius, radius + 1):
                if max(abs(dx), abs(dy)) != radius:
                    continue
                ch = b.char(x + dx, y + dy)
                if ch is not None and is_ground(b.legend.get(ch)):
                    counts[ch] = counts.get(ch, 0) + 1 + (radius == 1 and (dx == 0 or dy == 0))
        if counts:
            return max(counts, key=lambda c: counts[c])
    return None


@dataclass
class T(Brush):
    """Plain tiles: a ground, optionally a detail and an above tile; lists are random variants."""

    ground: Names = None
    detail: Names = None
    above: Names = None
    solid: bool = False
    on: str | None = None
    wallish: bool = False

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        if self.ground is None:
            self.under(b, x, y, b.floor)  # type: ignore[attr-defined]
        b.put("ground", x, y, self.ground)
        b.put("detail", x, y, self.detail)
        b.put("above", x, y, self.above)
        if self.solid:
            b.block(x, y)


@dataclass
class Stripes(Brush):
    """Ground in bands `width` tiles wide (mown grass): `a` and `b` alternate by column or row."""

    a: Names
    b: Names
    width: int = 2
    vertical: bool = True

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        band = (x if self.vertical else y) // self.width
        b.put("ground", x, y, self.a if band % 2 == 0 else self.b)


@dataclass
class Pattern(Brush):
    """Ground laid in a fixed repeating pattern by map position (2×2 slabs, checkerboards)."""

    names: Sequence[Sequence[str]]

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        row = self.names[y % len(self.names)]
        b.put("ground", x, y, row[x % len(row)])


@dataclass
class Cycle(Brush):
    """A run of different tiles repeated along a row (an LED board four tiles long)."""

    names: Sequence[str]
    solid: bool = True
    layer: str = "detail"

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        self.under(b, x, y, b.floor)  # type: ignore[attr-defined]
        b.put(self.layer, x, y, self.names[(x - r.x0) % len(self.names)])
        if self.solid:
            b.block(x, y)


def stamp_size(b: Builder, name: str) -> tuple[int, int]:
    if b.has(name):
        return 1, 1  # a single tile used as a stamp
    w = h = 0
    while b.has(f"{name}@{w},0"):
        w += 1
    while b.has(f"{name}@0,{h}"):
        h += 1
    if not w:
        raise KeyError(f"{b.name}: no multi-tile picture named {name!r}")
    return w, h


@dataclass
class Stamp(Brush):
    """A multi-tile prop; a region of the character repeats it. Top `above_rows` draw over the player."""

    name: str | Sequence[str]
    solid: bool = True
    above_rows: int = 0
    layer: str = "detail"
    on: str | None = None
    wallish: bool = False

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        self.under(b, x, y, b.floor)  # type: ignore[attr-defined]
        name = self.name if isinstance(self.name, str) else b.pick(self.name, r.x0, r.y0, "stamp")
        w, h = stamp_size(b, name)
        dx, dy = (x - r.x0) % w, (y - r.y0) % h
        tile = name if b.has(name) else f"{name}@{dx},{dy}"
        if dy < self.above_rows:
            b.put("above", x, y, tile)
            return
        b.put(self.layer, x, y, tile)
        if self.solid:
            b.block(x, y)


def _part(i: int, n: int, lo: str, hi: str) -> str:
    return lo if i == 0 else hi if i == n - 1 else ""


@dataclass
class Nine(Brush):
    """A 9-sliced region (stage, carpet, roof deck, pitch lines); `solid` may be 'edges'."""

    name: str
    solid: bool | str = False
    layer: str = "ground"
    on: str | None = None

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        if self.layer != "ground":
            self.under(b, x, y, b.floor)  # type: ignore[attr-defined]
        part = _part(y - r.y0, r.h, "n", "s") + _part(x - r.x0, r.w, "w", "e") or "c"
        b.put(self.layer, x, y, f"{self.name}_{part}")
        if self.solid is True or (self.solid == "edges" and part != "c"):
            b.block(x, y)


@dataclass
class Strip(Brush):
    """A run with two ends (conveyor, bench, counter): `name_l`, `name_m`, `name_r` (or t/m/b)."""

    name: str
    solid: bool = True
    vertical: bool = False
    layer: str = "detail"
    on: str | None = None

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        if self.layer != "ground":
            self.under(b, x, y, b.floor)  # type: ignore[attr-defined]
        i, n = (y - r.y0, r.h) if self.vertical else (x - r.x0, r.w)
        ends = ("t", "b") if self.vertical else ("l", "r")
        part = "m" if n == 1 else ends[0] if i == 0 else ends[1] if i == n - 1 else "m"
        b.put(self.layer, x, y, f"{self.name}_{part}")
        if self.solid:
            b.block(x, y)


@dataclass
class Wall(Brush):
    """An interior wall in 3/4 view: the lowest row shows its face, the row above its upper face,
    everything else the autotiled top."""

    style: str
    faces: int = 1
    his: int = 1
    tall: int = 1  # how many upper-face rows a thick wall shows above its lowest row
    wallish: bool = True

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        b.block(x, y)
        depth = next((d for d in range(1, self.tall + 2) if y + d < b.h and not b.wallish(x, y + d)), 0)
        if depth == 1:
            b.put("ground", x, y, [f"{self.style}_face{i}" for i in range(self.faces)], "face")
        elif depth > 1:
            b.put("ground", x, y, [f"{self.style}_hi{i}" for i in range(self.his)], "hi")
        else:
            mask = sum(bit for bit, (dx, dy) in ((1, (0, -1)), (2, (1, 0)), (4, (0, 1)), (8, (-1, 0)))
                       if b.wallish(x + dx, y + dy))
            b.put("ground", x, y, f"{self.style}_cap_{mask}")


@dataclass
class Decor(Brush):
    """Something fixed to a wall (window, poster, screen): the wall is painted, then the picture."""

    wall: str
    name: str
    layer: str = "detail"
    wallish: bool = True

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        b.legend[self.wall].paint(b, x, y, r)
        w, h = stamp_size(b, self.name)
        tile = self.name if b.has(self.name) else f"{self.name}@{(x - r.x0) % w},{(y - r.y0) % h}"
        b.put(self.layer, x, y, tile)


@dataclass
class Auto(Brush):
    """A 16-way autotile: the bit for a side is set when that neighbour is one of `connects`."""

    name: str
    connects: str
    solid: bool = False
    layer: str = "ground"
    on: str | None = None
    outside: bool = False

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        if self.layer != "ground":
            self.under(b, x, y, b.floor)  # type: ignore[attr-defined]
        mask = 0
        for bit, (dx, dy) in ((1, (0, -1)), (2, (1, 0)), (4, (0, 1)), (8, (-1, 0))):
            ch = b.char(x + dx, y + dy)
            if (ch is None and self.outside) or (ch is not None and ch in self.connects):
                mask |= bit
        b.put(self.layer, x, y, f"{self.name}_{mask}")
        if self.solid:
            b.block(x, y)


@dataclass
class Building(Brush):
    """A city block in 3/4 view: roof (9-slice) on top, then `facade` rows: windows, then shops."""

    style: str
    facade: int = 3
    shops: Sequence[str] = ("window", "door", "shutter", "noodle", "neon", "window")
    group: str | None = None
    wallish: bool = True

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        b.block(x, y)
        f = min(self.facade, r.h)
        roof_h = r.h - f
        row, col = y - r.y0, x - r.x0
        s = self.style
        if row < roof_h:
            part = _part(row, roof_h, "n", "s") + _part(col, r.w, "w", "e") or "c"
            if roof_h == 1:
                part = "s" + _part(col, r.w, "w", "e")
            b.put("ground", x, y, f"{s}_roof_{part}")
        elif row == r.h - 1:
            b.put("ground", x, y, [f"{s}_shop_{k}" for k in self.shops], "shop")
        elif col == 0:
            b.put("ground", x, y, f"{s}_edge_l")
        elif col == r.w - 1:
            b.put("ground", x, y, f"{s}_edge_r")
        else:
            b.put("ground", x, y, [f"{s}_win{i}" for i in range(6)], "win")


@dataclass
class Door(Brush):
    """A walkable doorway in a building's shop row (the building above it gives the style)."""

    kind: str = "door"
    wallish: bool = True

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        above = b.brush_at(x, y - 1)
        style = above.style if isinstance(above, Building) else "conc"
        b.put("ground", x, y, f"{style}_shop_{self.kind}")


# -- objects -------------------------------------------------------------------------------------
@dataclass
class Obj:
    """An object placed at a marker character: point (start, npc, entry), rectangle or polyline."""

    type: str
    name: str = ""
    props: dict[str, str] = field(default_factory=dict)
    rect: tuple[int, int, int, int] | None = None  # dx, dy, w, h in tiles from the marker
    path: list[tuple[float, float]] | None = None  # in tiles, relative to the marker
    on: str | None = None  # the layout character under the marker (default: the map's floor)

    def place(self, b: Builder, x: int, y: int, n: int) -> None:
        name = self.name or self.props.get("node") or self.props.get("sprite") or self.type
        name = f"{name}_{n}" if n else name
        props = _crowd_dressed(self.props, x, y)
        if self.rect:
            dx, dy, w, h = self.rect
            b.add(MapObj(self.type, name, (x + dx) * TILE, (y + dy) * TILE, w * TILE, h * TILE, props))
        elif self.path:
            pts = [(px * TILE, py * TILE) for px, py in self.path]
            b.add(MapObj(self.type, name, x * TILE + 8, y * TILE + 8, props=props, polyline=pts))
        else:
            b.add(MapObj(self.type, name, x * TILE + 8, y * TILE + 8, props=props, point=True))


def _crowd_dressed(props: dict[str, str], x: int, y: int) -> dict[str, str]:
    """A passer-by (`crowd_*` sprite) gets one of all the crowd's looks, chosen by where they stand,
    so a street is not three people repeated; the same map always gets the same people."""
    out = dict(props)
    if out.get("sprite", "").startswith("crowd_"):
        out["sprite"] = CROWD[int(hashlib.md5(f"crowd/{x},{y}".encode()).hexdigest(), 16) % len(CROWD)]
    return out


def show_big(b: Builder, prefix: str, first: int, tile: str, at: tuple[int, int], size: tuple[int, int],
             props: dict[str, str]) -> None:
    """A big tile drawn on the map only while a direction has a kind of light on: a light of that kind
    (`props`) over each of its cells showing that cell (`tile@dx,dy`), named `prefix_<n>` counting
    from `first` (a window broken once Ares goes through it, footage on a screen)."""
    (x0, y0), (cols, rows) = at, size
    for dy in range(rows):
        for dx in range(cols):
            b.add(MapObj("light", f"{prefix}_{first + dy * cols + dx}", (x0 + dx) * TILE, (y0 + dy) * TILE, TILE, TILE,
                         {**props, "shows": f"{tile}@{dx},{dy}"}))


def start(on: str | None = None) -> Obj:
    return Obj("start", "start", on=on)


def entry(name: str, on: str | None = None) -> Obj:
    return Obj("entry", name, on=on)


def exit_to(to: str, arrive: str | None = None, rect: tuple[int, int, int, int] = (0, 0, 1, 1),
            on: str | None = None) -> Obj:
    props = {"to": to} | ({"start": arrive} if arrive else {})
    return Obj("exit", f"to_{to}", props, rect=rect, on=on)


def spot(node: str, rect: tuple[int, int, int, int] = (0, 0, 1, 1), on: str | None = None) -> Obj:
    return Obj("spot", node, {"node": node}, rect=rect, on=on)


def npc(sprite: str, name: str = "", on: str | None = None, beats: str = "", gone_after: str = "") -> Obj:
    """Someone standing about; with `beats`, only in those beats (comma-separated ids); with
    `gone_after`, gone once the story has been through that node."""
    props = {"sprite": sprite, **({"beats": beats} if beats else {}), **({"gone_after": gone_after} if gone_after else {})}
    return Obj("npc", name or sprite, props, on=on)


def walker(sprite: str, path: list[tuple[float, float]], on: str | None = None, name: str = "") -> Obj:
    return Obj("walker", name or sprite, {"sprite": sprite}, path=[(0, 0), *path], on=on)


# -- compiling a layout --------------------------------------------------------------------------
@dataclass
class Layout:
    """One place: its ASCII plan, what each character paints, and the objects its markers stand for."""

    name: str
    title: str
    plan: str
    legend: dict[str, Brush]
    floor: str
    sets: list[str]
    objects: dict[str, Obj] = field(default_factory=dict)
    decorate: Callable[[Builder], None] | None = None

    def rows(self) -> list[str]:
        rows = [r for r in self.plan.strip("\n").split("\n")]
        width = max(len(r) for r in rows)
        bad = [i for i, r in enumerate(rows) if len(r) != width]
        if bad:
            raise ValueError(f"{self.name}: layout rows {bad} are not {width} characters wide")
        return rows


def regions(grid: list[str], key: Callable[[str], str]) -> list[list[Region]]:
    """Bounding boxes of 4-connected runs of characters with the same key."""
    h, w = len(grid), len(grid[0])
    out: list[list[Region | None]] = [[None] * w for _ in range(h)]
    for y in range(h):
        for x in range(w):
            if out[y][x] is not None:
                continue
            k = key(grid[y][x])
            cells, queue = [(x, y)], deque([(x, y)])
            out[y][x] = Region(0, 0, 0, 0)
            while queue:
                cx, cy = queue.popleft()
                for nx, ny in ((cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)):
                    if 0 <= nx < w and 0 <= ny < h and out[ny][nx] is None and key(grid[ny][nx]) == k:
                        out[ny][nx] = out[y][x]
                        cells.append((nx, ny))
                        queue.append((nx, ny))
            xs, ys = [c[0] for c in cells], [c[1] for c in cells]
            reg = out[y][x]
            assert reg is not None
            reg.x0, reg.y0, reg.w, reg.h = min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
    return out  # type: ignore[return-value]


def compile_layout(layout: Layout, tilesets: dict[str, Tileset]) -> Builder:
    rows = layout.rows()
    sets = [tilesets[s] for s in layout.sets] + [tilesets["collision"]]
    b = Builder(layout.name, len(rows[0]), len(rows), sets)
    b.floor = layout.floor  # type: ignore[attr-defined]
    markers = layout.objects
    clash = set(markers) & set(layout.legend)
    if clash:
        raise ValueError(f"{layout.name}: marker characters also in the legend: {''.join(sorted(clash))}")
    # markers stand on what their object says (or the floor); the grid keeps that character
    b.grid = ["".join((markers[c].on or layout.floor) if c in markers else c for c in row) for row in rows]
    b.legend = layout.legend
    unknown = {c for row in b.grid for c in row if c not in b.legend}
    if unknown:
        raise ValueError(f"{layout.name}: layout characters without a brush: {''.join(sorted(unknown))}")
    b.regions = regions(b.grid, lambda c: b.legend[c].group or c)
    for y in range(b.h):
        for x in range(b.w):
            b.legend[b.grid[y][x]].paint(b, x, y, b.regions[y][x])
    if layout.decorate:
        layout.decorate(b)
    counts: dict[str, int] = {}
    for y, row in enumerate(rows):
        for x, c in enumerate(row):
            if c in markers:
                markers[c].place(b, x, y, counts.get(c, 0))
                counts[c] = counts.get(c, 0) + 1
    missing = set(markers) - set(counts)
    if missing:
        raise ValueError(f"{layout.name}: markers never placed: {''.join(sorted(missing))}")
    place_lights(b)  # where the tiles give light, for the window's night scenes
    return b

"""Read a Tiled map (TMX) or tileset (TSX) keeping every element's line and column.

Pure Python on the standard library's expat parser, so the linter can run anywhere (no pygame, no
pytmx) and point a designer at `levels/garage.tmx:41:3` instead of printing a traceback. Document
type declarations and entities are refused: a map never needs them, and they are how XML bombs work.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

MAX_BYTES = 16 * 1024 * 1024  # a hand-made 60×34 map is ~40 KB; anything this big is not a map
FLIP_BITS = 0xE0000000
TILE_LAYERS = ("ground", "detail", "above", "collision")
OBJECT_TYPES = ("start", "entry", "exit", "spot", "npc", "walker", "mark",  # mark: a named point for stage directions
                "light")  # light: where a kind of light shines (lamps, screens, neon...) at night
MAX_TILES = 1000  # tiles along one side of a map or layer; the largest hand-made map is 60 wide
MAX_TILE_PX = 1024
MAX_COORD = 10_000_000.0  # pixels; an object farther out than this is no place on any map
_WHOLE = re.compile(r"^\s*[-+]?\d{1,12}\s*$")

# The whole-number attributes a reader allocates or divides by, with their sane ranges, by element;
# every other numeric attribute (positions, sizes, angles, offsets) must be a finite number.
WHOLE_RANGES: dict[str, dict[str, tuple[int, int]]] = {
    "map": {"width": (1, MAX_TILES), "height": (1, MAX_TILES),
            "tilewidth": (1, MAX_TILE_PX), "tileheight": (1, MAX_TILE_PX)},
    "layer": {"width": (1, MAX_TILES), "height": (1, MAX_TILES)},
    "tileset": {"firstgid": (1, 1 << 28), "tilewidth": (1, MAX_TILE_PX), "tileheight": (1, MAX_TILE_PX),
                "tilecount": (0, MAX_TILES * MAX_TILES), "columns": (0, MAX_TILES * MAX_TILES),
                "spacing": (0, MAX_TILE_PX), "margin": (0, MAX_TILE_PX)},
    "image": {"width": (1, 1 << 16), "height": (1, 1 << 16)},
}
REALS = ("x", "y", "width", "height", "rotation", "offsetx", "offsety", "opacity", "parallaxx", "parallaxy")


class TmxError(Exception):
    """A file that cannot be read as XML, with the place it went wrong."""

    def __init__(self, message: str, line: int = 1, col: int = 1) -> None:
        super().__init__(message)
        self.message, self.line, self.col = message, line, col


@dataclass
class Node:
    """One XML element with the line and column (1-based) where it starts."""

    tag: str
    attrs: dict[str, str]
    line: int
    col: int
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def find(self, tag: str) -> Node | None:
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list[Node]:
        return [c for c in self.children if c.tag == tag]


def parse_xml(data: bytes) -> Node:
    """Parse XML bytes into Nodes; raises TmxError with line and column on any fault."""
    parser = expat.ParserCreate()
    stack: list[Node] = []
    root: list[Node] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        node = Node(tag, dict(attrs), parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        if stack:
            stack[-1].children.append(node)
        else:
            root.append(node)
        stack.append(node)

    def end(tag: str) -> None:
        stack.pop()

    def chars(text: str) -> None:
        if stack:
            stack[-1].text += text

    def refuse(*_args: object) -> None:
        raise TmxError("document type declarations are not allowed in a map",
                       parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise TmxError(f"malformed XML: {expat.errors.messages[exc.code]}", exc.lineno, exc.offset + 1) from None
    finally:  # the handlers close over the parser: unhooked, the ring no longer holds the tree till a full collection
        parser.StartElementHandler = parser.EndElementHandler = parser.CharacterDataHandler = None
        parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = None
    if not root:
        raise TmxError("empty file")
    return root[0]


def read_xml(path: Path) -> Node:
    """Read and parse one file, refusing files too large to be a map."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TmxError(f"file is {size} bytes; a map is never larger than {MAX_BYTES}")
        data = path.read_bytes()
    except OSError as exc:
        raise TmxError(f"cannot read: {exc.strerror or exc}") from None
    return parse_xml(data)


def whole(value: str | None) -> int | None:
    """A whole number written as one (at most 12 digits), else None: never a float, never a hang."""
    return int(value) if value is not None and _WHOLE.match(value) else None


def _real(value: str) -> float | None:
    try:
        v = float(value)
    except ValueError:
        return None
    return v if math.isfinite(v) and abs(v) <= MAX_COORD else None


def _number_faults(node: Node) -> list[str]:
    out: list[str] = []
    ranges = WHOLE_RANGES.get(node.tag, {})
    for attr, (lo, hi) in ranges.items():
        raw = node.attrs.get(attr)
        n = whole(raw)
        if raw is not None and (n is None or not lo <= n <= hi):
            out.append(f"<{node.tag}> {attr}={_shown(raw)} must be a whole number from {lo} to {hi}")
    for attr in REALS:
        raw = node.attrs.get(attr)
        if attr not in ranges and raw is not None and _real(raw) is None:
            out.append(f"<{node.tag}> {attr}={_shown(raw)} must be a finite number")
    for pair in node.attrs.get("points", "").split():
        if any(_real(v) is None for v in pair.split(",")) or pair.count(",") != 1:
            out.append(f"<{node.tag}> points holds {_shown(pair)}, not a pair of finite numbers")
            break
    return out


def _shown(raw: str) -> str:
    return repr(raw if len(raw) <= 24 else raw[:21] + "...")


def number_problems(root: Node) -> list[tuple[int, int, str]]:
    """Every numeric attribute in the tree that is not a sane number, as (line, col, message).

    Checked before anything is built from them: a size of 100000×100000 or a tile width of 0
    would otherwise allocate gigabytes or divide by zero in whoever reads the map next."""
    out: list[tuple[int, int, str]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        out += [(node.line, node.col, m) for m in _number_faults(node)]
        stack.extend(reversed(node.children))
    return out


@dataclass
class MapObject:
    """An object of the `objects` group, in pixels, with its properties as strings."""

    id: int | None
    name: str
    type: str
    x: float
    y: float
    width: float
    height: float
    props: dict[str, str]
    points: list[tuple[float, float]] | None  # absolute, for polylines and polygons
    is_point: bool
    line: int
    col: int


@dataclass
class TileLayer:
    name: str
    node: Node
    visible: bool
    gids: list[int] | None  # row-major, width × height; None when the data cannot be read
    error: str | None = None


@dataclass
class TmxMap:
    """What the linter and the walkability helpers need to know of a map."""

    path: Path
    root: Node
    width: int
    height: int
    tile_w: int
    tile_h: int
    layers: dict[str, TileLayer]
    groups: dict[str, Node]
    objects: list[MapObject]

    def tile_of(self, x: float, y: float) -> tuple[int, int]:
        return int(x // self.tile_w), int(y // self.tile_h)

    def blocked(self) -> list[list[bool]]:
        """Collision grid: any non-empty tile on the `collision` layer blocks."""
        layer = self.layers.get("collision")
        gids = layer.gids if layer and layer.gids else [0] * (self.width * self.height)
        return [[gids[y * self.width + x] & ~FLIP_BITS != 0 for x in range(self.width)]
                for y in range(self.height)]


def _float(value: str | None) -> float:
    """A coordinate; NaN for anything that is not a finite number (`number_problems` says why)."""
    if value is None:
        return 0.0
    v = _real(value)
    return float("nan") if v is None else v


def beat_list(value: str) -> list[str]:
    """A `beats` property ("backyard, the_deletion") as beat ids."""
    return [b.strip() for b in value.split(",") if b.strip()]


def properties(node: Node) -> dict[str, str]:
    props = node.find("properties")
    if props is None:
        return {}
    out: dict[str, str] = {}
    for p in props.findall("property"):
        out[p.attrs.get("name", "")] = p.attrs.get("value", p.text.strip())
    return out


def _layer_data(node: Node, width: int, height: int) -> tuple[list[int] | None, str | None]:
    data = node.find("data")
    if data is None:
        return None, "layer has no <data>"
    if data.attrs.get("encoding") != "csv" or data.attrs.get("compression"):
        return None, "layer data must be CSV-encoded (Map ▸ Map Properties ▸ Tile Layer Format: CSV)"
    try:
        gids = [int(v) for v in data.text.replace("\n", "").split(",") if v.strip()]
    except ValueError:
        return None, "layer data holds something that is not a tile number"
    if gids and not 0 <= min(gids) <= max(gids) < 1 << 32:
        return None, "layer data holds a tile number outside 0 to 4294967295"
    if len(gids) != width * height:
        return None, f"layer data has {len(gids)} tiles, the map needs {width}×{height} = {width * height}"
    return gids, None


def load_map(path: Path, tiles: bool = True) -> TmxMap:
    """Parse a TMX file into a TmxMap; raises TmxError if it is not XML or not a map.

    With `tiles=False` the tile layers are left out (`layers` is empty): the story's stage checks
    need only the map's objects, and decoding every layer's numbers was most of the time it took."""
    root = read_xml(path)
    if root.tag != "map":
        raise TmxError(f"root element is <{root.tag}>, expected <map>", root.line, root.col)
    for attr in ("width", "height"):
        if attr not in root.attrs:
            raise TmxError(f"<map> has no {attr}", root.line, root.col)
    sizes = _number_faults(root)
    if sizes:  # before anything the size of the map is allocated
        raise TmxError(sizes[0], root.line, root.col)
    width, height = int(root.attrs["width"]), int(root.attrs["height"])
    tw, th = (int(root.attrs.get(a, "16")) for a in ("tilewidth", "tileheight"))
    layers: dict[str, TileLayer] = {}
    groups: dict[str, Node] = {}
    objects: list[MapObject] = []
    for child in root.children:
        if child.tag == "layer" and tiles:
            gids, error = _layer_data(child, width, height)
            name = child.attrs.get("name", "")
            layers[name] = TileLayer(name, child, child.attrs.get("visible", "1") != "0", gids, error)
        elif child.tag == "objectgroup":
            groups[child.attrs.get("name", "")] = child
    group = groups.get("objects")
    for obj in group.findall("object") if group is not None else []:
        x, y = _float(obj.attrs.get("x")), _float(obj.attrs.get("y"))
        points = None
        shape = obj.find("polyline") or obj.find("polygon")
        if shape is not None:
            points = []
            for pair in shape.attrs.get("points", "").split():
                px, _, py = pair.partition(",")
                points.append((x + _float(px), y + _float(py)))
        oid = obj.attrs.get("id")
        objects.append(MapObject(
            id=whole(oid),
            name=obj.attrs.get("name", ""),
            type=obj.attrs.get("type", obj.attrs.get("class", "")),
            x=x, y=y,
            width=_float(obj.attrs.get("width", "0")), height=_float(obj.attrs.get("height", "0")),
            props=properties(obj), points=points, is_point=obj.find("point") is not None,
            line=obj.line, col=obj.col,
        ))
    return TmxMap(path, root, width, height, tw, th, layers, groups, objects)

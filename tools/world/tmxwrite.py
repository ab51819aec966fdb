"""Write a built map as a real Tiled TMX file: CSV layers, external tilesets, typed objects.

The output is what Tiled itself saves (version 1.10), so a designer can open it, edit it and save it
back without surprises; pytmx and the game's linter read the same file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

from tools.world.tileset import TILE, Tileset

Ref = tuple[str, str]  # (tileset name, tile name)


@dataclass
class MapObj:
    """One object on the `objects` layer, in pixels."""

    type: str
    name: str
    x: float
    y: float
    w: float = 0
    h: float = 0
    props: dict[str, str] = field(default_factory=dict)
    point: bool = False
    polyline: list[tuple[float, float]] | None = None  # relative to (x, y)


@dataclass
class MapData:
    """A finished map: four tile layers of tile references and the object list."""

    name: str
    width: int
    height: int
    sets: list[Tileset]
    layers: dict[str, list[list[Ref | None]]]
    objects: list[MapObj]
    props: dict[str, str] = field(default_factory=dict)


def _props(props: dict[str, str], indent: str) -> list[str]:
    if not props:
        return []
    out = [f"{indent}<properties>"]
    for k, v in props.items():
        out.append(f'{indent} <property name={quoteattr(k)} value={quoteattr(v)}/>')
    out.append(f"{indent}</properties>")
    return out


def write_tmx(m: MapData, path: Path, tsx_dir: Path) -> None:
    firstgid: dict[str, int] = {}
    gid = 1
    for ts in m.sets:
        firstgid[ts.name] = gid
        gid += len(ts.tiles)
    by_name = {ts.name: ts for ts in m.sets}
    n_layers = len(m.layers) + 1
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" '
        f'width="{m.width}" height="{m.height}" tilewidth="{TILE}" tileheight="{TILE}" infinite="0" '
        f'nextlayerid="{n_layers + 1}" nextobjectid="{len(m.objects) + 1}">',
    ]
    lines += _props(m.props, " ")
    for ts in m.sets:
        rel = Path(tsx_dir.name) / f"{ts.name}.tsx"
        lines.append(f' <tileset firstgid="{firstgid[ts.name]}" source="{rel.as_posix()}"/>')
    for lid, (lname, grid) in enumerate(m.layers.items(), 1):
        hidden = ' visible="0"' if lname == "collision" else ""
        lines.append(f' <layer id="{lid}" name="{lname}" width="{m.width}" height="{m.height}"{hidden}>')
        lines.append('  <data encoding="csv">')
        rows = []
        for row in grid:
            vals = []
            for ref in row:
                vals.append("0" if ref is None else str(firstgid[ref[0]] + by_name[ref[0]].id(ref[1])))
            rows.append(",".join(vals))
        lines.append(",\n".join(rows))
        lines.append("</data>")
        lines.append(" </layer>")
    lines.append(f' <objectgroup id="{n_layers}" name="objects">')
    for oid, o in enumerate(m.objects, 1):
        size = f' width="{o.w:g}" height="{o.h:g}"' if o.w and o.h else ""
        head = f'  <object id="{oid}" name={quoteattr(o.name)} type="{o.type}" x="{o.x:g}" y="{o.y:g}"{size}'
        body = _props(o.props, "   ")
        if o.point:
            body.append("   <point/>")
        if o.polyline:
            pts = " ".join(f"{x:g},{y:g}" for x, y in o.polyline)
            body.append(f'   <polyline points="{pts}"/>')
        if body:
            lines.append(head + ">")
            lines += body
            lines.append("  </object>")
        else:
            lines.append(head + "/>")
    lines.append(" </objectgroup>")
    lines.append("</map>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

"""Light objects for a built map: wherever a tile gives light (a lamp, a screen, a neon sign, a fire,
a hologram, a skylight), an object of type `light` with its `kind` (and a neon's `color`).

The window lights a night scene from these (`game/scenes/lighting.py`): a stage direction turns on
kinds of light (`lights: [lamps, neon]`) and each object of that kind glows where it stands. They
are worked out from the tiles each time a map is built, so moving a lamp in a layout moves its light.
Touching tiles of one kind make one light; a long run (a string of fairy lights) is cut into pieces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tools.world.tileset import TILE
from tools.world.tmxwrite import MapObj

if TYPE_CHECKING:
    from tools.world.mapkit import Builder

# the first of these a tile's name starts with (or holds, for `_neon`) says what light it gives
KINDS: tuple[tuple[str, str], ...] = (
    ("lamp_post", "lamps"), ("lantern", "lamps"), ("sewer_lamp", "lamps"), ("hanglamp", "lamps"),
    ("bulb", "lamps"), ("porchlight", "lamps"), ("floodlight", "lamps"), ("fairylights", "lamps"),
    ("bigscreen", "screens"), ("towerscreen", "screens"), ("teacherscreen", "screens"), ("screen", "screens"),
    ("tv", "screens"), ("console", "screens"), ("ledboard", "screens"), ("billboard", "screens"),
    ("vend_", "screens"),
    ("sign_", "neon"), ("stand_neon", "neon"), ("*_shop_neon", "neon"),
    ("barrel_fire", "fire"), ("housefire", "fire"),
    ("holostatue", "hologram"),
    ("skylight", "moon"), ("wallhole", "moon"),
)
COLOURS = ("pink", "cyan", "lime", "yellow", "violet")  # a neon tile's name says its colour
PALETTE_NAME = {"pink": "neon_pink", "cyan": "neon_cyan", "lime": "neon_lime", "yellow": "neon_yellow",
                "violet": "magenta"}
LONGEST = 4  # tiles: a longer run of one light is cut into pieces this long


def kind_of(tile: str) -> str | None:
    base = tile.split("@", 1)[0].split("~", 1)[0]
    for prefix, kind in KINDS:
        if prefix.startswith("*") and base.endswith(prefix[1:]) or base.startswith(prefix):
            return kind
    return None


def colour_of(tile: str) -> str:
    return next((PALETTE_NAME[c] for c in COLOURS if c in tile), "neon_pink")


def place_lights(b: Builder) -> None:
    """Add a `light` object for each group of touching light-giving tiles of one kind."""
    cells: dict[tuple[int, int], tuple[str, str]] = {}
    for layer in ("ground", "detail", "above"):
        for y, row in enumerate(b.layers[layer]):
            for x, ref in enumerate(row):
                kind = kind_of(ref[1]) if ref is not None else None
                if kind is not None:
                    cells.setdefault((x, y), (kind, ref[1]))
    seen: set[tuple[int, int]] = set()
    counts: dict[str, int] = {}
    for cell in sorted(cells, key=lambda c: (c[1], c[0])):
        if cell in seen:
            continue
        group = _group(cells, cell, seen)
        kind, tile = cells[cell]
        for piece in _pieces(group):
            xs, ys = [c[0] for c in piece], [c[1] for c in piece]
            n = counts.get(kind, 0)
            counts[kind] = n + 1
            props = {"kind": kind} | ({"color": colour_of(tile)} if kind == "neon" else {})
            x0, y0 = min(xs), min(ys)
            b.add(MapObj("light", f"{kind}_{n}", x0 * TILE, y0 * TILE, (max(xs) - x0 + 1) * TILE,
                         (max(ys) - y0 + 1) * TILE, props))


def _group(cells: dict[tuple[int, int], tuple[str, str]], first: tuple[int, int],
           seen: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tiles of one kind touching `first` (sideways, up and down)."""
    kind = cells[first][0]
    group, todo = [], [first]
    seen.add(first)
    while todo:
        x, y = todo.pop()
        group.append((x, y))
        for n in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if n in cells and n not in seen and cells[n][0] == kind:
                seen.add(n)
                todo.append(n)
    return group


def _pieces(group: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A group no wider or taller than LONGEST tiles as it is, else cut along its length."""
    xs, ys = [c[0] for c in group], [c[1] for c in group]
    wide, tall = max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
    if max(wide, tall) <= LONGEST:
        return [group]
    axis, start = (0, min(xs)) if wide >= tall else (1, min(ys))
    pieces: dict[int, list[tuple[int, int]]] = {}
    for c in group:
        pieces.setdefault((c[axis] - start) // LONGEST, []).append(c)
    return [pieces[k] for k in sorted(pieces)]

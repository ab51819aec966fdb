"""The shared legend of the city maps and the dressing that makes a block look lived-in.

Layout characters (all city maps):

    A B C V G  buildings: concrete, brick, glass tower, violet, grimy (roof, then facade and shops)
    R          a walkable roof deck (parapet round the edge)     H  fire-escape ladder up a facade
    .          pavement (kerbs appear by themselves next to a road)
    ,          asphalt   -  lane dash (E–W)   !  lane dash (N–S)   =  centre line (E–W)   |  centre (N–S)
    z          zebra crossing over an E–W road    Z  over a N–S road    o  manhole    x  drain
    p          plaza paving   f  chain-link fence   g  worn plastic-grass pitch
    l  lamp post (2 tall)   v  vending machine (2 tall)   b  bin   h  hydrant   i  bollard
    T  tree in a planter (2×2)   n  bench (2 wide)   k  noodle cart (2×2)   S  bus shelter (3×2)
    c  parked hover car (2 wide, on the road)   q  crates   t  traffic light (2 tall)

`dress_city` then hangs neon signs on the facades, clutters the roofs, and strings lanterns along the
shopfronts — seeded by position, so every build is the same and a designer can retouch it in Tiled.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.world.mapkit import Auto, Brush, Builder, Building, Nine, Stamp, T, is_ground
from tools.world.tiles_adverts import dress_holos
from tools.world.tiles_traffic import dress_traffic

ROAD = ",-=!|zZoxc"

CITY: dict[str, Brush] = {
    "A": Building("conc", facade=4),
    "B": Building("brick", facade=4),
    "C": Building("glass", facade=5, shops=("door", "window", "neon", "window")),
    "V": Building("violet", facade=4),
    "G": Building("grime", shops=("shutter", "shutter", "window", "door", "noodle")),
    "R": Nine("roofdeck", solid="edges"),
    "H": T(ground="grime_ladder"),
    ".": Auto("walk", ROAD),
    ",": T(ground=["asphalt0", "asphalt1", "asphalt2", "asphalt3"]),
    "-": T(ground="dash_h"),
    "!": T(ground="dash_v"),
    "=": T(ground="centre_h"),
    "|": T(ground="centre_v"),
    "z": T(ground="zebra_h"),
    "Z": T(ground="zebra_v"),
    "o": T(ground="manhole"),
    "x": T(ground="drain"),
    "p": T(ground=["plaza0", "plaza0", "plaza1"]),
    "f": Auto("chainfence", "f", solid=True, layer="detail"),
    "g": T(ground=["turf0", "turf4", "turf5", "turf1", "turf2", "turf3"]),
    "l": Stamp("lamp_post", above_rows=1),
    "v": Stamp(["vend_pink", "vend_cyan"], above_rows=1),
    "b": T(detail=["bin", "bin_blue"], solid=True),
    "h": T(detail="hydrant", solid=True),
    "i": T(detail="bollard", solid=True),
    "T": Stamp("tree", above_rows=1),
    "n": Stamp("bench"),
    "k": Stamp("cart", above_rows=1),
    "S": Stamp("shelter", above_rows=1),
    "c": Stamp(["car_neon_pink", "car_neon_yellow", "car_bot_blue", "car_mist", "car_ares_red"], on=","),
    "q": T(detail=["crate", "crate", "crate_blue"], solid=True),
    "t": Stamp("traffic", above_rows=1),
}

ROOF_PROPS: list[tuple[str, int, int, float]] = [  # name, w, h, weight
    ("ac", 1, 1, 4), ("vent", 1, 1, 3), ("tank", 2, 2, 1.5), ("solar", 2, 1, 1.5), ("skylight", 2, 1, 1),
    ("garden", 2, 1, 1), ("antenna", 1, 2, 1.2), ("roofdoor", 2, 2, 0.6),
]


def _buildings(b: Builder) -> list[tuple[str, int, int, int, int, int]]:
    """(style, x0, y0, w, h, roof rows) for every building region in the map."""
    seen = set()
    out = []
    for y in range(b.h):
        for x in range(b.w):
            brush = b.brush_at(x, y)
            r = b.regions[y][x]
            if isinstance(brush, Building) and id(r) not in seen:
                seen.add(id(r))
                out.append((brush.style, r.x0, r.y0, r.w, r.h, r.h - min(brush.facade, r.h)))
    return out


def _free(b: Builder, cells: Sequence[tuple[int, int]], region: tuple[int, int, int, int]) -> bool:
    x0, y0, w, h = region
    return all(x0 < x < x0 + w - 1 and y0 < y < y0 + h - 1 and b.layers["detail"][y][x] is None
               for x, y in cells)


def place(b: Builder, name: str, x: int, y: int, w: int, h: int, layer: str = "detail") -> None:
    """Lay a multi-tile picture (or a single tile when w == h == 1) with its top-left at (x, y)."""
    for dy in range(h):
        for dx in range(w):
            tile = name if (w, h) == (1, 1) else f"{name}@{dx},{dy}"
            b.put(layer, x + dx, y + dy, tile)


def _weighted(pick: float) -> tuple[str, int, int]:
    for name, w, h, weight in ROOF_PROPS:
        pick -= weight
        if pick <= 0:
            return name, w, h
    return ROOF_PROPS[-1][:3]


def dress_roofs(b: Builder, density: float = 0.13) -> None:
    for style, x0, y0, w, _h, roof in _buildings(b):
        if roof < 3 or w < 3:
            continue
        area = (x0, y0, w, roof)
        if style == "glass" and w >= 7 and roof >= 5 and b.noise(x0, y0, "heli") < 0.6:
            hx, hy = x0 + (w - 3) // 2, y0 + (roof - 3) // 2
            if _free(b, [(hx + i, hy + j) for i in range(3) for j in range(3)], area):
                place(b, "helipad", hx, hy, 3, 3)
        if w >= 6 and roof >= 4 and b.noise(x0, y0, "bill") < 0.45:
            bx = x0 + 1 + int(b.noise(x0, y0, "bx") * (w - 5))
            cells = [(bx + i, y0 + roof - 3 + j) for i in range(4) for j in range(2)]
            if _free(b, cells, area):
                place(b, "billboard", bx, y0 + roof - 3, 4, 2)
        total = sum(p[3] for p in ROOF_PROPS)
        for y in range(y0 + 1, y0 + roof - 1):
            for x in range(x0 + 1, x0 + w - 1):
                if b.noise(x, y, "roofprop") > density:
                    continue
                name, pw, ph = _weighted(b.noise(x, y, "which") * total)
                cells = [(x + i, y + j) for i in range(pw) for j in range(ph)]
                if _free(b, cells, area):
                    place(b, name, x, y, pw, ph)


def dress_facades(b: Builder, signs: float = 0.5) -> None:
    """Vertical signs rising over the roofline, wide signs over noodle bars, lanterns on the eaves."""
    vertical = ["sign_v_pink", "sign_v_cyan", "sign_v_lime"]
    for style, x0, y0, w, h, roof in _buildings(b):
        if roof < 1 or h - roof < 3:
            continue
        top = y0 + roof - 1  # the cornice row
        for x in range(x0 + 1, x0 + w - 1):
            if b.noise(x, top, "vsign") < signs / max(3, w / 2) and all(
                    b.layers["detail"][top + j][x] is None for j in range(3)):
                neighbours = [b.layers["detail"][top + 1][xx] for xx in (x - 1, x + 1)]
                if any(n is not None for n in neighbours):
                    continue
                place(b, vertical[int(b.noise(x, top, "vs") * 3)], x, top, 1, 3)
        shop_row = y0 + h - 1
        for x in range(x0 + 1, x0 + w - 1):
            tile = b.layers["ground"][shop_row][x]
            over = y0 + h - 2
            if tile and tile[1].endswith("shop_noodle") and x + 2 < x0 + w and all(
                    b.layers["detail"][over][x + i] is None for i in range(3)):
                place(b, "sign_noodle", x - 1 if x > x0 + 1 else x, over, 3, 1)
        if style == "glass" and w >= 4:
            x = x0 + 1 + int(b.noise(x0, y0, "iq") * (w - 3))
            if all(b.layers["detail"][y0 + roof][x + i] is None for i in range(2)):
                place(b, "sign_iq", x, y0 + roof, 2, 1)
        for x in range(x0 + 1, x0 + w - 1):
            y = y0 + roof
            if b.layers["detail"][y][x] is None and b.noise(x, y, "small") < 0.12:
                b.put("detail", x, y, ["sign_cup", "sign_arrow", "screen"], "smallsign")
        if style in ("violet", "brick", "grime"):
            below = y0 + h
            for x in range(x0, x0 + w, 2):
                if below < b.h and is_ground(b.brush_at(x, below)) and b.layers["above"][below][x] is None \
                        and b.noise(x0, y0, "lanterns") < 0.5:
                    b.put("above", x, below, "lantern")


def dress_city(b: Builder) -> None:
    dress_roofs(b)
    dress_facades(b)
    dress_traffic(b)
    dress_holos(b)

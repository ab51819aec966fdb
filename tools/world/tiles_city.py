"""Grainland at street level: asphalt, pavements, building blocks with lit windows, shopfronts, roofs.

The city is indigo and night-blue so its neon (signs, windows, screens; see `tiles_neon.py`) carries
the colour, the way the film's city glows. Buildings are drawn in 3/4 view: a roof region with its
parapet, then a facade of window rows and a street-level row of shops.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tools.canvas import Canvas
from tools.palette import dark, light
from tools.world.kit import E, N, S, W, add_auto16, add_nine, edged, rng, slabs, textured
from tools.world.tileset import TILE, Tileset

# Building looks: wall, its highlight and shadow, the roof and its parapet, and window moods.
STYLES: dict[str, dict[str, object]] = {
    "conc": {"wall": "steel", "hi": "fog", "lo": "indigo", "roof": "indigo", "edge": "dusk",
             "panes": ["warm", "cool", "dark", "warm", "person", "blinds", "dark", "pink"]},
    "brick": {"wall": "brick", "hi": "orange", "lo": "dark_wood", "roof": "night", "edge": "dark_wood",
              "panes": ["warm", "warm", "dark", "blinds", "person", "dark", "warm", "cool"]},
    "glass": {"wall": "deep_blue", "hi": "teal", "lo": "indigo", "roof": "night", "edge": "teal",
              "panes": ["cool", "dark", "cool", "pink", "dark", "cool", "warm", "dark"]},
    "violet": {"wall": "dusk", "hi": "hair_purple", "lo": "indigo", "roof": "indigo", "edge": "hair_purple",
               "panes": ["pink", "warm", "dark", "cool", "pink", "person", "dark", "blinds"]},
    "grime": {"wall": "indigo", "hi": "dusk", "lo": "night", "roof": "night", "edge": "indigo",
              "panes": ["dark", "dark", "warm", "dark", "blinds", "dark", "cool", "dark"]},
}


def pane(c: Canvas, x: int, y: int, w: int, h: int, state: str, r: random.Random) -> None:
    """One window pane: lit warm, lit cool, neon pink, dark with a reflection, blinds, or a person."""
    if state == "dark":
        c.rect(x, y, w, h, "night")
        c.line(x + 1, y + h - 2, x + min(w, h) - 2, y + 1, "indigo")
        c.px(x + w - 2, y + 1, "dusk")
        return
    fill, lo, glint = {"warm": ("lamp", "orange", "cream"), "cool": ("neon_cyan", "teal", "white"),
                       "pink": ("neon_pink", "magenta", "white"), "blinds": ("lamp", "orange", "cream"),
                       "person": ("lamp", "orange", "cream")}[state]
    c.rect(x, y, w, h, fill)
    c.hline(x, y + h - 1, w, lo)
    c.vline(x + w - 1, y, h, lo)
    c.px(x, y, glint)
    c.px(x + 1, y, glint)
    c.px(x, y + 1, glint)
    if state == "blinds":
        for yy in range(y + 1, y + h - 1, 2):
            c.hline(x, yy, w - 1, lo)
    if state == "person":
        px = x + r.randrange(1, max(2, w - 2))
        c.rect(px - 1, y + h - 3, 3, 3, "night")
        c.rect(px - 1, y + h - 5, 2, 2, "night")
    if state in ("warm", "cool") and r.random() < 0.5:  # a curtain or a plant on the sill
        c.vline(x + (0 if r.random() < 0.5 else w - 2), y, h - 1, dark(fill))


def facade_windows(style: str, seed: int) -> Canvas:
    """Upper facade: two windows with frames and sills, lights chosen per window."""
    st = STYLES[style]
    r = rng("facade", style, seed)
    wall, hi, lo = str(st["wall"]), str(st["hi"]), str(st["lo"])
    c = textured(wall, {lo: 0.05, hi: 0.02}, ("fw", style, seed))
    panes: list[str] = list(st["panes"])  # type: ignore[arg-type]
    if style == "glass":
        c.fill("deep_blue")
        for x in (0, 8):
            state = r.choice(panes)
            pane(c, x + 1, 1, 6, 13, state, r)
        for x in (0, 7, 8, 15):
            c.vline(x, 0, TILE, "indigo")
        c.hline(0, 0, TILE, "teal")
        c.hline(0, 14, TILE, "indigo")
        c.hline(0, 15, TILE, "teal" if seed % 3 == 0 else "indigo")
        return c
    c.hline(0, 0, TILE, lo)
    for x in (2, 9):
        c.frame(x - 1, 2, 7, 11, lo)
        pane(c, x, 3, 5, 9, r.choice(panes), r)
        c.hline(x - 1, 13, 7, hi)
        c.hline(x - 1, 14, 7, lo)
    return c


def facade_edge(style: str, side: str) -> Canvas:
    """The corner column of a building: a pilaster with a drainpipe, so blocks read as separate."""
    st = STYLES[style]
    wall, hi, lo = str(st["wall"]), str(st["hi"]), str(st["lo"])
    c = textured(wall, {lo: 0.06}, ("edge", style, side))
    if side == "l":
        c.rect(0, 0, 2, TILE, "night")
        c.vline(2, 0, TILE, hi)
        c.rect(10, 0, 3, TILE, lo)
        c.vline(10, 0, TILE, dark(lo))
        c.vline(11, 0, TILE, "fog")
        for yy in (3, 11):
            c.hline(9, yy, 5, "steel")
    else:
        c.rect(TILE - 2, 0, 2, TILE, "night")
        c.vline(TILE - 3, 0, TILE, lo)
        c.rect(4, 3, 4, 9, lo)
        pane(c, 5, 4, 2, 7, "dark" if style != "glass" else "cool", rng(style))
    c.hline(0, 0, TILE, lo)
    return c


def shopfront(style: str, kind: str) -> Canvas:
    """Street-level row: shop windows, doors, shutters and noodle counters under a sign band."""
    st = STYLES[style]
    wall, hi, lo = str(st["wall"]), str(st["hi"]), str(st["lo"])
    r = rng("shop", style, kind)
    c = textured(wall, {lo: 0.05}, ("shop", style, kind))
    c.hline(0, 0, TILE, hi)
    c.hline(0, 3, TILE, lo)
    if kind == "window":
        c.rect(1, 4, 14, 12, "lamp")
        c.frame(1, 4, 14, 12, lo)
        for yy in (7, 11):
            c.hline(2, yy + 1, 12, "orange")
            for xx in range(3, 14, 2):
                c.px(xx, yy, r.choice(["neon_pink", "neon_cyan", "neon_lime", "white", "ares_red", "bot_blue"]))
        c.px(2, 5, "white")
        c.px(3, 5, "cream")
    elif kind == "door":
        c.rect(3, 4, 10, 12, "teal")
        c.rect(4, 5, 8, 11, "neon_cyan")
        c.vline(7, 5, 11, "teal")
        c.vline(8, 5, 11, "holo")
        c.px(4, 5, "white")
        c.hline(3, 4, 10, "holo")
        c.frame(2, 3, 12, 13, lo)
    elif kind == "shutter":
        c.rect(1, 4, 14, 12, "steel")
        for yy in range(5, 16, 2):
            c.hline(1, yy, 14, "fog")
        c.frame(1, 4, 14, 12, lo)
        c.rect(5, 8, 5, 3, "neon_lime")  # a tag sprayed on the shutter
        c.px(6, 9, "green")
        c.px(8, 9, "green")
        c.px(10, 11, "neon_lime")
    elif kind == "noodle":
        c.rect(1, 4, 14, 8, "lamp")
        c.hline(1, 4, 14, "cream")
        for xx in (3, 8, 12):
            c.vline(xx, 4, 2, "night")
            c.rect(xx - 1, 6, 3, 2, "ares_red")
            c.px(xx, 7, "orange")
        c.rect(0, 12, TILE, 4, "dark_wood")
        c.hline(0, 12, TILE, "wood")
        for xx in (4, 10):
            c.rect(xx - 1, 10, 4, 2, "white")
            c.hline(xx - 1, 11, 4, "mist")
    elif kind == "neon":
        c.rect(1, 4, 14, 12, "night")
        c.frame(1, 4, 14, 12, lo)
        c.frame(4, 7, 8, 6, "neon_pink")
        c.vline(11, 8, 3, "neon_pink")
        c.px(12, 9, "neon_pink")
        c.px(6, 6, "holo")
        c.px(8, 5, "holo")
    return c


def roof_nine(style: str) -> Callable[[Canvas], None]:
    """A flat roof with a parapet; its south edge is the cornice above the facade."""
    st = STYLES[style]
    roof, edge = str(st["roof"]), str(st["edge"])

    def draw(c: Canvas) -> None:
        r = rng("roof", style)
        c.fill(roof)
        c.speckle(r, [light(roof)], 0.05)
        c.speckle(r, [dark(roof)], 0.05)
        for y in range(4, 44, 8):
            c.hline(3, y, 42, dark(roof)) if r.random() < 0.3 else None
        c.frame(0, 0, 48, 48, dark(edge))
        c.frame(1, 1, 46, 46, edge)
        c.frame(2, 2, 44, 44, light(edge))
        c.frame(3, 3, 42, 42, dark(roof))
        c.rect(0, 45, 48, 3, str(st["hi"]))
        c.hline(0, 47, 48, str(st["lo"]))
        c.hline(0, 44, 48, dark(edge))
        if style == "glass":  # a light strip round the top of the glass towers
            for x in range(3, 45, 3):
                c.px(x, 2, "neon_cyan")
    return draw


def sidewalk(mask: int, seed: int = 0) -> Canvas:
    """Pavement slabs; the sides facing the road (bit set) get a kerb."""
    base = slabs("steel", "indigo", 8, hi="fog", seed=seed, specks={"dusk": 0.06, "fog": 0.03})
    c = edged(base, mask, "fog", "mist", 2)
    for side, (x, y, w, h) in ((N, (0, 2, 16, 1)), (S, (0, 13, 16, 1)), (W, (2, 0, 1, 16)), (E, (13, 0, 1, 16))):
        if mask & side:
            c.rect(x, y, w, h, "indigo")
    return c


def asphalt(seed: int) -> Canvas:
    c = textured("night", {"indigo": 0.10, "ink": 0.07, "steel": 0.01}, ("asphalt", seed))
    if seed == 3:  # a patched crack
        r = rng("crack")
        x, y = 3, 2
        for _ in range(10):
            c.px(x, y, "ink")
            x += r.choice([0, 1, 1])
            y += 1
    return c


def road_tiles(ts: Tileset) -> None:
    for i in range(4):
        ts.add(f"asphalt{i}", asphalt(i))
    dash_h = asphalt(0)
    dash_h.rect(2, 7, 12, 2, "mist")
    dash_h.speckle(rng("dash"), ["fog"], 0.4, (2, 7, 12, 2))
    ts.add("dash_h", dash_h)
    dash_v = asphalt(1)
    dash_v.rect(7, 2, 2, 12, "mist")
    dash_v.speckle(rng("dashv"), ["fog"], 0.4, (7, 2, 2, 12))
    ts.add("dash_v", dash_v)
    mid_h = asphalt(2)
    mid_h.hline(0, 6, TILE, "neon_yellow")
    mid_h.hline(0, 9, TILE, "neon_yellow")
    ts.add("centre_h", mid_h)
    mid_v = asphalt(2)
    mid_v.vline(6, 0, TILE, "neon_yellow")
    mid_v.vline(9, 0, TILE, "neon_yellow")
    ts.add("centre_v", mid_v)
    for name, horizontal in (("zebra_h", True), ("zebra_v", False)):
        z = asphalt(1)
        for k in (1, 6, 11):
            if horizontal:
                z.rect(0, k, TILE, 3, "mist")
            else:
                z.rect(k, 0, 3, TILE, "mist")
        z.speckle(rng(name), ["fog", "steel"], 0.15, only_on="mist")
        ts.add(name, z)
    man = asphalt(0)
    man.ellipse(8, 8, 6, 6, "steel")
    man.ellipse(8, 8, 5, 5, "indigo")
    for k in range(4, 13, 2):
        man.hline(4, k, 8, "steel")
    man.ellipse(8, 8, 1.5, 1.5, "fog")
    ts.add("manhole", man)
    drain = asphalt(2)
    drain.rect(3, 5, 10, 6, "ink")
    for xx in range(4, 13, 2):
        drain.vline(xx, 5, 6, "steel")
    drain.frame(3, 5, 10, 6, "fog")
    ts.add("drain", drain)
    stop = asphalt(0)
    stop.rect(0, 13, TILE, 2, "mist")
    ts.add("stopline", stop)
    arrow = asphalt(3)
    arrow.text(["....##....", "...####...", "..######..", "....##....", "....##....", "....##....",
                "....##...."], {"#": "mist"}, 3, 4)
    ts.add("arrow_up", arrow)


def plaza(seed: int) -> Canvas:
    """IQ plaza paving: diamond slabs with a cyan inlay, polished under the neon."""
    c = textured("dusk", {"indigo": 0.06, "steel": 0.03}, ("plaza", seed))
    for i in range(TILE):
        c.px(i, i, "indigo")
        c.px(i, TILE - 1 - i, "indigo")
    if seed == 1:
        c.hline(0, 8, TILE, "teal")
        c.vline(8, 0, TILE, "teal")
        c.px(8, 8, "neon_cyan")
    c.px(3, 1, "fog")
    c.px(12, 9, "fog")
    return c


def pavement_tiles(ts: Tileset) -> None:
    add_auto16(ts, "walk", lambda m: sidewalk(m, m % 3))
    ts.add("walk_plain1", sidewalk(0, 7))
    for i in range(2):
        ts.add(f"plaza{i}", plaza(i))


def building_tiles(ts: Tileset) -> None:
    for style in STYLES:
        add_nine(ts, f"{style}_roof", roof_nine(style), solid=True)
        for i in range(6):
            ts.add(f"{style}_win{i}", facade_windows(style, i), solid=True)
        ts.add(f"{style}_edge_l", facade_edge(style, "l"), solid=True)
        ts.add(f"{style}_edge_r", facade_edge(style, "r"), solid=True)
        for kind in ("window", "door", "shutter", "noodle", "neon"):
            ts.add(f"{style}_shop_{kind}", shopfront(style, kind), solid=True)
        ladder = facade_windows(style, 5)
        ladder.rect(3, 0, 10, TILE, str(STYLES[style]["lo"]))
        for x in (3, 12):
            ladder.vline(x, 0, TILE, "fog")
        for y in range(1, TILE, 4):
            ladder.hline(4, y, 8, "mist")
        ts.add(f"{style}_ladder", ladder)  # fire-escape ladder: walkable up to the roofs


def roofdeck_nine(c: Canvas) -> None:
    """A rooftop you can walk on: gravel inside a knee-high parapet."""
    c.fill("dusk")
    r = rng("deck")
    c.speckle(r, ["indigo"], 0.15)
    c.speckle(r, ["steel"], 0.05)
    c.rect(0, 0, 48, 4, "fog")
    c.hline(0, 0, 48, "mist")
    c.hline(0, 3, 48, "indigo")
    c.rect(0, 0, 3, 48, "fog")
    c.vline(2, 0, 48, "indigo")
    c.rect(45, 0, 3, 48, "fog")
    c.vline(45, 0, 48, "indigo")
    c.rect(0, 43, 48, 5, "fog")
    c.hline(0, 43, 48, "mist")
    c.hline(0, 46, 48, "steel")
    c.hline(0, 47, 48, "indigo")


def chain_fence(mask: int) -> Canvas:
    """A chain-link fence seen from above: posts and mesh along the connected sides."""
    c = Canvas(TILE, TILE)
    mid = 8
    if mask & (W | E) or not mask:
        x0 = 0 if mask & W else mid
        x1 = TILE if mask & E else mid + 1
        for x in range(x0, x1):
            c.px(x, mid - 4 + (x % 2), "fog")
            c.px(x, mid + (x % 2), "fog")
        c.hline(x0, mid - 5, x1 - x0, "mist")
        c.hline(x0, mid + 2, x1 - x0, "steel")
    if mask & (N | S):
        y0 = 0 if mask & N else mid
        y1 = TILE if mask & S else mid + 1
        for y in range(y0, y1):
            c.px(mid - 1 + (y % 2), y, "fog")
        c.vline(mid + 1, y0, y1 - y0, "steel")
    c.rect(mid - 1, mid - 6, 3, 9, "mist")
    c.vline(mid + 1, mid - 6, 9, "steel")
    c.hline(mid - 1, mid + 3, 3, "ink")
    return c


def worn_turf(i: int) -> Canvas:
    """Plastic grass nobody looks after: bald patches, cracks, weeds coming up through them."""
    r = rng("turf", i)
    c = Canvas(TILE, TILE, "green")
    for y in range(1, TILE, 3):  # the rows the plastic blades are stitched in
        for x in range((y // 3) % 2, TILE, 2):
            c.px(x, y, "teal")
    c.speckle(r, ["neon_lime"], 0.05)
    if i == 1:  # a bald patch, the black rubber showing
        c.ellipse(8 + r.randrange(-2, 3), 8, 4, 3, "dark_wood")
        c.speckle(r, ["night"], 0.3, only_on="dark_wood")
    if i in (2, 3):  # a crack across the tile, weeds up through it
        x = r.randrange(3, 6)
        for y in range(TILE):
            x = max(1, min(TILE - 2, x + r.choice((-1, 0, 0, 1))))
            c.px(x, y, "ink")
            if y % 5 == 2 and i == 3:
                c.vline(x + 1, y - 2, 3, "neon_lime")
                c.px(x - 1, y - 1, "neon_lime")
    return c


def bare_goal() -> Canvas:
    """A goal frame seen from above, its mouth to the east: white posts gone rusty, and no net."""
    goal = Canvas(TILE, 48)
    goal.rect(11, 3, 3, 42, "white")  # the crossbar over the goal line
    goal.vline(13, 3, 42, "mist")
    goal.rect(1, 3, 12, 2, "white")  # the two stays running back, nothing strung between them
    goal.rect(1, 43, 12, 2, "white")
    goal.vline(1, 3, 42, "fog")
    goal.speckle(rng("rust"), ["orange", "brick"], 0.25, only_on="white")
    goal.hline(12, 45, 3, "shadow")
    return goal


def extra_tiles(ts: Tileset) -> None:
    pitch_tiles(ts)
    add_nine(ts, "roofdeck", roofdeck_nine)
    add_auto16(ts, "chainfence", chain_fence, solid=True)


def pitch_tiles(ts: Tileset) -> None:
    """The pitch under the flyover: worn plastic grass and its one goal, nine tiles where the old
    street court's nine were, so every tile after them keeps its number."""
    for i in range(6):
        ts.add(f"turf{i}", worn_turf(i))
    ts.add_big("goal_bare", bare_goal())


def build(ts: Tileset) -> None:
    road_tiles(ts)
    pavement_tiles(ts)
    building_tiles(ts)
    extra_tiles(ts)

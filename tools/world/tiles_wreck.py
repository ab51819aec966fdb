"""The Su kitchen after Ares came through: the wall torn open on the night, the table on its back,
the fridge on its side, glass and plaster over the tiles, the house's little robots knocked flat,
fires that flicker, smoke that rolls, and a hanging lamp that stutters.

Fire tiles are named `housefire` and the torn wall `wallhole`, which `lights.py` reads as the fire
and the moonlight of the place.
"""

from __future__ import annotations

from tools.canvas import Canvas, checker, ellipse
from tools.world.kit import glow_dot, rng
from tools.world.tileset import TILE, Tileset


def _hole(ts: Tileset) -> None:
    """The torn wall, three rows high, with the night sky and a few stars through it; its rows are
    the wall's: top, upper face, lower face (jagged brick edges along the bottom)."""
    for row in range(3):
        for v in range(3):
            c = Canvas(TILE, TILE, "night")
            r = rng("hole", row, v)
            c.speckle(r, ["indigo"], 0.12)
            for _ in range(2):
                c.px(r.randrange(TILE), r.randrange(TILE), r.choice(["white", "mist", "neon_yellow"]))
            if row == 2:  # the broken lower edge of the wall, and the floorboards' snapped ends
                for x in range(TILE):
                    h = 3 + (x * 7 + v * 5) % 4
                    c.vline(x, TILE - h, h, "brick" if x % 5 else "cream")
                c.hline(0, TILE - 1, TILE, "dark_wood")
            if row == 0 and v == 1:
                c.ellipse(9, 6, 3, 3, "mist")  # the moon
                c.ellipse(10, 5, 2, 2, "white")
            ts.add(f"wallhole_{row}_{v}", c, solid=True)


def _breach(ts: Tileset) -> None:
    """Where 7723 came through from the garage: dark beyond, brick and plaster broken round it."""
    for v in range(2):
        c = Canvas(TILE, TILE, "ink")
        r = rng("breach", v)
        c.speckle(r, ["night", "steel"], 0.1)
        for y in range(TILE):
            w = 2 + (y * 3 + v * 7) % 4
            c.hline(0, y, w, "brick")
            c.hline(TILE - w, y, w, "cream")
        ts.add(f"breach{v}", c, solid=True)


def _floor_mess(ts: Tileset) -> None:
    """Rubble, broken glass, scorch marks and spilled noodle cups: details over the floor."""
    for v in range(3):
        c = Canvas(TILE, TILE)
        r = rng("rubble", v)
        for _ in range(5):
            x, y = r.randrange(1, 13), r.randrange(1, 13)
            c.rect(x, y, 2 + r.randrange(3), 2 + r.randrange(2), r.choice(["cream", "brick", "fog"]))
            c.px(x, y + 2, "shadow")
        ts.add(f"rubble{v}", c)
    for v in range(3):
        c = Canvas(TILE, TILE)
        r = rng("glass", v)
        for _ in range(7):
            x, y = r.randrange(1, 14), r.randrange(1, 14)
            c.line(x, y, x + r.choice([-2, 1, 2]), y + r.choice([1, 2]), r.choice(["mist", "white", "neon_cyan"]))
        ts.add(f"glass{v}", c)
    scorch = Canvas(TILE, TILE)
    scorch.ellipse(8, 8, 7, 5, "shadow")
    scorch.speckle(rng("scorch"), ["ink", "dark_wood"], 0.25)
    ts.add("scorch", scorch)
    cups = Canvas(TILE, TILE)
    for x, y, col in ((2, 3, "neon_pink"), (9, 2, "neon_yellow"), (5, 10, "neon_pink"), (11, 9, "white")):
        cups.rect(x, y, 3, 3, col)
        cups.px(x + 1, y, "ares_red")
    ts.add("noodlecups", cups)


def _fallen(ts: Tileset) -> None:
    """The table on its back, legs in the air, and the fridge on its side with its door hanging."""
    table = Canvas(2 * TILE, 2 * TILE)
    table.rect(3, 6, 26, 20, "dark_wood")
    table.rect(4, 7, 24, 18, "wood")
    for y in range(9, 24, 4):
        table.hline(5, y, 22, "dark_wood")
    for x, y in ((4, 7), (24, 7), (4, 21), (24, 21)):  # legs pointing up at the ceiling
        table.rect(x, y - 5, 4, 9, "dark_wood")
        table.rect(x + 1, y - 5, 2, 2, "lamp")
    table.hline(3, 26, 26, "shadow")
    table.outline("ink")
    ts.add_big("table_over", table, solid=True)
    fridge = Canvas(2 * TILE, 2 * TILE)
    fridge.rect(1, 8, 30, 18, "mist")
    fridge.rect(1, 8, 30, 3, "white")
    fridge.vline(20, 8, 18, "steel")
    fridge.rect(2, 23, 28, 3, "fog")
    fridge.rect(21, 26, 9, 4, "steel")  # the door sprung open
    fridge.rect(6, 12, 3, 2, "neon_cyan")
    fridge.outline("ink")
    ts.add_big("fridge_fallen", fridge, solid=True)


def _bots(ts: Tileset) -> None:
    """The house's helpers knocked flat: a Q-Bot on its side, its screen cracked; one in pieces."""
    for v in range(3):
        c = Canvas(TILE, TILE)
        if v < 2:
            c.rect(2, 7, 11, 6, "mist")
            c.rect(3, 8, 5, 4, "ink")
            c.line(3, 8, 7, 11, "neon_cyan" if v == 0 else "teal")
            c.rect(12, 8, 2, 4, "steel")
            c.px(1 + v * 9, 13, "neon_yellow")
        else:
            for x, y in ((2, 4), (9, 3), (5, 10), (11, 11)):
                c.rect(x, y, 3, 3, "mist")
                c.px(x + 1, y + 1, "teal")
            c.px(8, 8, "neon_yellow")
        c.outline("ink")
        ts.add(f"bot_down{v}", c)


FIRE_HEIGHTS = (5, 9, 7, 10, 6)  # the five tongues' heights, passed along one place each frame
FIRE_MS = [220, 200, 240, 210]  # each frame held about a fifth of a second: a flame that licks, not flashes


def _fire_and_smoke(ts: Tileset) -> None:
    """Flames that lick up over a bed of embers, and smoke that rolls: dithered, since the palette
    has no glass. Every frame has the same tongues in another order, so the fire moves without
    getting brighter or darker from frame to frame (nothing here flashes)."""
    frames = []
    for f in range(4):
        c = Canvas(TILE, TILE)
        r = rng("fire", f)
        c.hline(1, 14, 14, "ares_red")
        c.hline(2, 15, 12, "ink")
        for k in range(5):
            x = 3 + k * 2 + (f + k) % 2
            h = FIRE_HEIGHTS[(k + f) % 5]
            c.rect(x, 14 - h, 2, h, "ares_red")
            c.rect(x, 15 - h // 2, 2, h // 2 - 1, "orange")
            c.px(x + r.randrange(2), 14 - h // 3, "neon_yellow")
        for x in range(2, 14, 3):
            c.px(x + f % 2, 14, "orange")
        frames.append(c)
    ts.add_anim("housefire", frames, FIRE_MS)
    ts.add_anim("smoke", [_smoke(f) for f in range(4)], 220)


def _smoke(f: int) -> Canvas:
    """Smoke rolling under the ceiling: round puffs, solid grey at the middle and thinning to a dither
    at their edges, drifting across and up a little each frame (wrapping, so a patch of them rolls on)."""
    c = Canvas(TILE, TILE)
    for cx, cy, rad in ((4, 5, 4.5), (11, 9, 5.0), (6, 13, 3.5)):  # the thin rims first, then the bodies
        c.put(ellipse(TILE, TILE, cx, cy, rad, rad * 0.8) & checker(TILE, TILE, f % 2), "steel")
    for cx, cy, rad in ((4, 5, 3.0), (11, 9, 3.5), (6, 13, 2.2)):
        c.ellipse(cx, cy, rad, rad * 0.75, "dusk")
        c.ellipse(cx - 1, cy - 1, rad * 0.5, rad * 0.4, "steel")  # the lit top of each puff
    return c.rolled(f * 4, -(f // 2))


def _flicker(ts: Tileset) -> None:
    """A hanging lamp on a damaged circuit: on, off, a dim stutter."""
    frames = []
    for state in ("on", "off", "dim", "on"):
        c = Canvas(TILE, TILE)
        c.vline(8, 0, 4, "ink")
        c.rect(5, 4, 7, 3, "dark_wood")
        if state == "on":
            glow_dot(c, 8, 8, "white", "lamp")
        elif state == "dim":
            c.px(8, 8, "lamp")
        else:
            c.px(8, 8, "steel")
        frames.append(c)
    ts.add_anim("hanglamp_flicker", frames, [700, 90, 60, 1200])


def build(ts: Tileset) -> None:
    _hole(ts)
    _breach(ts)
    _floor_mess(ts)
    _fallen(ts)
    _bots(ts)
    _fire_and_smoke(ts)
    _flicker(ts)

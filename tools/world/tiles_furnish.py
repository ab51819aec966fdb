"""The furniture that fills the interiors: what a lived-in house, a cluttered garage and a working lab
have in them besides the one thing the story points at.

Drawn in each place's own palette (warm wood and cream at home, steel and cyan at IQ Robotics) and
added after every other tile of their set, so the tiles before them keep their ids.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.palette import light
from tools.world.kit import glow_dot, rng
from tools.world.tileset import TILE, Tileset


def _armchair() -> Canvas:
    c = Canvas(32, 32)
    c.rect(3, 5, 26, 12, "teal")
    c.hline(3, 5, 26, "neon_cyan")
    c.rect(3, 16, 26, 11, "deep_blue")
    c.rect(0, 10, 5, 18, "teal")
    c.rect(27, 10, 5, 18, "teal")
    c.hline(0, 10, 5, "neon_cyan")
    c.hline(27, 10, 5, "neon_cyan")
    c.rect(6, 16, 20, 8, "teal")
    c.hline(6, 16, 20, "neon_cyan")
    c.rect(9, 8, 7, 6, "ares_red")  # a cushion
    c.hline(9, 8, 7, "orange")
    c.hline(1, 28, 30, "ink")
    c.rect(2, 28, 2, 3, "dark_wood")
    c.rect(28, 28, 2, 3, "dark_wood")
    return c


def _sidetable() -> Canvas:
    c = Canvas(TILE, TILE)
    c.rect(2, 7, 12, 5, "wood")
    c.hline(2, 7, 12, "lamp")
    c.rect(3, 12, 2, 4, "dark_wood")
    c.rect(11, 12, 2, 4, "dark_wood")
    c.rect(5, 4, 3, 3, "bot_blue")  # a mug
    c.rect(9, 2, 4, 5, "cream")  # a book on its end
    c.vline(9, 2, 5, "ares_red")
    return c


def _floorlamp() -> Canvas:
    c = Canvas(TILE, 32)
    c.rect(3, 1, 10, 7, "cream")
    c.hline(3, 1, 10, "white")
    c.hline(2, 8, 12, "lamp")
    glow_dot(c, 8, 10, "white", "lamp")
    c.vline(8, 11, 18, "dark_wood")
    c.ellipse(8, 29, 4, 1.5, "dark_wood")
    return c


def _stool() -> Canvas:
    c = Canvas(TILE, TILE)
    c.ellipse(8, 5, 5, 2.5, "ares_red")
    c.hline(4, 4, 8, "orange")
    c.vline(5, 7, 8, "steel")
    c.vline(10, 7, 8, "steel")
    c.hline(5, 11, 6, "fog")
    return c


def _shoerack() -> Canvas:
    c = Canvas(32, TILE)
    c.rect(1, 3, 30, 12, "dark_wood")
    c.hline(1, 3, 30, "wood")
    c.hline(2, 9, 28, "wood")
    for x, col in ((3, "neon_pink"), (9, "bot_blue"), (16, "ink"), (22, "neon_yellow")):
        c.rect(x, 6, 5, 3, col)  # shoes and trainers
        c.rect(x + 1, 12, 4, 2, light(col))
    return c


def _dogbed() -> Canvas:
    c = Canvas(TILE, TILE)
    c.ellipse(8, 9, 7, 5, "ares_red")
    c.ellipse(8, 9, 5, 3, "cream")
    c.rect(4, 8, 3, 2, "neon_yellow")  # a chewed toy
    return c


def _pantry() -> Canvas:
    """Open shelves of jars, tins and stacked noodle cups: the house's stores."""
    c = Canvas(32, 32)
    c.rect(1, 1, 30, 30, "dark_wood")
    for y in (10, 20, 29):
        c.hline(2, y, 28, "wood")
    r = rng("pantry")
    for y in (3, 13, 23):
        x = 3
        while x < 28:
            kind = r.randrange(3)
            if kind == 0:  # a noodle cup
                c.rect(x, y + 1, 4, 6, "white")
                c.hline(x, y + 3, 4, "ares_red")
                x += 5
            elif kind == 1:  # a jar
                c.rect(x, y + 2, 3, 5, "neon_yellow" if r.random() < 0.5 else "neon_lime")
                c.hline(x, y + 1, 3, "steel")
                x += 4
            else:  # a tin
                c.rect(x, y + 3, 3, 4, r.choice(["bot_blue", "orange", "magenta"]))
                x += 4
    c.hline(1, 31, 30, "ink")
    return c


def _bin() -> Canvas:
    c = Canvas(TILE, TILE)
    c.rect(4, 4, 8, 11, "steel")
    c.vline(4, 4, 11, "fog")
    c.rect(3, 2, 10, 3, "fog")
    c.hline(3, 2, 10, "mist")
    c.hline(6, 1, 4, "ink")
    c.px(6, 9, "neon_lime")  # the recycling mark
    c.px(9, 9, "neon_lime")
    return c


def home(ts: Tileset) -> None:
    """Living room, hallway and garage furniture."""
    ts.add_big("armchair", _armchair())
    ts.add("sidetable", _sidetable())
    ts.add_big("floorlamp", _floorlamp())
    ts.add("stool", _stool())
    ts.add_big("shoerack", _shoerack())
    ts.add("dogbed", _dogbed())
    ts.add_big("pantry", _pantry())
    ts.add("kitchenbin", _bin())
    garage(ts)


def garage(ts: Tileset) -> None:
    """A garage nobody has cleared out since Dad: freezer, ladder, mower, cans, coiled cables."""
    fr = Canvas(32, 32)
    fr.rect(1, 6, 30, 24, "white")
    fr.rect(1, 4, 30, 4, "mist")
    fr.hline(1, 4, 30, "white")
    fr.hline(1, 8, 30, "fog")
    fr.rect(12, 9, 8, 2, "steel")
    fr.rect(4, 4, 6, 3, "cream")  # a stack of old magazines on the lid
    fr.rect(22, 2, 6, 5, "wood")
    fr.hline(22, 2, 6, "lamp")
    fr.hline(1, 30, 30, "ink")
    fr.px(27, 26, "neon_lime")
    ts.add_big("freezer", fr)
    lad = Canvas(TILE, 32)
    for x in (3, 12):
        lad.vline(x, 1, 30, "fog")
        lad.vline(x + 1, 1, 30, "steel")
    for y in range(4, 30, 5):
        lad.hline(4, y, 8, "mist")
    ts.add_big("ladder", lad)
    mow = Canvas(TILE, TILE)
    mow.rect(2, 7, 12, 6, "green")
    mow.hline(2, 7, 12, "neon_lime")
    mow.line(4, 7, 9, 1, "ink")
    mow.hline(8, 1, 5, "ink")
    mow.ellipse(4, 13, 2, 2, "ink")
    mow.ellipse(12, 13, 2, 2, "ink")
    ts.add("mower", mow)
    can = Canvas(TILE, TILE)
    for x0, col in ((1, "ares_red"), (8, "green")):
        can.rect(x0, 5, 7, 10, col)
        can.hline(x0, 5, 7, light(col))
        can.rect(x0 + 2, 3, 3, 2, "ink")
    can.hline(1, 15, 14, "shadow")
    ts.add("jerrycans", can)
    coil = Canvas(TILE, TILE)
    for r in (6, 4.5, 3):
        coil.ellipse(8, 9, r, r * 0.6, "ink")
        coil.ellipse(8, 9, r - 1, r * 0.6 - 1, None)
    coil.line(13, 9, 15, 14, "ink")
    coil.rect(14, 13, 2, 2, "neon_yellow")
    ts.add("cablecoil", coil)
    crates = Canvas(32, 32)
    r = rng("crates")
    for x0, y0, w, h in ((1, 14, 14, 17), (16, 17, 15, 14), (4, 3, 12, 11), (18, 7, 11, 10)):
        col = r.choice(["wood", "cream", "wood"])
        crates.rect(x0, y0, w, h, col)
        crates.hline(x0, y0, w, light(col))
        crates.vline(x0 + w // 2, y0, 4, "lamp")
        crates.hline(x0, y0 + h - 1, w, "dark_wood")
        crates.rect(x0 + 2, y0 + h // 2, 5, 2, "ink")  # a scrawled label
    ts.add_big("crates", crates)
    peg = Canvas(32, 32)  # Dad's tools, each inside the outline he painted round it
    peg.rect(1, 4, 30, 22, "steel")
    peg.frame(1, 4, 30, 22, "dark_wood")
    for y in range(6, 25, 3):
        for x in range(3, 30, 3):
            peg.px(x, y, "indigo")
    peg.rect(4, 6, 3, 13, "white")  # screwdriver
    peg.vline(5, 7, 11, "ares_red")
    peg.line(9, 7, 13, 15, "white")  # spanner
    peg.line(10, 7, 14, 15, "fog")
    peg.frame(16, 7, 7, 4, "white")  # an empty outline: a hammer that is not there
    peg.frame(18, 11, 3, 8, "white")
    peg.ellipse(26, 12, 3, 3, "neon_yellow")  # tape
    peg.ellipse(26, 12, 1, 1, "steel")
    peg.hline(5, 21, 22, "white")  # a saw
    peg.hline(6, 22, 20, "mist")
    ts.add_big("pegboard", peg)


def iq(ts: Tileset) -> None:
    """IQ Robotics working clutter: desks of monitors, parts crates, lockers, tool carts."""
    desk = Canvas(48, 32)
    desk.rect(1, 14, 46, 8, "steel")
    desk.hline(1, 14, 46, "mist")
    desk.hline(1, 21, 46, "indigo")
    desk.rect(3, 22, 2, 9, "indigo")
    desk.rect(43, 22, 2, 9, "indigo")
    for x0 in (4, 19, 33):
        desk.rect(x0, 2, 12, 10, "ink")
        desk.rect(x0 + 1, 3, 10, 8, "deep_blue")
        for y in range(4, 10, 2):
            desk.hline(x0 + 2, y, 2 + (x0 + y) % 7, "neon_cyan")
        desk.rect(x0 + 5, 12, 2, 2, "indigo")
    desk.rect(14, 16, 10, 3, "fog")  # keyboard
    desk.rect(30, 16, 3, 4, "neon_yellow")  # a coffee cup
    desk.hline(1, 31, 46, "shadow")
    ts.add_big("labdesk", desk)
    stack = Canvas(32, 32)
    for x0, y0, w, h in ((1, 14, 15, 17), (16, 16, 15, 15), (5, 2, 14, 12)):
        stack.rect(x0, y0, w, h, "fog")
        stack.frame(x0, y0, w, h, "ink")
        stack.hline(x0 + 1, y0 + h - 2, w - 2, "steel")
        stack.hline(x0 + 1, y0 + 1, w - 2, "fog")
        stack.rect(x0 + w // 2 - 2, y0 + h // 2 - 1, 4, 3, "neon_cyan")  # the IQ mark
    ts.add_big("cratestack", stack)
    lock = Canvas(TILE, 32)
    lock.rect(1, 1, 14, 30, "deep_blue")
    lock.frame(1, 1, 14, 30, "ink")
    lock.vline(8, 1, 30, "ink")
    lock.hline(2, 2, 12, "bot_blue")
    for x in (3, 10):
        for y in (5, 7, 9):
            lock.hline(x, y, 3, "indigo")
        lock.px(x + 3 if x == 3 else x, 17, "neon_cyan")
    lock.hline(1, 31, 14, "shadow")
    ts.add_big("steellocker", lock)
    cart = Canvas(TILE, TILE)
    cart.rect(2, 3, 12, 9, "ares_red")
    cart.hline(2, 3, 12, "orange")
    cart.hline(2, 7, 12, "blood")
    cart.rect(4, 1, 3, 2, "fog")
    cart.rect(9, 0, 2, 3, "neon_yellow")
    cart.ellipse(4, 13, 1.5, 1.5, "ink")
    cart.ellipse(12, 13, 1.5, 1.5, "ink")
    ts.add("toolcart", cart)
    cooler = Canvas(TILE, 32)
    cooler.ellipse(8, 6, 5, 5, "holo")
    cooler.ellipse(7, 5, 2, 2, "white")
    cooler.rect(3, 11, 10, 19, "mist")
    cooler.vline(3, 11, 19, "white")
    cooler.rect(6, 15, 4, 2, "bot_blue")
    cooler.hline(3, 30, 10, "shadow")
    ts.add_big("watercooler", cooler)

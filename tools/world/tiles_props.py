"""Street and rooftop furniture: the clutter that makes Grainland lived-in.

Vending machines, bins, benches, planters, hover cars, a noodle cart, bus shelter, crates; on the
roofs air-conditioners, water tanks, antennas, solar panels, skylights and a helipad.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.palette import dark, light
from tools.world.kit import glow_dot, rng
from tools.world.tileset import Tileset


def vending(body: str, panel: str) -> Canvas:
    c = Canvas(16, 32)
    c.rect(2, 3, 12, 28, body)
    c.vline(2, 3, 28, light(body))
    c.vline(13, 3, 28, dark(body))
    c.rect(4, 6, 8, 12, panel)
    for y in (8, 11, 14):
        c.hline(4, y, 8, dark(panel))
        for x in (5, 8, 10):
            c.px(x, y - 1, ("ares_red", "neon_yellow", "white")[(x + y) % 3])
    c.px(4, 6, "white")
    c.rect(5, 21, 6, 3, "ink")
    c.rect(10, 25, 2, 2, "neon_lime")
    c.rect(2, 2, 12, 2, dark(body))
    c.hline(2, 30, 12, "ink")
    return c


def bin_tile(colour: str) -> Canvas:
    c = Canvas(16, 16)
    c.rect(4, 5, 8, 10, colour)
    c.vline(4, 5, 10, light(colour))
    c.vline(11, 5, 10, dark(colour))
    c.rect(3, 3, 10, 3, dark(colour))
    c.hline(3, 3, 10, light(colour))
    c.rect(6, 8, 4, 1, "ink")
    c.hline(5, 15, 6, "ink")
    return c


def bench() -> Canvas:
    c = Canvas(32, 16)
    c.rect(2, 4, 28, 3, "wood")
    c.hline(2, 4, 28, "lamp")
    c.rect(2, 8, 28, 4, "wood")
    c.hline(2, 8, 28, "lamp")
    c.hline(2, 11, 28, "dark_wood")
    for x in (4, 26):
        c.rect(x, 7, 2, 8, "steel")
        c.vline(x, 7, 8, "fog")
    c.hline(3, 15, 26, "ink")
    return c


def planter_tree() -> Canvas:
    """A street tree in a box: the canopy (top row) overhangs the player."""
    c = Canvas(32, 32)
    r = rng("tree")
    c.rect(6, 22, 20, 9, "steel")
    c.hline(6, 22, 20, "fog")
    c.rect(7, 24, 18, 2, "dark_wood")
    c.rect(14, 14, 4, 10, "dark_wood")
    c.vline(14, 14, 10, "wood")
    crown = Canvas(32, 32)
    crown.ellipse(16, 11, 14, 10, "teal")
    crown.ellipse(14, 9, 11, 8, "green")
    crown.speckle(r, ["neon_lime"], 0.12, (4, 2, 22, 10), only_on="green")
    crown.speckle(r, ["deep_blue"], 0.10, (2, 10, 28, 10), only_on="teal")
    crown.outline("night")
    c.blit(crown, 0, 0)
    c.hline(6, 31, 20, "ink")
    return c


def hover_car(body: str) -> Canvas:
    """A parked hover car seen from above, glass canopy and glowing skirt."""
    c = Canvas(32, 16)
    c.rect(2, 3, 28, 11, dark(body))
    c.rect(3, 2, 26, 11, body)
    c.hline(4, 2, 24, light(body))
    c.rect(10, 4, 12, 7, "night")
    c.rect(11, 5, 10, 5, "deep_blue")
    c.line(12, 9, 16, 5, "holo")
    c.rect(28, 4, 2, 3, "neon_yellow")
    c.rect(28, 8, 2, 3, "neon_yellow")
    c.rect(2, 4, 1, 2, "ares_red")
    c.rect(2, 9, 1, 2, "ares_red")
    c.hline(3, 14, 26, "neon_cyan")
    c.hline(4, 15, 24, "teal")
    return c


def noodle_cart() -> Canvas:
    c = Canvas(32, 32)
    c.rect(2, 2, 28, 6, "ares_red")
    for x in range(2, 30, 6):
        c.rect(x, 2, 3, 6, "cream")
    c.hline(2, 8, 28, "blood")
    for x in (3, 28):
        c.vline(x, 8, 10, "dark_wood")
    c.rect(2, 18, 28, 10, "wood")
    c.hline(2, 18, 28, "lamp")
    c.rect(4, 14, 6, 4, "steel")
    c.hline(4, 14, 6, "fog")
    c.px(6, 12, "mist")
    c.px(7, 11, "mist")
    c.rect(13, 15, 4, 3, "white")
    c.rect(19, 15, 4, 3, "white")
    c.rect(6, 21, 20, 4, "dark_wood")
    c.text(["#.#.#", "#####"], {"#": "neon_yellow"}, 13, 22)
    for x in (6, 24):
        c.ellipse(x + 1, 29, 2.5, 2.5, "ink")
    glow_dot(c, 16, 10, "white", "lamp")
    return c


def shelter() -> Canvas:
    c = Canvas(48, 32)
    c.rect(1, 2, 46, 5, "teal")
    c.hline(1, 2, 46, "neon_cyan")
    c.hline(1, 7, 46, "deep_blue")
    for x in (3, 44):
        c.rect(x, 7, 2, 22, "steel")
    c.rect(6, 8, 36, 14, "deep_blue")
    c.rect(8, 9, 14, 12, "magenta")
    c.ellipse(15, 15, 4, 4, "white")
    c.rect(13, 14, 5, 2, "ink")
    c.px(14, 14, "neon_cyan")
    c.px(16, 14, "neon_cyan")
    c.rect(25, 10, 14, 2, "holo")
    c.rect(25, 14, 10, 2, "holo")
    c.rect(6, 23, 36, 3, "wood")
    c.hline(6, 23, 36, "lamp")
    c.hline(6, 29, 36, "ink")
    return c


def crate(colour: str = "wood") -> Canvas:
    c = Canvas(16, 16)
    c.rect(2, 3, 12, 12, colour)
    c.frame(2, 3, 12, 12, dark(colour))
    c.line(3, 4, 12, 13, dark(colour))
    c.hline(3, 3, 10, light(colour))
    c.hline(2, 15, 12, "ink")
    return c


def hydrant() -> Canvas:
    c = Canvas(16, 16)
    c.rect(6, 5, 4, 9, "ares_red")
    c.rect(5, 4, 6, 2, "ares_red")
    c.px(6, 4, "orange")
    c.rect(4, 8, 8, 2, "blood")
    c.vline(6, 6, 7, "orange")
    c.hline(5, 14, 6, "ink")
    return c


def bollard() -> Canvas:
    c = Canvas(16, 16)
    c.rect(6, 4, 4, 10, "fog")
    c.vline(6, 4, 10, "mist")
    c.hline(6, 6, 4, "neon_yellow")
    c.hline(6, 7, 4, "orange")
    c.hline(5, 14, 6, "ink")
    return c


def ac_unit(f: int) -> Canvas:
    c = Canvas(16, 16)
    c.rect(1, 3, 14, 11, "mist")
    c.frame(1, 3, 14, 11, "fog")
    c.hline(1, 3, 14, "white")
    c.ellipse(8, 8.5, 4.5, 4.5, "steel")
    c.ellipse(8, 8.5, 3.5, 3.5, "ink")
    if f == 0:
        c.line(5, 8, 11, 8, "fog")
        c.line(8, 5, 8, 11, "fog")
    else:
        c.line(6, 6, 10, 10, "fog")
        c.line(10, 6, 6, 10, "fog")
    c.hline(1, 14, 14, "ink")
    return c


def vent() -> Canvas:
    c = Canvas(16, 16)
    c.rect(5, 6, 6, 8, "steel")
    c.vline(5, 6, 8, "fog")
    c.rect(3, 3, 10, 4, "fog")
    c.hline(3, 3, 10, "mist")
    c.hline(3, 6, 10, "indigo")
    c.hline(5, 14, 6, "ink")
    return c


def water_tank() -> Canvas:
    c = Canvas(32, 32)
    c.rect(5, 8, 22, 20, "dark_wood")
    for x in range(6, 27, 3):
        c.vline(x, 8, 20, "wood")
    for y in (12, 22):
        c.hline(5, y, 22, "steel")
    c.ellipse(16, 8, 11, 4, "wood")
    c.ellipse(16, 8, 8, 2.5, "dark_wood")
    c.rect(6, 28, 2, 3, "steel")
    c.rect(24, 28, 2, 3, "steel")
    c.hline(4, 31, 24, "ink")
    return c


def antenna(f: int) -> Canvas:
    c = Canvas(16, 32)
    c.vline(8, 4, 26, "fog")
    for y in (10, 16, 22):
        c.hline(5, y, 7, "steel")
    c.line(8, 20, 3, 30, "steel")
    c.line(8, 20, 13, 30, "steel")
    if f == 0:
        glow_dot(c, 8, 3, "white", "ares_red")
    else:
        c.px(8, 3, "blood")
    return c


def solar() -> Canvas:
    c = Canvas(32, 16)
    c.rect(1, 2, 30, 11, "deep_blue")
    for x in range(1, 31, 5):
        c.vline(x, 2, 11, "steel")
    c.hline(1, 7, 30, "steel")
    c.frame(1, 2, 30, 11, "fog")
    c.line(3, 11, 8, 3, "bot_blue")
    c.hline(2, 14, 28, "ink")
    return c


def skylight() -> Canvas:
    c = Canvas(32, 16)
    c.rect(2, 3, 28, 10, "fog")
    c.rect(4, 4, 24, 8, "lamp")
    c.vline(16, 4, 8, "fog")
    c.line(5, 10, 9, 5, "cream")
    c.hline(2, 13, 28, "ink")
    return c


def helipad() -> Canvas:
    c = Canvas(48, 48)
    c.ellipse(24, 24, 22, 22, "neon_yellow")
    c.ellipse(24, 24, 20, 20, "indigo")
    c.text(["#....#", "#....#", "######", "#....#", "#....#"], {"#": "white"}, 21, 21)
    c.rect(21, 18, 1, 12, "white")
    c.rect(26, 18, 1, 12, "white")
    c.hline(21, 24, 6, "white")
    for a in range(0, 48, 8):
        c.px(a, 0, "neon_yellow")
    return c


def garden_box() -> Canvas:
    c = Canvas(32, 16)
    r = rng("garden")
    c.rect(1, 7, 30, 8, "dark_wood")
    c.hline(1, 7, 30, "wood")
    c.rect(2, 3, 28, 5, "green")
    c.speckle(r, ["neon_lime", "teal"], 0.3, (2, 2, 28, 6))
    for x in (6, 15, 24):
        c.px(x, 3, "neon_pink")
    c.hline(1, 15, 30, "ink")
    return c


def roof_door() -> Canvas:
    c = Canvas(32, 32)
    c.rect(2, 2, 28, 10, "steel")
    c.hline(2, 2, 28, "fog")
    c.rect(2, 12, 28, 18, "indigo")
    c.hline(2, 12, 28, "dusk")
    c.rect(11, 15, 10, 15, "night")
    c.rect(12, 16, 8, 14, "deep_blue")
    c.px(18, 23, "neon_yellow")
    glow_dot(c, 16, 13, "white", "lamp")
    c.hline(1, 31, 30, "ink")
    return c


def build(ts: Tileset) -> None:
    ts.add_big("vend_pink", vending("neon_pink", "holo"))
    ts.add_big("vend_cyan", vending("teal", "lamp"))
    ts.add("bin", bin_tile("green"))
    ts.add("bin_blue", bin_tile("bot_blue"))
    ts.add_big("bench", bench())
    ts.add_big("tree", planter_tree())
    for colour in ("neon_pink", "neon_yellow", "bot_blue", "mist", "ares_red"):
        ts.add_big(f"car_{colour}", hover_car(colour))
    ts.add_big("cart", noodle_cart())
    ts.add_big("shelter", shelter())
    ts.add("crate", crate())
    ts.add("crate_blue", crate("deep_blue"))
    ts.add("hydrant", hydrant())
    ts.add("bollard", bollard())
    ts.add_anim("ac", [ac_unit(0), ac_unit(1)], 120)
    ts.add("vent", vent())
    ts.add_big("tank", water_tank())
    ts.add_big_anim("antenna", [antenna(0), antenna(1)], [500, 900])
    ts.add_big("solar", solar())
    ts.add_big("skylight", skylight())
    ts.add_big("helipad", helipad())
    ts.add_big("garden", garden_box())
    ts.add_big("roofdoor", roof_door())

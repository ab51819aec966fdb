"""Grainland's moving light: neon signs, holo billboards, traffic lights and lanterns (all animated).

The film's city never stands still, so signs flicker and cycle, screens play little loops and the
lanterns over the streets sway; each is a Tiled `<animation>` so the engine needs no special code.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world import tiles_adverts
from tools.world.kit import glow_dot
from tools.world.tileset import Tileset

# Invented neon lettering (not any real script): strokes that read as "a sign" at 7×7.
GLYPHS = [
    ["#######", "...#...", ".#####.", "...#...", "#######", "..#.#..", ".#...#."],
    ["#.###.#", "#.#.#.#", "#.###.#", "#.....#", "#######", "...#...", "..###.."],
    [".#####.", ".#...#.", ".#####.", "...#...", "#######", ".#.#.#.", "#..#..#"],
    ["##..###", "#...#.#", "##..###", "#......", "#.#####", "#...#..", "###.###"],
    ["...#...", "#######", "#.....#", ".#####.", ".#...#.", ".#####.", "##...##"],
    ["#######", "#..#..#", "#######", "#..#..#", "#######", "...#...", "#######"],
]


def glyph(c: Canvas, x: int, y: int, which: int, colour: str) -> None:
    c.text(GLYPHS[which % len(GLYPHS)], {"#": colour}, x, y)


def vertical_sign(tube: str, ink1: str, ink2: str, glyphs: tuple[int, int, int]) -> list[Canvas]:
    """A tall hanging sign of three glyphs; frames: lit, colours swapped, a flicker, lit."""
    frames = []
    for f in range(4):
        c = Canvas(16, 48)
        c.rect(7, 0, 2, 2, "steel")
        c.rect(1, 2, 14, 45, "ink")
        lit_tube = tube if f != 2 else {"neon_pink": "magenta", "neon_cyan": "teal"}.get(tube, "orange")
        c.frame(2, 3, 12, 43, lit_tube)
        c.px(2, 3, "white")
        for i, g in enumerate(glyphs):
            col = (ink1, ink2)[(i + (f == 1)) % 2]
            if f == 2 and i == 1:
                col = "indigo"
            glyph(c, 4, 6 + i * 13, g, col)
        c.vline(14, 3, 43, "night")
        frames.append(c)
    return frames


def noodle_sign() -> list[Canvas]:
    """The noodle shop's wide sign: a steaming bowl and two glyphs; the steam rises."""
    frames = []
    for f in range(3):
        c = Canvas(48, 16)
        c.rect(0, 1, 48, 14, "ink")
        c.frame(0, 1, 48, 14, "neon_yellow")
        c.frame(1, 2, 46, 12, "orange")
        c.rect(4, 9, 10, 3, "white")
        c.hline(5, 12, 8, "mist")
        c.hline(4, 8, 10, "neon_yellow")
        c.line(10, 4, 14, 8, "wood")
        c.line(12, 4, 15, 7, "wood")
        for k in range(3):
            c.px(6 + k * 2, 6 - (f + k) % 3, "mist")
        glyph(c, 19, 4, 2, "neon_pink")
        glyph(c, 29, 4, 4, "neon_pink" if f != 1 else "white")
        c.text(["#.#", "###", "#.#"], {"#": "neon_cyan"}, 40, 6)
        frames.append(c)
    return frames


def iq_sign() -> list[Canvas]:
    """The IQ Robotics mark, a soft pulse between cyan and ice."""
    frames = []
    for f in range(2):
        c = Canvas(32, 16)
        c.rect(1, 2, 30, 12, "white")
        c.rect(0, 3, 32, 10, "white")
        c.frame(1, 2, 30, 12, "neon_cyan" if f == 0 else "holo")
        c.text(["###..####.", ".#..##..##", ".#..##..##", ".#..##.###", "###..#####", "..........",
                "...........###"[:10]], {"#": "bot_blue"}, 10, 4)
        c.px(20, 10, "bot_blue")
        c.hline(2, 13, 28, "mist")
        frames.append(c)
    return frames


def traffic_light() -> list[Canvas]:
    frames = []
    for lit in ("ares_red", "neon_lime", "neon_yellow"):
        c = Canvas(16, 32)
        c.rect(7, 10, 2, 22, "steel")
        c.vline(7, 10, 22, "fog")
        c.rect(4, 1, 8, 12, "ink")
        c.frame(4, 1, 8, 12, "night")
        for i, col in enumerate(("ares_red", "neon_yellow", "neon_lime")):
            on = col == lit
            c.rect(6, 2 + i * 3 + 1, 4, 2, col if on else "indigo")
            if on:
                c.px(6, 3 + i * 3, "white")
        c.rect(6, 30, 4, 2, "indigo")
        frames.append(c)
    return frames


def lantern() -> list[Canvas]:
    """A red paper lantern on a wire across the street, swaying."""
    frames = []
    for f in range(2):
        c = Canvas(16, 16)
        c.hline(0, 2, 16, "ink")
        c.px(4, 3, "ink")
        x = 7 + (1 if f else 0)
        c.vline(x, 3, 2, "ink")
        c.ellipse(x + 0.5, 8.5, 3.5, 3.5, "ares_red")
        c.vline(x, 6, 5, "orange")
        c.px(x - 1, 6, "orange")
        c.hline(x - 1, 5, 3, "neon_yellow")
        c.hline(x - 1, 12, 3, "neon_yellow")
        c.vline(x, 13, 2, "neon_yellow")
        frames.append(c)
    return frames


def lamp_post() -> Canvas:
    c = Canvas(16, 32)
    c.rect(7, 6, 2, 24, "steel")
    c.vline(7, 6, 24, "fog")
    c.rect(5, 29, 6, 3, "indigo")
    c.hline(5, 29, 6, "steel")
    c.rect(3, 2, 10, 4, "night")
    c.hline(4, 5, 8, "lamp")
    c.hline(5, 6, 6, "cream")
    glow_dot(c, 8, 7, "white", "lamp")
    return c


def neon_arrow() -> list[Canvas]:
    frames = []
    for f in range(3):
        c = Canvas(16, 16)
        c.rect(0, 3, 16, 10, "ink")
        for i in range(3):
            col = "neon_lime" if i == f else "green"
            c.text(["#..", ".#.", "..#", ".#.", "#.."], {"#": col}, 2 + i * 4, 5)
        frames.append(c)
    return frames


def cup_sign() -> list[Canvas]:
    """A little cup-noodle sign (its robot mascot winks)."""
    frames = []
    for f in range(2):
        c = Canvas(16, 16)
        c.ellipse(8, 8, 7.5, 7.5, "neon_pink")
        c.ellipse(8, 8, 6.5, 6.5, "ink")
        c.rect(5, 6, 6, 6, "white")
        c.hline(4, 5, 8, "neon_yellow")
        c.px(6, 8, "ink")
        c.px(9, 8, "ink" if f == 0 else "white")
        if f:
            c.hline(8, 8, 3, "ink")
        c.hline(6, 10, 4, "ares_red")
        frames.append(c)
    return frames


def build(ts: Tileset) -> None:
    ts.add_big_anim("sign_v_pink", vertical_sign("neon_pink", "neon_cyan", "neon_yellow", (0, 1, 2)),
                    [900, 500, 90, 700])
    ts.add_big_anim("sign_v_cyan", vertical_sign("neon_cyan", "neon_pink", "white", (3, 4, 5)),
                    [1100, 400, 80, 600])
    ts.add_big_anim("sign_v_lime", vertical_sign("neon_lime", "neon_yellow", "neon_pink", (5, 2, 0)),
                    [700, 700, 120, 500])
    ts.add_big_anim("sign_noodle", noodle_sign(), 300)
    ts.add_big_anim("sign_iq", iq_sign(), 800)
    ts.add_big_anim("billboard", *tiles_adverts.billboard_ads())
    ts.add_anim("screen", *tiles_adverts.screen_ads())
    ts.add_big_anim("traffic", traffic_light(), [2400, 2400, 700])
    ts.add_anim("lantern", lantern(), 700)
    ts.add_big("lamp_post", lamp_post(), solid=False)
    ts.add_anim("sign_arrow", neon_arrow(), 200)
    ts.add_anim("sign_cup", cup_sign(), [1400, 300])
    tiles_adverts.build(ts)

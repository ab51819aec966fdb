"""Mai's school: a polished corridor of lockers and notice boards, and the football pitch outside.

Cream walls over teal tiles, a checker floor that squeaks, a robot teacher's screen by every door;
outside, the pitch (`tiles_pitch.py`), a running track, bleachers and trees.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.palette import dark, light
from tools.world import tiles_floors as floors
from tools.world import tiles_gym, tiles_pitch, tiles_yard
from tools.world.kit import add_wall, glow_dot, rng, textured
from tools.world.tileset import TILE, Tileset


def lino(a: str, b: str, seed: int) -> Canvas:
    c = Canvas(TILE, TILE, a)
    c.rect(0, 0, 8, 8, b)
    c.rect(8, 8, 8, 8, b)
    c.speckle(rng("lino", seed), [light(a)], 0.03)
    if seed == 1:
        c.line(2, 13, 6, 11, "white")
    return c


def school_face(hi: bool, seed: int) -> Canvas:
    c = textured("cream", {"lamp": 0.03}, ("sface", hi, seed))
    if not hi:
        c.rect(0, 7, TILE, 9, "teal")
        c.hline(0, 7, TILE, "neon_cyan")
        for x in range(0, TILE, 4):
            c.vline(x, 8, 8, "deep_blue")
        c.rect(0, 14, TILE, 2, "deep_blue")
    else:
        c.hline(0, 0, TILE, "lamp")
        if seed == 1:
            c.rect(2, 4, 12, 9, "holo")  # a window onto the pitch
            c.frame(2, 4, 12, 9, "steel")
            c.vline(8, 4, 9, "steel")
            c.rect(3, 9, 5, 3, "green")
            c.rect(9, 10, 4, 2, "green")
            c.px(3, 5, "white")
        if seed == 2:
            c.rect(4, 3, 8, 8, "white")
            c.frame(4, 3, 8, 8, "dark_wood")
            c.vline(8, 4, 4, "night")
            c.hline(8, 7, 3, "night")
    return c


def locker(colour: str, open_: bool = False) -> Canvas:
    c = Canvas(TILE, 32)
    c.rect(1, 1, 14, 30, colour)
    c.vline(1, 1, 30, light(colour))
    c.vline(14, 1, 30, dark(colour))
    c.vline(8, 1, 30, dark(colour))
    for x in (3, 10):
        for y in (4, 6, 8):
            c.hline(x, y, 3, dark(colour))
        c.rect(x + 3, 16, 1, 3, "mist")
    c.hline(1, 1, 14, light(colour))
    c.hline(1, 31, 14, "ink")
    if open_:
        c.rect(9, 2, 5, 28, "night")
        c.rect(9, 12, 5, 1, "steel")
        c.rect(10, 8, 3, 4, "neon_pink")
        c.rect(15, 2, 1, 28, dark(colour))
    return c


def corridor_props(ts: Tileset) -> None:
    for name, colour in (("locker_blue", "bot_blue"), ("locker_teal", "teal"), ("locker_pink", "magenta")):
        ts.add_big(name, locker(colour))
    ts.add_big("locker_open", locker("magenta", True))
    board = Canvas(32, 16)
    board.rect(1, 1, 30, 13, "wood")
    board.frame(1, 1, 30, 13, "dark_wood")
    r = rng("notes")
    for x, y, col in ((3, 3, "white"), (10, 4, "neon_yellow"), (17, 3, "neon_pink"), (24, 5, "holo"),
                      (5, 8, "neon_lime"), (14, 8, "white"), (22, 9, "lamp")):
        board.rect(x, y, 5, 4, col)
        board.px(x + 2, y, "ares_red")
        board.hline(x + 1, y + 2, r.randrange(2, 4), "steel")
    ts.add_big("noticeboard", board)
    trophy = Canvas(32, 32)
    trophy.rect(1, 2, 30, 28, "dark_wood")
    trophy.rect(3, 4, 26, 22, "holo")
    trophy.hline(3, 14, 26, "wood")
    # at the back of the top shelf, half behind the end cup: a faded team photo, a row of kids in green
    trophy.rect(18, 4, 11, 8, "cream")
    trophy.rect(19, 5, 9, 6, "lamp")
    for n, x in enumerate((19, 21, 23, 25, 27)):
        trophy.px(x, 6, "skin_dark" if n % 2 else "skin_mid")
        trophy.vline(x, 7, 3, "green")
    for x in (6, 14, 22):
        trophy.rect(x, 8, 4, 4, "neon_yellow")
        trophy.rect(x + 1, 12, 2, 2, "orange")
        trophy.ellipse(x + 2, 20, 2, 2, "mist")
        trophy.rect(x, 22, 4, 3, "fog")
    trophy.px(4, 5, "white")
    trophy.hline(1, 30, 30, "ink")
    ts.add_big("trophies", trophy)
    frames = []
    for f in range(3):
        c = Canvas(TILE, TILE)
        c.rect(2, 1, 12, 10, "ink")
        c.frame(2, 1, 12, 10, "steel")
        c.ellipse(8, 6, 3, 3, "white")
        c.px(7, 5, "ink")
        c.px(9, 5, "ink" if f != 1 else "white")
        c.hline(5, 9, 6, ("neon_cyan", "neon_lime", "neon_cyan")[f])
        frames.append(c)
    ts.add_anim("teacherscreen", frames, [900, 200, 600])
    door = Canvas(TILE, 32)
    door.rect(1, 2, 14, 30, "dark_wood")
    door.rect(2, 3, 12, 29, "wood")
    door.rect(4, 6, 8, 8, "holo")
    door.vline(8, 6, 8, "steel")
    door.px(12, 19, "neon_yellow")
    door.text(["#.#", "###"], {"#": "white"}, 6, 24)
    ts.add_big("classdoor", door)
    fountain = Canvas(TILE, TILE)
    fountain.rect(3, 3, 10, 10, "mist")
    fountain.frame(3, 3, 10, 10, "fog")
    fountain.ellipse(8, 7, 3, 2, "steel")
    fountain.px(8, 6, "holo")
    fountain.hline(3, 15, 10, "ink")
    ts.add("fountain", fountain)
    bench = Canvas(32, 16)
    bench.rect(1, 5, 30, 6, "wood")
    bench.hline(1, 5, 30, "lamp")
    bench.hline(1, 10, 30, "dark_wood")
    for x in (3, 27):
        bench.rect(x, 11, 2, 4, "steel")
    bench.rect(20, 3, 6, 3, "neon_pink")  # someone's forgotten bag
    ts.add_big("schoolbench", bench)
    bag = Canvas(TILE, TILE)
    bag.rect(4, 5, 8, 9, "orange")
    bag.rect(5, 3, 6, 3, "brick")
    bag.rect(6, 9, 4, 3, "neon_yellow")
    bag.hline(4, 14, 8, "ink")
    ts.add("backpack", bag)
    bin_ = Canvas(TILE, TILE)
    bin_.rect(4, 4, 8, 10, "steel")
    bin_.hline(4, 4, 8, "fog")
    bin_.rect(5, 2, 6, 2, "neon_lime")
    bin_.hline(4, 14, 8, "ink")
    ts.add("schoolbin", bin_)


def outside_tiles(ts: Tileset) -> None:
    track = textured("brick", {"orange": 0.06, "dark_wood": 0.05}, "track")
    track.hline(0, 7, TILE, "cream")
    ts.add("track", track)
    track2 = textured("brick", {"orange": 0.06, "dark_wood": 0.05}, "track2")
    ts.add("track_plain", track2)
    path = floors.concrete("path")
    path.hline(0, 15, TILE, "steel")
    ts.add("path", path)
    bleach = Canvas(TILE, TILE, "steel")
    for y in (0, 8):
        bleach.rect(0, y, TILE, 5, "fog")
        bleach.hline(0, y, TILE, "mist")
        bleach.rect(0, y + 5, TILE, 3, "indigo")
    ts.add("bleacher", bleach)
    tree = Canvas(32, 48)
    r = rng("schooltree")
    tree.ellipse(16, 45, 10, 2.5, "shadow")
    tree.rect(13, 30, 6, 15, "dark_wood")
    tree.vline(13, 30, 15, "wood")
    crown = Canvas(32, 48)
    crown.ellipse(16, 18, 14, 15, "deep_blue")
    crown.ellipse(15, 16, 13, 13, "teal")
    crown.ellipse(13, 13, 9, 9, "green")
    crown.speckle(r, ["neon_lime"], 0.12, (2, 2, 26, 22), only_on="green")
    crown.outline("night")
    tree.blit(crown, 0, 0)
    ts.add_big("oak", tree)
    net_fence = Canvas(TILE, 32)
    for y in range(2, 30, 3):
        for x in range(0, TILE, 3):
            net_fence.px(x + (y // 3) % 2, y, "fog")
    net_fence.hline(0, 1, TILE, "mist")
    net_fence.vline(0, 1, 30, "mist")
    net_fence.hline(0, 31, TILE, "steel")
    ts.add_big("tallfence", net_fence)
    lamp = Canvas(TILE, TILE)
    glow_dot(lamp, 8, 8, "white", "lamp")
    ts.add("glint", lamp)


def build(ts: Tileset) -> None:
    for i in range(2):
        ts.add(f"lino{i}", lino("mist", "fog", i))
    ts.add("lino_teal", lino("holo", "teal", 3))
    add_wall(ts, "schoolwall", "indigo", "dusk", [school_face(False, i) for i in range(2)],
             [school_face(True, i) for i in range(3)])
    corridor_props(ts)
    tiles_pitch.pitch_tiles(ts)
    outside_tiles(ts)
    tiles_yard.build(ts)
    tiles_gym.build(ts)
    ts.add_big("longtable", tiles_yard.long_table())  # last, so no tile the map already placed moves

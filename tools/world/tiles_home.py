"""The Su house: warm wood and lamplight inside, the backyard with Momo's kennel, and the garage.

Everything here is warmer than the city outside — wood, cream, lamp-orange — except the house's
helper robots' little screens, which glow the same cold cyan as IQ Robotics.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.palette import dark, light
from tools.world import tiles_floors as floors
from tools.world import tiles_frontdoor, tiles_furnish, tiles_roof, tiles_wreck
from tools.world.kit import add_auto16, add_nine, add_wall, glow_dot, rng, slabs, textured
from tools.world.tileset import TILE, Tileset


def home_face(hi: bool, seed: int) -> Canvas:
    c = textured("cream", {"lamp": 0.04}, ("hface", hi, seed))
    if hi:
        for x in range(2, TILE, 8):  # wallpaper sprigs
            c.px(x, 4, "wood")
            c.px(x + 4, 11, "wood")
        c.hline(0, 0, TILE, "lamp")
        if seed == 1:
            c.rect(3, 3, 10, 9, "dark_wood")
            c.rect(4, 4, 8, 7, "bot_blue")
            c.rect(5, 7, 3, 4, "cream")  # a framed photo: a man with a football
            c.ellipse(6.5, 6, 1.5, 1.5, "skin_mid")
            c.ellipse(10, 9, 1.5, 1.5, "white")
        if seed == 2:
            c.rect(2, 6, 12, 2, "dark_wood")
            c.rect(3, 3, 2, 3, "neon_lime")
            c.rect(7, 2, 3, 4, "ares_red")
            c.rect(11, 4, 2, 2, "holo")
    else:
        c.rect(0, 8, TILE, 8, "wood")
        c.hline(0, 8, TILE, "lamp")
        c.hline(0, 9, TILE, "dark_wood")
        for x in range(3, TILE, 5):
            c.vline(x, 10, 5, "dark_wood")
        c.rect(0, 14, TILE, 2, "dark_wood")
    return c


def garage_face(hi: bool, seed: int) -> Canvas:
    c = Canvas(TILE, TILE, "brick")
    for y in range(0, TILE, 4):
        c.hline(0, y, TILE, "dark_wood")
        for x in range(0 if (y // 4) % 2 else 4, TILE, 8):
            c.vline(x, y, 4, "dark_wood")
    c.speckle(rng("gface", hi, seed), ["orange", "blood"], 0.04)
    if not hi:
        c.rect(0, 13, TILE, 3, "night")
    if hi and seed == 1:
        c.rect(2, 3, 12, 9, "night")
        c.frame(2, 3, 12, 9, "wood")
        c.vline(8, 3, 9, "wood")
        c.px(4, 5, "lamp")
        c.px(10, 7, "neon_cyan")
    return c


def interior(ts: Tileset) -> None:
    for i in range(3):
        ts.add(f"wood{i}", floors.planks("wood", i, width=8, plain=i == 0))
    ts.add("kitchentile", floors.glazed_tiles("cream", "lamp", "wood", 0))
    ts.add("concrete", floors.concrete(0))
    oil = floors.concrete(1, stain=True)
    ts.add("concrete_oil", oil)
    ts.add("concrete_crack", floors.concrete(2, crack=True))
    add_wall(ts, "homewall", "dark_wood", "wood", [home_face(False, i) for i in range(1)],
             [home_face(True, i) for i in (0, 0, 2)])
    ts.add("photo", home_face(True, 1), solid=True)  # the family photo: Dad with a football
    add_wall(ts, "garagewall", "night", "dark_wood", [garage_face(False, i) for i in range(1)],
             [garage_face(True, i) for i in range(2)])

    def rug(c: Canvas) -> None:
        c.fill("ares_red")
        c.frame(0, 0, 48, 48, "blood")
        c.frame(2, 2, 44, 44, "neon_yellow")
        c.frame(4, 4, 40, 40, "blood")
        c.speckle(rng("rug"), ["orange"], 0.04, (5, 5, 38, 38))
    add_nine(ts, "rug", rug)


def counter(kind: str) -> Canvas:
    c = Canvas(TILE, 32)
    c.rect(0, 10, TILE, 21, "wood")
    c.hline(0, 10, TILE, "lamp")
    c.rect(0, 6, TILE, 5, "mist")
    c.hline(0, 6, TILE, "white")
    c.hline(0, 11, TILE, "fog")
    c.vline(0, 12, 19, "dark_wood")
    c.rect(3, 15, 10, 12, "dark_wood")
    c.rect(4, 16, 8, 10, "wood")
    c.px(11, 20, "lamp")
    c.hline(0, 31, TILE, "ink")
    if kind == "sink":
        c.rect(3, 6, 10, 4, "steel")
        c.rect(4, 7, 8, 2, "holo")
        c.vline(8, 2, 5, "fog")
        c.px(9, 2, "fog")
    elif kind == "stove":
        for x in (4, 11):
            c.ellipse(x, 8, 2.5, 1.5, "ink")
            c.px(x, 8, "ares_red")
        c.rect(3, 16, 10, 8, "ink")
        c.rect(4, 17, 8, 6, "night")
        c.hline(4, 17, 8, "orange")
    elif kind == "bowl":
        c.ellipse(8, 6, 4, 2, "white")
        c.px(6, 5, "orange")
        c.px(9, 5, "neon_lime")
        c.px(8, 4, "ares_red")
    elif kind == "helper":  # the house's Q-Bot dock with a little screen
        c.rect(4, 1, 8, 6, "white")
        c.rect(5, 2, 6, 3, "ink")
        c.px(6, 3, "neon_cyan")
        c.px(9, 3, "neon_cyan")
    return c


def kitchen_props(ts: Tileset) -> None:
    for kind in ("plain", "sink", "stove", "bowl", "helper"):
        ts.add_big(f"counter_{kind}", counter(kind))
    fridge = Canvas(TILE, 32)
    fridge.rect(1, 1, 14, 30, "mist")
    fridge.vline(1, 1, 30, "white")
    fridge.vline(14, 1, 30, "fog")
    fridge.hline(1, 11, 14, "fog")
    fridge.rect(11, 4, 1, 5, "steel")
    fridge.rect(11, 14, 1, 8, "steel")
    fridge.rect(3, 14, 5, 4, "neon_cyan")
    fridge.rect(4, 15, 3, 2, "ink")
    fridge.rect(3, 4, 3, 3, "neon_yellow")  # a drawing on the door
    fridge.px(4, 5, "neon_pink")
    fridge.hline(1, 31, 14, "ink")
    ts.add_big("fridge", fridge)
    cab = Canvas(32, 16)
    cab.rect(0, 0, 32, 12, "wood")
    cab.hline(0, 11, 32, "dark_wood")
    for x in (0, 16):
        cab.frame(x + 1, 1, 14, 10, "dark_wood")
        cab.px(x + 12, 6, "lamp")
    glow_dot(cab, 8, 13, "cream", "lamp")
    glow_dot(cab, 24, 13, "cream", "lamp")
    ts.add_big("cabinets", cab)
    table = Canvas(32, 32)
    for x, y in ((5, 1), (21, 1)):
        table.rect(x, y, 7, 6, "dark_wood")
        table.hline(x, y, 7, "wood")
    table.rect(1, 7, 30, 16, "wood")
    table.hline(1, 7, 30, "lamp")
    table.hline(1, 22, 30, "dark_wood")
    table.rect(3, 23, 2, 6, "dark_wood")
    table.rect(27, 23, 2, 6, "dark_wood")
    table.ellipse(10, 14, 3, 2, "white")
    table.ellipse(22, 14, 3, 2, "white")
    table.px(10, 13, "orange")
    table.rect(15, 10, 2, 5, "neon_pink")
    for x in (7, 21):
        table.rect(x, 26, 6, 5, "dark_wood")
        table.hline(x, 26, 6, "wood")
    ts.add_big("dining", table)
    window = Canvas(32, 16)
    window.rect(1, 1, 30, 13, "wood")
    window.rect(3, 2, 26, 10, "night")
    r = rng("view")
    window.speckle(r, ["lamp", "neon_pink", "neon_cyan", "holo"], 0.08, (3, 2, 26, 10))
    for x in range(3, 29, 5):
        window.rect(x, 7 + (x % 3), 3, 5, "indigo")
    window.vline(16, 2, 10, "wood")
    window.rect(1, 12, 30, 2, "lamp")
    window.rect(1, 1, 4, 12, "neon_pink")  # curtains
    window.rect(27, 1, 4, 12, "neon_pink")
    window.vline(4, 1, 12, "magenta")
    window.vline(27, 1, 12, "magenta")
    ts.add_big("window", window)
    sofa = Canvas(48, 32)
    sofa.rect(2, 6, 44, 10, "teal")
    sofa.hline(2, 6, 44, "neon_cyan")
    sofa.rect(2, 15, 44, 12, "deep_blue")
    sofa.rect(0, 10, 5, 18, "teal")
    sofa.rect(43, 10, 5, 18, "teal")
    for x in (6, 20, 34):
        sofa.rect(x, 16, 12, 8, "teal")
        sofa.hline(x, 16, 12, "neon_cyan")
    sofa.rect(8, 9, 6, 6, "neon_yellow")
    sofa.hline(1, 28, 46, "ink")
    ts.add_big("sofa", sofa)
    frames = []
    for f in range(3):
        c = Canvas(32, 32)
        c.rect(1, 2, 30, 18, "ink")
        c.rect(3, 4, 26, 14, ("bot_blue", "magenta", "deep_blue")[f])
        c.ellipse(16, 11, 5, 5, "white")
        c.rect(13, 9, 7, 3, "ink")
        c.text(["#.#"], {"#": "neon_cyan"}, 14, 10)
        c.rect(6, 22, 20, 8, "dark_wood")
        c.hline(6, 22, 20, "wood")
        c.rect(14, 20, 4, 2, "steel")
        frames.append(c)
    ts.add_big_anim("tv", frames, [1500, 1500, 1500])
    plant = Canvas(TILE, 32)
    plant.rect(4, 22, 8, 8, "brick")
    plant.hline(4, 22, 8, "orange")
    r = rng("hplant")
    for _ in range(10):
        plant.line(8, 21, r.randrange(2, 14), r.randrange(4, 16), r.choice(["green", "neon_lime"]))
    plant.hline(4, 31, 8, "ink")
    ts.add_big("homeplant", plant)
    lamp = Canvas(TILE, TILE)
    lamp.vline(8, 0, 4, "ink")
    lamp.rect(4, 4, 8, 4, "lamp")
    lamp.hline(4, 4, 8, "cream")
    lamp.hline(3, 8, 10, "orange")
    glow_dot(lamp, 8, 10, "white", "lamp")
    ts.add("hanglamp", lamp)
    shelf = Canvas(32, 32)
    shelf.rect(1, 1, 30, 30, "dark_wood")
    for y in (10, 20, 29):
        shelf.hline(2, y, 28, "wood")
    r = rng("books")
    for y in (2, 12, 22):
        x = 3
        while x < 29:
            w = r.randrange(1, 3)
            shelf.rect(x, y + r.randrange(0, 3), w, 8 - r.randrange(0, 3),
                       r.choice(["ares_red", "bot_blue", "neon_yellow", "teal", "cream", "magenta"]))
            x += w + 1
    shelf.hline(1, 31, 30, "ink")
    ts.add_big("bookshelf", shelf)


def garage_props(ts: Tileset) -> None:
    bench = Canvas(48, 32)
    bench.rect(2, 2, 44, 12, "steel")  # pegboard with tools
    for y in range(3, 13, 2):
        for x in range(3, 46, 2):
            bench.px(x, y, "indigo")
    bench.line(6, 4, 6, 11, "ares_red")
    bench.rect(5, 3, 3, 2, "fog")
    bench.line(11, 4, 15, 10, "fog")
    bench.ellipse(12, 4, 1.5, 1.5, "fog")
    bench.frame(19, 4, 8, 3, "white")  # the hammer's painted outline, empty
    bench.frame(22, 7, 3, 5, "white")
    bench.line(31, 4, 31, 12, "neon_yellow")
    bench.line(35, 4, 39, 12, "mist")
    bench.ellipse(42, 8, 2.5, 2.5, "bot_blue")
    bench.rect(1, 14, 46, 6, "wood")
    bench.hline(1, 14, 46, "lamp")
    bench.hline(1, 19, 46, "dark_wood")
    bench.rect(8, 11, 6, 4, "ares_red")  # a toolbox on the bench
    bench.hline(8, 11, 6, "orange")
    bench.rect(30, 12, 4, 3, "neon_lime")
    bench.rect(3, 20, 3, 11, "dark_wood")
    bench.rect(42, 20, 3, 11, "dark_wood")
    bench.rect(8, 22, 14, 7, "dark_wood")
    bench.frame(8, 22, 14, 7, "wood")
    bench.hline(1, 31, 46, "ink")
    ts.add_big("workbench", bench)
    chest = Canvas(TILE, 32)
    chest.rect(1, 6, 14, 25, "ares_red")
    chest.vline(1, 6, 25, "orange")
    for y in (11, 16, 21, 26):
        chest.hline(1, y, 14, "blood")
        chest.hline(5, y + 2, 6, "mist")
    chest.rect(1, 4, 14, 3, "blood")
    chest.hline(1, 31, 14, "ink")
    ts.add_big("toolchest", chest)
    shelves = Canvas(32, 32)
    shelves.rect(1, 1, 2, 30, "steel")
    shelves.rect(29, 1, 2, 30, "steel")
    r = rng("boxes")
    for y in (9, 19, 29):
        shelves.hline(1, y, 30, "fog")
        x = 4
        while x < 27:
            w = r.randrange(4, 8)
            col = r.choice(["wood", "cream", "wood", "steel"])
            shelves.rect(x, y - 6, min(w, 28 - x), 6, col)
            shelves.hline(x, y - 6, min(w, 28 - x), light(col))
            x += w + 1
    shelves.rect(5, 13, 6, 6, "white")  # dad's box: a football on top
    shelves.ellipse(8, 12, 2.5, 2.5, "white")
    shelves.px(8, 12, "ink")
    shelves.hline(1, 31, 30, "ink")
    ts.add_big("garageshelf", shelves)
    door = Canvas(48, 32)
    door.rect(0, 0, 48, 32, "steel")
    for y in range(3, 32, 4):
        door.hline(2, y, 44, "fog")
        door.hline(2, y + 1, 44, "indigo")
    door.rect(20, 27, 8, 2, "ink")
    door.rect(17, 6, 14, 7, "fog")  # its little window: the yard and the city's glow through it
    door.rect(18, 7, 12, 5, "deep_blue")
    door.vline(24, 7, 5, "fog")
    door.px(20, 9, "holo")
    door.px(27, 8, "neon_pink")
    door.frame(0, 0, 48, 32, "night")
    ts.add_big("rollerdoor", door)
    car = Canvas(48, 32)  # dad's old car under a dust sheet
    car.ellipse(24, 17, 23, 13, "fog")
    car.ellipse(24, 14, 19, 9, "mist")
    car.ellipse(20, 12, 10, 5, "white")
    car.speckle(rng("sheet"), ["steel"], 0.05, (2, 5, 44, 24), only_on="fog")
    car.line(8, 20, 40, 22, "steel")
    car.rect(4, 26, 6, 5, "ink")
    car.rect(38, 26, 6, 5, "ink")
    car.hline(6, 31, 36, "shadow")
    ts.add_big("coveredcar", car)
    nest = Canvas(48, 32)  # blankets and cushions where 7723 folds up at night
    nest.ellipse(24, 18, 23, 12, "hair_purple")
    nest.ellipse(22, 16, 18, 8, "dusk")
    nest.rect(6, 10, 10, 7, "neon_yellow")
    nest.hline(6, 10, 10, "cream")
    nest.rect(32, 12, 9, 6, "teal")
    nest.line(10, 22, 38, 20, "indigo")
    ts.add_big("nest", nest)
    for name, col in (("paint", "neon_pink"), ("paint2", "bot_blue")):
        c = Canvas(TILE, TILE)
        c.rect(4, 6, 8, 8, "mist")
        c.ellipse(8, 6, 4, 1.5, "fog")
        c.rect(4, 9, 8, 3, col)
        c.hline(4, 14, 8, "ink")
        ts.add(name, c)
    frames = []
    for f in range(3):
        c = Canvas(TILE, TILE)
        c.vline(8, 0, 6, "ink")
        c.ellipse(8, 8, 3, 3, ("neon_yellow", "lamp", "neon_yellow")[f])
        c.px(7, 7, "white")
        if f != 1:
            for dx, dy in ((-5, 0), (5, 0), (0, 5), (-4, 4), (4, 4)):
                c.px(8 + dx, 8 + dy, "lamp")
        frames.append(c)
    ts.add_anim("bulb", frames, [1800, 90, 600])
    ball = Canvas(TILE, TILE)
    ball.ellipse(8, 9, 4, 4, "white")
    ball.rect(7, 8, 2, 2, "ink")
    ball.px(5, 10, "ink")
    ball.px(10, 7, "ink")
    ts.add("football", ball)
    tyres = Canvas(TILE, TILE)
    for y in (11, 7, 3):
        tyres.ellipse(8, y + 1, 6.5, 3, "ink")
        tyres.ellipse(8, y + 1, 3, 1.2, "night")
        tyres.hline(3, y - 1, 10, "indigo")
    ts.add("tyres", tyres)
    box = Canvas(TILE, TILE)
    for y0, x0, w in ((8, 1, 12), (2, 3, 9)):
        box.rect(x0, y0, w, 7, "wood")
        box.hline(x0, y0, w, "lamp")
        box.vline(x0 + w // 2, y0, 3, "cream")
        box.hline(x0, y0 + 6, w, "dark_wood")
    box.hline(1, 15, 12, "shadow")
    ts.add("boxes", box)
    poster = Canvas(TILE, 32)
    poster.rect(1, 2, 14, 22, "deep_blue")
    poster.frame(1, 2, 14, 22, "white")
    poster.ellipse(8, 9, 2.5, 2.5, "skin_mid")
    poster.rect(6, 12, 5, 6, "ares_red")
    poster.rect(6, 18, 2, 3, "white")
    poster.rect(9, 18, 2, 3, "white")
    poster.ellipse(11, 21, 1.5, 1.5, "white")
    poster.rect(3, 4, 10, 2, "neon_yellow")
    ts.add_big("poster", poster)
    bike = Canvas(32, 16)
    for x in (7, 24):
        bike.ellipse(x, 10, 5, 5, "ink")
        bike.ellipse(x, 10, 3.5, 3.5, None)
        bike.px(x, 10, "steel")
    bike.line(7, 10, 15, 4, "neon_cyan")
    bike.line(15, 4, 24, 10, "neon_cyan")
    bike.line(12, 10, 15, 4, "teal")
    bike.line(12, 10, 24, 10, "teal")
    bike.rect(13, 2, 5, 2, "ink")
    bike.line(22, 2, 24, 10, "steel")
    bike.hline(20, 2, 4, "fog")
    ts.add_big("bike", bike)
    bat = Canvas(TILE, TILE)
    bat.line(3, 13, 12, 3, "wood")
    bat.line(4, 13, 13, 3, "lamp")
    bat.line(11, 3, 13, 5, "wood")
    bat.rect(3, 12, 2, 2, "ink")
    ts.add("bat", bat)


def backyard(ts: Tileset) -> None:
    for i in range(3):
        ts.add(f"yard{i}", floors.grass(("yard", i), flowers=(0, 3, 1)[i]))
    dirt = textured("dark_wood", {"wood": 0.1, "brick": 0.05}, "dirt")
    ts.add("dirt", dirt)
    stones = textured("green", {"teal": 0.08}, "stones")
    for x, y in ((4, 4), (11, 10)):
        stones.ellipse(x, y, 3.5, 2.5, "fog")
        stones.ellipse(x - 0.5, y - 0.5, 2.5, 1.5, "mist")
    ts.add("stepstones", stones)
    ts.add("patio", slabs("fog", "steel", 8, hi="mist", seed="patio"))
    add_auto16(ts, "fence", wood_fence, solid=True)
    kennel = Canvas(32, 32)
    kennel.rect(4, 14, 24, 16, "wood")
    for y in range(15, 30, 3):
        kennel.hline(4, y, 24, "dark_wood")
    kennel.rect(12, 19, 8, 11, "ink")
    kennel.ellipse(16, 19, 4, 3, "ink")
    for i in range(12):
        kennel.hline(16 - i - 2, 3 + i, 2 * i + 4, "ares_red")
    kennel.line(2, 15, 16, 2, "blood")
    kennel.line(30, 15, 16, 2, "blood")
    kennel.rect(10, 9, 12, 3, "cream")
    kennel.text(["#.#.###.#.#.###", "###.#.#.###.#.#"][0:1], {"#": "dark_wood"}, 10, 10)
    kennel.ellipse(25, 29, 3, 1.5, "steel")  # Momo's bowl
    kennel.px(25, 28, "wood")
    kennel.hline(4, 31, 24, "shadow")
    ts.add_big("kennel", kennel)
    tree = Canvas(48, 48)
    r = rng("yardtree")
    tree.ellipse(24, 45, 14, 2.5, "shadow")
    tree.rect(20, 28, 8, 17, "dark_wood")
    tree.vline(20, 28, 17, "wood")
    tree.vline(27, 28, 17, "night")
    crown = Canvas(48, 48)
    crown.ellipse(24, 17, 21, 15, "deep_blue")
    crown.ellipse(23, 15, 19, 13, "teal")
    crown.ellipse(20, 12, 14, 9, "green")
    crown.speckle(r, ["neon_lime"], 0.12, (4, 2, 36, 20), only_on="green")
    crown.speckle(r, ["green"], 0.08, (2, 10, 44, 18), only_on="teal")
    for x, y in ((14, 12), (30, 18), (22, 24), (36, 10)):
        crown.px(x, y, "lamp")  # fairy lights strung in the branches
    crown.outline("night")
    tree.blit(crown, 0, 0)
    ts.add_big("yardtree", tree)
    bush = Canvas(TILE, TILE)
    bush.ellipse(8, 9, 7, 6, "deep_blue")
    bush.ellipse(8, 8, 6, 5, "teal")
    bush.ellipse(7, 7, 4, 3, "green")
    bush.speckle(rng("bush"), ["neon_lime"], 0.15, only_on="green")
    bush.px(5, 6, "neon_pink")
    bush.px(10, 9, "neon_pink")
    bush.outline("night")
    ts.add("bush", bush)
    bed = Canvas(TILE, TILE, "dark_wood")
    bed.speckle(rng("bed"), ["wood"], 0.1)
    r = rng("flowers")
    for _ in range(9):
        x, y = r.randrange(1, 15), r.randrange(2, 15)
        bed.px(x, y, "green")
        bed.px(x - 1, y, "neon_lime")
        bed.px(x, y - 1, r.choice(["neon_pink", "neon_yellow", "ares_red", "white", "orange", "holo"]))
    ts.add("flowerbed", bed)
    line = Canvas(48, 16)
    line.line(0, 2, 47, 2, "fog")
    for x, col in ((4, "neon_yellow"), (14, "white"), (26, "neon_pink"), (37, "bot_blue")):
        line.rect(x, 3, 6, 8, col)
        line.hline(x, 10, 6, dark(col))
    ts.add_big("washing", line)
    bins = Canvas(TILE, TILE)
    bins.rect(3, 3, 10, 11, "bot_blue")
    bins.hline(3, 3, 10, "holo")
    bins.rect(3, 5, 10, 1, "deep_blue")
    bins.hline(3, 14, 10, "ink")
    ts.add("wheelie", bins)
    hose = Canvas(TILE, TILE)
    hose.ellipse(8, 8, 5, 5, "neon_lime")
    hose.ellipse(8, 8, 3, 3, None)
    hose.ellipse(8, 8, 1.5, 1.5, "green")
    ts.add("hose", hose)


def wood_fence(mask: int) -> Canvas:
    """A garden fence: rails along connected sides, a post in the middle."""
    c = Canvas(TILE, TILE)
    if mask & 10 or not mask:
        x0, x1 = (0 if mask & 8 else 6), (TILE if mask & 2 else 10)
        for y in (4, 9):
            c.rect(x0, y, x1 - x0, 3, "wood")
            c.hline(x0, y, x1 - x0, "lamp")
            c.hline(x0, y + 2, x1 - x0, "dark_wood")
        for x in range(x0 + 1, x1, 4):
            c.rect(x, 2, 2, 12, "wood")
            c.vline(x, 2, 12, "lamp")
    if mask & 5:
        y0, y1 = (0 if mask & 1 else 6), (TILE if mask & 4 else 10)
        c.rect(6, y0, 4, y1 - y0, "wood")
        c.vline(6, y0, y1 - y0, "lamp")
        c.vline(9, y0, y1 - y0, "dark_wood")
    c.rect(6, 2, 4, 12, "dark_wood")
    c.rect(6, 1, 4, 2, "lamp")
    c.hline(5, 14, 6, "shadow")
    return c


def house_outside(ts: Tileset) -> None:
    """The Su house seen from the yard: tiled roof, cream siding, lit windows, back door and garage."""
    def roof(c: Canvas) -> None:
        c.fill("brick")
        for y in range(0, 48, 4):
            c.hline(0, y + 3, 48, "blood")
            for x in range((y // 4) % 2 * 3, 48, 6):
                c.vline(x, y, 3, "blood")
                c.px(x + 1, y, "orange")
        c.frame(0, 0, 48, 48, "dark_wood")
        c.rect(0, 44, 48, 4, "cream")
        c.hline(0, 44, 48, "white")
        c.hline(0, 47, 48, "wood")
    add_nine(ts, "house_roof", roof, solid=True)

    def siding(seed: int) -> Canvas:
        c = Canvas(TILE, TILE, "cream")
        for y in range(3, TILE, 4):
            c.hline(0, y, TILE, "lamp")
        c.speckle(rng("siding", seed), ["white"], 0.03)
        return c
    for i in range(6):
        c = siding(i)
        if i % 2 == 0:
            c.rect(3, 3, 10, 10, "dark_wood")
            c.rect(4, 4, 8, 8, "lamp" if i != 4 else "night")
            c.vline(8, 4, 8, "dark_wood")
            c.hline(4, 8, 8, "dark_wood")
            c.px(5, 5, "cream")
            c.hline(2, 13, 12, "white")
        ts.add(f"house_win{i}", c, solid=True)
    for side in ("l", "r"):
        c = siding(9)
        c.vline(0 if side == "l" else 15, 0, TILE, "wood")
        ts.add(f"house_edge_{side}", c, solid=True)
    for kind in ("window", "door", "garage", "plain"):
        c = siding(7)
        c.rect(0, 14, TILE, 2, "steel")
        if kind == "window":
            c.rect(2, 2, 12, 10, "dark_wood")
            c.rect(3, 3, 10, 8, "lamp")
            c.vline(8, 3, 8, "dark_wood")
            c.rect(3, 3, 3, 8, "neon_pink")
            c.hline(1, 12, 14, "white")
        elif kind == "door":
            c.rect(3, 1, 10, 15, "dark_wood")
            c.rect(4, 2, 8, 14, "wood")
            c.rect(6, 4, 4, 4, "lamp")
            c.px(11, 10, "neon_yellow")
        elif kind == "garage":
            c.rect(0, 1, TILE, 15, "steel")
            for y in range(3, TILE, 3):
                c.hline(0, y, TILE, "fog")
        ts.add(f"house_shop_{kind}", c, solid=True)
    porch = Canvas(TILE, TILE)
    glow_dot(porch, 8, 4, "white", "lamp")
    porch.vline(8, 0, 3, "ink")
    ts.add("porchlight", porch)


def build(ts: Tileset) -> None:
    interior(ts)
    kitchen_props(ts)
    garage_props(ts)
    backyard(ts)
    house_outside(ts)
    tiles_wreck.build(ts)  # the kitchen after Ares came through
    floor_variants(ts)
    tiles_furnish.home(ts)  # added last, so the tiles before keep their ids
    tiles_frontdoor.build(ts)  # and the front door after them
    tiles_roof.build(ts)  # and the rain and wreckage under the torn-off roof


def floor_variants(ts: Tileset) -> None:
    """More of each floor, added last so the tiles before them keep their places."""
    ts.add("kitchentile1", floors.glazed_tiles("cream", "lamp", "wood", 1))
    ts.add("kitchentile2", floors.glazed_tiles("cream", "lamp", "wood", 2))
    for i in range(3, 6):
        ts.add(f"wood{i}", floors.planks("wood", i, width=8))
    for i in range(1, 4):
        ts.add(f"concrete{i}", floors.concrete(10 + i, stain=i == 3))

"""The city above and below: the freeway deck with its rails, the grimy lower city, the sewers.

The freeway is pale concrete over a deep drop full of distant lights (where 7723 falls); the lower
city is dim, wet and patched; the sewers are brick, slabs and moving water.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.palette import dark
from tools.world import tiles_floors as floors
from tools.world.kit import add_auto16, add_wall, edged, glow_dot, rng, textured
from tools.world.tileset import TILE, Tileset


def deck(seed: int) -> Canvas:
    c = floors.concrete(("deck", seed), base="steel", crack=seed == 1)
    if seed == 2:
        c.hline(0, 15, TILE, "indigo")  # expansion joint
        c.hline(0, 14, TILE, "fog")
    return c


def freeway_tiles(ts: Tileset) -> None:
    for i in range(3):
        ts.add(f"deck{i}", deck(i))
    d = deck(0)
    d.rect(1, 7, 10, 2, "white")
    ts.add("deck_dash", d)
    d = deck(1)
    d.rect(0, 13, TILE, 2, "neon_yellow")
    ts.add("deck_edge_n", d)  # solid yellow edge line by the north rail
    d = deck(1)
    d.rect(0, 1, TILE, 2, "neon_yellow")
    ts.add("deck_edge_s", d)
    # north rail: a concrete barrier seen from above with its face towards us
    rail = Canvas(TILE, TILE, "fog")
    rail.rect(0, 0, TILE, 5, "mist")
    rail.hline(0, 0, TILE, "white")
    rail.rect(0, 5, TILE, 9, "steel")
    rail.hline(0, 13, TILE, "indigo")
    rail.hline(0, 14, TILE, "night")
    rail.rect(6, 8, 3, 2, "orange")
    rail.px(6, 8, "neon_yellow")
    ts.add("rail_n", rail, solid=True)
    rail = Canvas(TILE, TILE)
    rail.rect(0, 0, TILE, 6, "mist")
    rail.hline(0, 0, TILE, "white")
    rail.rect(0, 6, TILE, 6, "steel")
    rail.rect(6, 8, 3, 2, "orange")
    rail.rect(0, 12, TILE, 4, "indigo")
    rail.hline(0, 15, TILE, "night")
    ts.add("rail_s", rail, solid=True)
    for name, src in (("rail_w", "rail_n"), ("rail_e", "rail_s")):
        ts.add(name, ts.tiles[ts.id(src)].transposed(), solid=True)
    broken = ts.tiles[ts.id("rail_s")].copy()
    broken.rect(3, 0, 9, 12, "steel")
    broken.rect(5, 0, 5, 16, None)
    broken.px(4, 3, "neon_yellow")
    broken.px(11, 5, "orange")
    ts.add("rail_broken", broken, solid=True)
    # the drop: the lower city far below, lights twinkling
    for i in range(3):
        frames = []
        for f in range(2):
            c = textured("ink", {"night": 0.25, "indigo": 0.04}, ("void", i))
            r = rng("lights", i)
            for _ in range(5):
                x, y = r.randrange(16), r.randrange(16)
                col = r.choice(["lamp", "neon_cyan", "neon_pink", "neon_yellow", "holo"])
                c.px(x, y, col if (f == 0 or r.random() < 0.6) else "night")
            frames.append(c)
        ts.add_anim(f"void{i}", frames, [800 + 300 * i, 500])
    far = deck(1)
    far.speckle(rng("far"), ["indigo", "night"], 0.25)
    far.checker(0, 0, TILE, TILE, "dusk")
    ts.add("deck_far", far, solid=True)
    for i in range(4):  # the city far below: rooftops, lit windows, a glint of neon
        frames = []
        for f in range(2):
            r = rng("below", i)
            c = textured("ink", {"night": 0.2}, ("below", i))
            for _ in range(3):
                x, y, w, h = r.randrange(-2, 12), r.randrange(-2, 12), r.randrange(4, 9), r.randrange(4, 9)
                c.rect(x, y, w, h, r.choice(["night", "indigo", "night"]))
                c.hline(x, y, w, "dusk")
                for _ in range(2):
                    lx, ly = x + r.randrange(max(1, w)), y + 1 + r.randrange(max(1, h - 1))
                    c.px(lx, ly, r.choice(["lamp", "lamp", "neon_cyan", "neon_pink"]) if (f == 0 or r.random() < 0.7)
                         else "night")
            frames.append(c)
        ts.add_anim(f"below{i}", frames, [1200 + 200 * i, 400])
    # the freeway overhead, seen from the lower city: its edges, its ribbed underside, its pillars
    for name in ("overpass_n", "overpass_m", "overpass_s"):
        c = Canvas(TILE, TILE, "night")
        for x in range(0, TILE, 8):
            c.vline(x, 0, TILE, "indigo")
        if name == "overpass_n":
            c.rect(0, 0, TILE, 4, "steel")
            c.hline(0, 0, TILE, "fog")
            c.hline(0, 4, TILE, "ink")
            c.px(8, 2, "orange")
        if name == "overpass_s":
            c.rect(0, 11, TILE, 5, "steel")
            c.hline(0, 15, TILE, "fog")
            c.hline(0, 10, TILE, "ink")
            glow_dot(c, 8, 12, "white", "lamp")
        if name == "overpass_m":
            c.hline(0, 7, TILE, "ink")
            c.checker(0, 8, TILE, 2, "ink")
        ts.add(name, c)
    pillar = Canvas(TILE, TILE)
    pillar.rect(2, 0, 12, 15, "steel")
    pillar.vline(2, 0, 15, "fog")
    pillar.vline(3, 0, 15, "mist")
    pillar.vline(13, 0, 15, "indigo")
    pillar.rect(4, 6, 6, 4, "neon_pink")  # a poster pasted on the pillar
    pillar.hline(4, 6, 6, "white")
    pillar.hline(1, 15, 14, "ink")
    ts.add("pillar", pillar, solid=True)
    far_dash = ts.tiles[ts.id("deck_far")].copy()
    far_dash.rect(2, 7, 10, 2, "fog")
    ts.add("deck_far_dash", far_dash, solid=True)
    under = Canvas(TILE, TILE, "indigo")
    under.rect(0, 0, TILE, 4, "steel")
    under.hline(0, 4, TILE, "night")
    under.rect(0, 8, TILE, 8, "ink")
    under.checker(0, 5, TILE, 3, "night")
    ts.add("deck_under", under, solid=True)
    gantry = Canvas(48, 16)
    gantry.rect(0, 12, 48, 2, "steel")
    gantry.rect(4, 0, 40, 12, "teal")
    gantry.frame(4, 0, 40, 12, "mist")
    gantry.text(["..#..", ".###.", "#.#.#", "..#..", "..#.."], {"#": "white"}, 8, 3)
    gantry.rect(16, 4, 10, 2, "white")
    gantry.rect(16, 7, 6, 2, "white")
    gantry.text(["..#..", "..#..", "#.#.#", ".###.", "..#.."], {"#": "white"}, 34, 3)
    ts.add_big("gantry", gantry)
    for f in range(2):
        cone = Canvas(TILE, TILE)
        cone.rect(6, 4, 4, 9, "orange")
        cone.hline(6, 7, 4, "white")
        cone.hline(5, 10, 6, "white")
        cone.rect(4, 12, 8, 2, "orange")
        cone.hline(4, 14, 8, "ink")
        if f:
            glow_dot(cone, 8, 3, "white", "neon_yellow")
        ts.add(f"cone~{f}" if f else "cone", cone)
    ts.animate(["cone", "cone~1"], [600, 400])
    barrier = Canvas(32, 16)
    barrier.rect(1, 4, 30, 6, "white")
    for x in range(1, 31, 6):
        barrier.rect(x, 4, 3, 6, "ares_red")
    barrier.rect(4, 10, 2, 5, "steel")
    barrier.rect(26, 10, 2, 5, "steel")
    glow_dot(barrier, 3, 2, "white", "orange")
    glow_dot(barrier, 28, 2, "white", "orange")
    ts.add_big("barrier", barrier)


def grime(seed: int) -> Canvas:
    c = floors.concrete(("grime", seed), base="indigo", crack=seed in (1, 3), stain=seed == 0)
    if seed == 2:
        c.rect(3, 4, 6, 4, "night")
        c.hline(3, 4, 6, "dusk")
    return c


def puddle(f: int) -> Canvas:
    c = grime(0)
    c.ellipse(8, 9, 7, 4.5, "night")
    c.ellipse(8, 9, 6, 3.5, "deep_blue")
    c.hline(4 + f, 8, 4, "neon_pink")
    c.hline(7 - f, 10, 3, "neon_cyan")
    c.px(10 + f, 7, "holo")
    return c


def lower_tiles(ts: Tileset) -> None:
    for i in range(4):
        ts.add(f"grime{i}", grime(i))
    ts.add_anim("puddle", [puddle(0), puddle(1), puddle(2)], 400)
    trash = Canvas(TILE, TILE)
    trash.ellipse(6, 10, 5, 5, "night")
    trash.ellipse(6, 9, 4, 4, "indigo")
    trash.ellipse(11, 11, 4, 4, "night")
    trash.ellipse(11, 10, 3, 3, "deep_blue")
    trash.px(5, 6, "dusk")
    trash.hline(3, 15, 11, "ink")
    ts.add("bags", trash)
    litter = grime(0)
    for x, y, col in ((3, 4, "white"), (4, 4, "mist"), (11, 9, "ares_red"), (12, 9, "neon_yellow"),
                      (7, 13, "fog"), (8, 12, "neon_cyan")):
        litter.px(x, y, col)
    ts.add("litter", litter)
    frames = []
    for f in range(3):
        c = Canvas(TILE, TILE)
        c.rect(3, 8, 10, 7, "steel")
        c.hline(3, 8, 10, "fog")
        c.hline(3, 11, 10, "indigo")
        c.ellipse(8, 7, 4, 2, "ink")
        for k, col in enumerate(("ares_red", "orange", "neon_yellow")):
            c.px(5 + (k * 3 + f) % 6, 6 - (k + f) % 3, col)
            c.px(7 + (k + f) % 3, 5 - k, col)
        c.hline(3, 15, 10, "ink")
        frames.append(c)
    ts.add_anim("barrel_fire", frames, 140)
    frames = []
    for f in range(4):
        c = grime(1)
        c.rect(4, 10, 8, 4, "ink")
        for x in range(5, 12, 2):
            c.vline(x, 10, 4, "steel")
        for k in range(4):
            if (k + f) % 4 < 3:
                c.px(6 + (k * 2 + f) % 5, 8 - k * 2, "mist" if k < 2 else "fog")
                c.px(7 + (k + f) % 3, 7 - k * 2, "fog")
        frames.append(c)
    ts.add_anim("steam", frames, 160)
    fence = Canvas(TILE, 32)
    for y in range(4, 30, 3):
        for x in range(0, TILE, 3):
            fence.px(x + (y // 3) % 2, y, "fog")
    fence.hline(0, 3, TILE, "mist")
    fence.vline(0, 3, 28, "fog")
    fence.hline(0, 30, TILE, "steel")
    ts.add_big("fence", fence)
    scrap = Canvas(32, 32)
    r = rng("scrap")
    scrap.ellipse(16, 20, 15, 11, "indigo")
    scrap.ellipse(16, 19, 13, 9, "steel")
    scrap.speckle(r, ["fog", "night", "dusk", "ares_red", "mist"], 0.3, (3, 10, 26, 18), only_on="steel")
    scrap.ellipse(12, 15, 4, 4, "mist")
    scrap.rect(10, 14, 4, 2, "ink")
    scrap.px(11, 14, "neon_cyan")
    scrap.line(19, 9, 26, 16, "fog")
    scrap.hline(4, 31, 24, "ink")
    ts.add_big("scrap", scrap)
    wreck = Canvas(32, 16)
    wreck.rect(2, 3, 28, 11, "blood")
    wreck.rect(3, 2, 26, 11, "brick")
    wreck.rect(10, 4, 12, 7, "ink")
    wreck.line(11, 5, 20, 9, "fog")
    wreck.speckle(rng("rust"), ["dark_wood", "orange"], 0.2, (3, 2, 26, 11), only_on="brick")
    wreck.hline(3, 14, 26, "ink")
    ts.add_big("wreck", wreck)
    steps = Canvas(TILE, TILE, "steel")
    for y in range(0, TILE, 4):
        steps.hline(0, y, TILE, "fog")
        steps.hline(0, y + 3, TILE, "indigo")
    ts.add("steps", steps)
    pipe_h = Canvas(TILE, TILE)
    pipe_h.rect(0, 5, TILE, 6, "steel")
    pipe_h.hline(0, 5, TILE, "fog")
    pipe_h.hline(0, 10, TILE, "indigo")
    pipe_h.rect(6, 4, 3, 8, "fog")
    ts.add("pipe_h", pipe_h, solid=True)
    cables = Canvas(TILE, TILE)
    cables.line(0, 2, 15, 5, "ink")
    cables.line(0, 6, 15, 3, "night")
    cables.px(9, 5, "neon_yellow")
    ts.add("cables", cables)
    laundry = Canvas(32, 16)
    laundry.line(0, 2, 31, 3, "ink")
    for x, col in ((3, "neon_pink"), (11, "mist"), (19, "neon_cyan"), (26, "neon_yellow")):
        laundry.rect(x, 3, 5, 7, col)
        laundry.hline(x, 9, 5, dark(col))
    ts.add_big("laundry", laundry)
    # graffiti for lower-city walls (laid over grime facades on the detail layer)
    tag = Canvas(32, 16)
    tag.text([" ##  #  # ### ", "#  # #  # #   ", "#### #  # ##  ", "#  # #  # #   ", "#  #  ##  ### "],
             {"#": "neon_lime"}, 2, 4)
    tag.text(["    *      *  "], {"*": "neon_pink"}, 2, 10)
    ts.add_big("graffiti", tag)
    tag2 = Canvas(16, 16)
    tag2.ellipse(8, 8, 6, 6, "neon_pink")
    tag2.ellipse(8, 8, 4, 4, None)
    tag2.rect(6, 6, 4, 4, "neon_cyan")
    ts.add("tag", tag2)


def sewer_wall_face(seed: int, hi: bool) -> Canvas:
    c = Canvas(TILE, TILE, "brick")
    r = rng("sewer", seed, hi)
    for y in range(0, TILE, 4):
        c.hline(0, y, TILE, "dark_wood")
        off = 0 if (y // 4) % 2 else 4
        for x in range(off, TILE, 8):
            c.vline(x, y, 4, "dark_wood")
    c.speckle(r, ["blood", "dark_wood"], 0.1)
    if not hi:
        c.rect(0, 12, TILE, 4, "night")
        c.checker(0, 10, TILE, 2, "green")
        c.hline(0, 12, TILE, "teal")
    if seed == 1:
        c.checker(2, 0, 6, 10, "green")
    if seed == 2:
        c.rect(5, 3, 6, 6, "ink")
        c.frame(4, 2, 8, 8, "steel")
        for x in range(5, 11, 2):
            c.vline(x, 3, 6, "fog")
    return c


def sewer_tiles(ts: Tileset) -> None:
    add_wall(ts, "sewer", "ink", "night", [sewer_wall_face(i, False) for i in range(3)],
             [sewer_wall_face(i, True) for i in range(3)])
    ladder = sewer_wall_face(0, True)
    for x in (4, 11):
        ladder.vline(x, 0, TILE, "fog")
    for y in range(2, TILE, 4):
        ladder.hline(4, y, 8, "mist")
    ts.add("sewer_ladder", ladder)
    walk = floors.wet_stone("sw")
    ts.add("sewer_walk", walk)
    ts.add("sewer_walk1", floors.wet_stone("sw1"))
    add_auto16(ts, "sewer_lip", lambda m: edged(walk, m, "steel", "fog", 3))
    frames = []
    for f in range(4):
        c = textured("indigo", {"deep_blue": 0.25, "night": 0.08}, ("water", f % 2))
        for k in range(4):
            y = (k * 4 + 1) % 16
            x0 = (f * 4 + k * 7) % 16
            for dx in range(5):
                c.px((x0 + dx) % 16, y, "teal")
            c.px((x0 + 2) % 16, (y + 1) % 16, "bot_blue")
        c.px((f * 5 + 3) % 16, (f * 3 + 9) % 16, "holo")
        frames.append(c)
    ts.add_anim("water", frames, 200)
    frames = []
    for f in range(4):
        c = sewer_wall_face(0, True)
        c.rect(5, 5, 6, 6, "ink")
        c.frame(4, 4, 8, 8, "steel")
        glow_dot(c, 8, 8, "white" if f != 2 else "cream", "lamp")
        c.vline(8, 0, 4, "steel")
        frames.append(c)
    ts.add_anim("sewer_lamp", frames, [900, 900, 120, 600])
    pipe = sewer_wall_face(1, True)
    pipe.rect(0, 9, TILE, 4, "steel")
    pipe.hline(0, 9, TILE, "fog")
    pipe.hline(0, 12, TILE, "indigo")
    pipe.rect(11, 8, 2, 6, "fog")
    pipe.px(4, 13, "teal")
    pipe.px(4, 14, "teal")
    ts.add("sewer_pipe", pipe)
    lights = []
    for f in range(2):
        c = Canvas(TILE, TILE)
        for x in range(TILE):
            c.px(x, 2 + abs(x - 8) // 4, "ink")
        for i, x in enumerate((2, 7, 12)):
            col = ("neon_yellow", "neon_pink", "neon_cyan")[(i + f) % 3]
            glow_dot(c, x, 4 + abs(x - 8) // 4, "white", col)
        lights.append(c)
    ts.add_anim("fairylights", lights, 600)
    frames = []
    for f in range(3):
        c = sewer_wall_face(2, False)
        c.rect(5, 9, 6, 7, "holo")
        for y in range(9, 16):
            c.px(5 + (y + f) % 6, y, "white")
            c.px(5 + (y + f + 3) % 6, y, "neon_cyan")
        frames.append(c)
    ts.add_anim("sewer_outflow", frames, 120)
    grate = textured("night", {"ink": 0.2}, "grate")
    for x in range(1, TILE, 3):
        grate.vline(x, 0, TILE, "steel")
    grate.hline(0, 0, TILE, "fog")
    grate.hline(0, 15, TILE, "fog")
    ts.add("grate", grate)
    plank = Canvas(TILE, TILE, "wood")
    for y in (0, 5, 10):
        plank.hline(0, y + 4, TILE, "dark_wood")
        plank.hline(0, y, TILE, "lamp")
    plank.px(2, 2, "dark_wood")
    plank.px(13, 7, "dark_wood")
    ts.add("plank", plank)
    nest = Canvas(32, 16)
    nest.rect(1, 4, 30, 10, "hair_purple")
    nest.hline(1, 4, 30, "dusk")
    nest.rect(2, 5, 8, 5, "cream")
    nest.rect(18, 6, 10, 7, "teal")
    nest.hline(18, 6, 10, "neon_cyan")
    nest.hline(1, 14, 30, "ink")
    ts.add_big("hideout", nest)
    moss = textured("night", {"teal": 0.2, "green": 0.1, "neon_lime": 0.02}, "moss")
    ts.add("moss", moss)


def build(ts: Tileset) -> None:
    freeway_tiles(ts)
    lower_tiles(ts)
    sewer_tiles(ts)

"""IQ Robotics inside: the glossy launch hall, the assembly line, Rice's hidden lab, the tower levels.

White gloss and cyan light for the public face; steel, hazard stripes and moving belts behind it;
a cluttered warm-lit lab; dark glass and red force fields up in the tower where Ares keeps Molly.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.palette import dark, light
from tools.world import tiles_breach, tiles_furnish, tiles_gen6, tiles_launch, tiles_window
from tools.world import tiles_floors as floors
from tools.world.kit import add_auto16, add_nine, add_wall, glow_dot, rng, textured
from tools.world.tileset import TILE, Tileset


def gloss(seed: int) -> Canvas:
    """Polished white floor: big slabs and a soft diagonal reflection of the ceiling lights."""
    c = textured("mist", {"white": 0.05, "fog": 0.02}, ("gloss", seed))
    c.hline(0, 15, TILE, "fog")
    c.vline(15, 0, TILE, "fog")
    if seed == 1:
        for i in range(6):
            c.px(3 + i, 10 - i, "white")
            c.px(4 + i, 10 - i, "white")
    if seed == 2:
        c.px(7, 7, "holo")
        c.px(8, 8, "holo")
    return c


def slab(part: str, seed: int) -> Canvas:
    """A quarter of a 32×32 polished slab; the seams only run round the slab's outside."""
    c = textured("mist", {"white": 0.05, "fog": 0.015}, ("slab", part, seed))
    if part in ("tl", "tr"):
        c.hline(0, 0, TILE, "white")
    if part in ("bl", "br"):
        c.hline(0, 15, TILE, "fog")
    if part in ("tl", "bl"):
        c.vline(0, 0, TILE, "white")
    if part in ("tr", "br"):
        c.vline(15, 0, TILE, "fog")
    if part == "tl" and seed == 1:
        for i in range(7):
            c.px(4 + i, 14 - i, "white")
            c.px(5 + i, 14 - i, "white")
    if part == "br" and seed == 1:
        c.px(5, 5, "holo")
    return c


def floor_tiles(ts: Tileset) -> None:
    for i in range(3):
        ts.add(f"gloss{i}", gloss(i))
    for part in ("tl", "tr", "bl", "br"):
        for seed in range(2):
            ts.add(f"slab_{part}{seed}", slab(part, seed))

    def runway(c: Canvas) -> None:
        c.fill("deep_blue")
        c.speckle(rng("runway"), ["bot_blue"], 0.05)
        c.rect(0, 0, 3, 48, "neon_cyan")
        c.vline(2, 0, 48, "teal")
        c.rect(45, 0, 3, 48, "neon_cyan")
        c.vline(45, 0, 48, "teal")
        c.hline(0, 0, 48, "neon_cyan")
        c.hline(0, 47, 48, "neon_cyan")
        for y in range(6, 48, 12):
            c.rect(22, y, 4, 4, "holo")
    add_nine(ts, "runway", runway)
    logo = Canvas(64, 32)
    logo.ellipse(32, 16, 31, 15, "bot_blue")
    logo.ellipse(32, 16, 29, 13, "white")
    logo.text(["#####..########.", "..#...##......##", "..#...##......##", "..#...##...##.##",
               "..#...##....####", "#####..#########", "..............##"], {"#": "bot_blue"}, 24, 11)
    ts.add_big("floorlogo", logo)
    grid = textured("night", {"indigo": 0.05}, "grid")
    grid.hline(0, 0, TILE, "deep_blue")
    grid.vline(0, 0, TILE, "deep_blue")
    grid.px(0, 0, "neon_cyan")
    ts.add("darkfloor", grid)
    strip = grid.copy()
    strip.hline(0, 8, TILE, "neon_cyan")
    strip.hline(0, 9, TILE, "teal")
    ts.add("darkfloor_light", strip)
    ts.add("plate", floors.metal_plate(0, tread=True))
    ts.add("plate1", floors.metal_plate(1, tread=True, scuff=True))
    hazard = Canvas(TILE, TILE, "ink")
    for k in range(-16, 16, 6):
        for i in range(3):
            hazard.line(k + i, 15, k + i + 15, 0, "neon_yellow")
    ts.add("hazard", hazard)
    carpet = textured("indigo", {"night": 0.1, "dusk": 0.04}, "carpet")
    ts.add("carpet", carpet)
    carpet2 = carpet.copy()
    carpet2.hline(0, 7, TILE, "teal")
    ts.add("carpet_line", carpet2)

    def stage(c: Canvas) -> None:
        c.fill("magenta")
        c.speckle(rng("stage"), ["neon_pink"], 0.05)
        for y in range(4, 44, 8):
            c.hline(2, y, 44, "blood")
        c.frame(0, 0, 48, 48, "neon_pink")
        c.frame(1, 1, 46, 46, "white")
        c.rect(0, 42, 48, 6, "hair_purple")
        c.hline(0, 42, 48, "neon_cyan")
        for x in range(2, 48, 4):
            c.px(x, 45, "neon_yellow")
    add_nine(ts, "stage", stage)

    def rug(c: Canvas) -> None:
        c.fill("deep_blue")
        c.frame(0, 0, 48, 48, "bot_blue")
        c.frame(2, 2, 44, 44, "holo")
        c.speckle(rng("rug"), ["indigo"], 0.05, (3, 3, 42, 42))
    add_nine(ts, "bluerug", rug)


def panel_face(base: str, strip: str, seed: int, hi: bool) -> Canvas:
    """A wall of glossy panels; the low row has a glowing skirting strip, the upper a seam."""
    c = textured(base, {dark(base): 0.03}, ("panel", base, seed, hi))
    c.vline(0, 0, TILE, dark(base))
    c.vline(8, 0, TILE, dark(base))
    c.vline(9, 0, TILE, light(base))
    if not hi:
        c.rect(0, 12, TILE, 4, dark(base, 2))
        c.hline(0, 12, TILE, strip)
        c.hline(0, 13, TILE, dark(strip))
    else:
        c.hline(0, 4, TILE, strip)
        if seed == 1:
            c.rect(3, 7, 10, 6, "ink")
            c.frame(3, 7, 10, 6, "steel")
            c.text(["#.##", "#.##", "#..#"], {"#": "bot_blue"}, 6, 8)
        if seed == 2:
            glow_dot(c, 8, 10, "white", strip)
    return c


def wall_tiles(ts: Tileset) -> None:
    add_wall(ts, "iqwall", "indigo", "holo", [panel_face("white", "neon_cyan", i, False) for i in range(2)],
             [panel_face("white", "neon_cyan", i, True) for i in range(3)])
    add_wall(ts, "labwall", "night", "steel", [panel_face("steel", "neon_lime", i, False) for i in range(2)],
             [panel_face("steel", "neon_lime", i, True) for i in range(3)])
    towers = []
    for i in range(3):
        c = Canvas(TILE, TILE, "ink")
        r = rng("towerview", i)
        c.speckle(r, ["lamp", "neon_cyan", "neon_pink", "holo"], 0.06)
        c.rect(0, 10 + i, TILE, 6 - i, "night")
        for x in range(0, TILE, 4):
            c.rect(x, 8 + (x * 7 + i) % 5, 3, 8, "indigo")
            c.px(x + 1, 10 + (x + i) % 4, "lamp")
        c.vline(0, 0, TILE, "steel")
        c.hline(0, 0, TILE, "steel")
        towers.append(c)
    add_wall(ts, "towerwall", "night", "deep_blue", [panel_face("deep_blue", "ares_red", i, False) for i in range(2)],
             towers)


def big_screen() -> list[Canvas]:
    """The launch screen: IQ logo, then a Gen 6 Q-Bot turning its eye, then the big 6."""
    frames = []
    for f in range(4):
        c = Canvas(96, 48)
        c.rect(0, 0, 96, 48, "steel")
        c.rect(2, 2, 92, 40, "night")
        for y in range(2, 42, 3):
            c.hline(2, y, 92, "ink")
        for x in range(4, 92, 11):
            c.px(x, 4 + (x * 3 + f * 5) % 34, "deep_blue")
        if f in (0, 3):
            c.ellipse(48, 22, 18, 14, "white")
            c.text(["###..#####.", ".#..##...##", ".#..##...##", ".#..##.#.##", "###..#####.", "..........##"],
                   {"#": "bot_blue"}, 43, 17)
            c.hline(30, 38, 36, "neon_cyan")
        elif f == 1:
            c.ellipse(48, 22, 14, 14, "white")
            c.ellipse(48, 25, 12, 9, "mist")
            c.rect(39, 16, 18, 8, "ink")
            c.rect(44 + (f * 3) % 6, 18, 6, 4, "neon_cyan")
        else:
            c.text(["#####", "#....", "#....", "#####", "#...#", "#...#", "#####"], {"#": "neon_pink"}, 40, 12)
            for dx in range(5):
                c.vline(40 + dx * 2 + 1, 12, 7, "neon_pink")
            c.rect(55, 14, 4, 2, "neon_yellow")
            c.rect(56, 13, 2, 4, "neon_yellow")
        frames.append(c)
    return frames


def escalator(f: int, down: bool = True) -> Canvas:
    """An escalator seen from above: glass balustrades with black handrails either side, grooved
    steel steps sliding down towards the viewer (frame `f`; up, away from it), yellow-edged comb
    plates at the top and the foot, and arrows on the landings that say which way it runs (red
    down, green up)."""
    c = Canvas(32, 64)
    c.rect(0, 0, 32, 64, "night")
    for x0 in (0, 26):  # the balustrades: glass over a steel skirt, the handrail along the top
        c.rect(x0, 0, 6, 64, "fog")
        c.rect(x0 + 1, 0, 4, 64, "mist")
        c.vline(x0 + 2, 0, 64, "ink")
        c.vline(x0 + 3, 0, 64, "ink")
        c.vline(x0 + (5 if x0 == 0 else 0), 0, 64, "steel")
    for y in range(-6, 64, 6):  # the steps, moving down
        yy = y + (f * 2 if down else 4 - f * 2)
        c.hline(6, yy, 20, "fog")
        c.hline(6, yy + 1, 20, "steel")
        c.hline(6, yy + 4, 20, "indigo")
        for x in range(7, 26, 2):
            c.px(x, yy + 2, "dusk")
    for y0, top in ((0, True), (54, False)):  # the comb plates and their yellow safety edges
        c.rect(6, y0, 20, 10, "steel")
        for x in range(7, 26, 2):
            c.vline(x, y0 + 1, 8, "fog")
        c.hline(6, y0 + (9 if top else 0), 20, "neon_yellow")
    for y0 in (2, 56):  # arrows pointing the way it runs
        for i in range(4):
            c.hline(12 + i, y0 + (i if down else 3 - i), 8 - 2 * i, "ares_red" if down else "neon_lime")
    return c


def conveyor(part: str, f: int, vertical: bool = False) -> Canvas:
    c = Canvas(TILE, TILE, "ink")
    c.rect(0, 2, TILE, 12, "night")
    for x in range(-4, TILE + 4, 4):
        xx = x + f
        c.vline(xx, 3, 10, "steel")
        c.vline(xx + 1, 3, 10, "indigo")
    c.hline(0, 1, TILE, "fog")
    c.hline(0, 2, TILE, "mist")
    c.hline(0, 13, TILE, "steel")
    c.hline(0, 14, TILE, "neon_yellow")
    c.hline(0, 15, TILE, "ink")
    if part == "l":
        c.rect(0, 1, 3, 14, "steel")
        c.ellipse(2, 8, 2, 5, "fog")
    if part == "r":
        c.rect(13, 1, 3, 14, "steel")
        c.ellipse(14, 8, 2, 5, "fog")
    return c.transposed() if vertical else c


def carried(f: int, stage: int, station: bool = False) -> Canvas:
    """The belt's middle at step f: casings ride along it one tile apart, moving with the slats, so
    the line runs unbroken from tile to tile. Under a station the casing, once wholly inside the
    tile, shows that station's stage (bare, shelled, switched on) and leaves as a casing again."""
    c = conveyor("m", f % 4)
    inside = f <= 4
    shell = Canvas(TILE, TILE)
    shell.blit(qbot_shell(stage if station and inside else 1).sub(2, 2, 12, 12), 2, 1)
    c.blit(shell.rolled(f, 0), 0, 0)
    return c


def qbot_shell(stage: int) -> Canvas:
    c = Canvas(TILE, TILE)
    c.ellipse(8, 8, 5, 5, "white" if stage else "fog")
    c.ellipse(8, 9, 4, 3, "mist" if stage else "steel")
    if stage:
        c.rect(5, 6, 6, 3, "ink")
        c.rect(6, 7, 4, 1, "neon_cyan" if stage == 2 else "teal")
    else:
        c.rect(6, 6, 4, 4, "indigo")
    return c


def robot_arm(f: int) -> Canvas:
    c = Canvas(32, 32)
    c.rect(8, 22, 16, 9, "neon_yellow")
    c.rect(8, 22, 16, 2, "white")
    c.rect(8, 29, 16, 2, "orange")
    c.rect(13, 8, 6, 15, "fog")
    c.vline(13, 8, 15, "mist")
    c.ellipse(16, 9, 4, 4, "steel")
    reach = (4, 26)[f]
    c.line(16, 9, reach, 5, "mist")
    c.line(16, 10, reach, 6, "fog")
    c.rect(reach - 2, 3, 4, 5, "steel")
    c.px(reach - 2, 8, "fog")
    c.px(reach + 1, 8, "fog")
    glow_dot(c, 16, 9, "neon_cyan", "teal")
    c.hline(8, 31, 16, "ink")
    return c


def console(f: int) -> Canvas:
    c = Canvas(32, 16)
    c.rect(1, 5, 30, 10, "steel")
    c.hline(1, 5, 30, "mist")
    c.rect(3, 0, 26, 7, "ink")
    c.frame(3, 0, 26, 7, "fog")
    r = rng("console", f)
    for x in range(5, 27, 2):
        h = r.randrange(1, 5)
        c.vline(x, 6 - h, h, "neon_cyan" if x % 4 else "neon_lime")
    for x in range(4, 28, 3):
        c.px(x, 9, r.choice(["ares_red", "neon_lime", "neon_yellow", "bot_blue"]))
        c.px(x + 1, 11, "fog")
    c.hline(1, 15, 30, "ink")
    return c


def server(f: int) -> Canvas:
    c = Canvas(16, 32)
    c.rect(2, 2, 12, 29, "night")
    c.frame(2, 2, 12, 29, "steel")
    c.hline(2, 2, 12, "fog")
    r = rng("server")
    for y in range(5, 29, 3):
        c.hline(4, y, 8, "indigo")
        for x in range(4, 12, 2):
            on = r.random() < 0.5 if f == 0 else r.random() < 0.4
            c.px(x, y + 1, ("neon_lime" if x % 4 else "neon_cyan") if on else "ink")
    c.hline(2, 31, 12, "ink")
    return c


def capsule(f: int) -> Canvas:
    c = Canvas(16, 32)
    c.rect(3, 4, 10, 24, "teal")
    c.rect(4, 5, 8, 22, "neon_cyan")
    c.vline(5, 5, 22, "holo")
    for k in range(4):
        y = 24 - ((k * 6 + f * 3) % 20)
        c.px(7 + k % 3, y, "white")
    c.ellipse(8, 16, 2.5, 4, "deep_blue")
    c.rect(2, 0, 12, 5, "steel")
    c.hline(2, 0, 12, "mist")
    c.rect(2, 27, 12, 5, "steel")
    c.hline(2, 31, 12, "ink")
    return c


def cradle(f: int) -> Canvas:
    """7723's cradle: a ring of arms and cables round a glowing charging plate."""
    c = Canvas(64, 64)
    c.rect(6, 44, 52, 16, "steel")
    c.hline(6, 44, 52, "mist")
    c.rect(6, 58, 52, 2, "indigo")
    c.ellipse(32, 40, 26, 12, "indigo")
    c.ellipse(32, 40, 22, 9, ("neon_cyan", "holo", "neon_cyan", "bot_blue")[f])
    c.ellipse(32, 40, 17, 6, "deep_blue")
    for x in (8, 56):
        c.rect(x - 3, 4, 6, 42, "fog")
        c.vline(x - 3, 4, 42, "mist")
        c.rect(x - 4, 2, 8, 4, "steel")
        glow_dot(c, x, 14 + f * 4, "white", "neon_cyan")
    c.rect(8, 4, 48, 5, "fog")
    c.hline(8, 4, 48, "mist")
    for i, x in enumerate((18, 26, 38, 46)):
        c.line(x, 9, x + (4 if i % 2 else -4), 30 + i * 2, "ink")
        c.line(x + 1, 9, x + 1 + (4 if i % 2 else -4), 30 + i * 2, "night")
    c.rect(26, 50, 12, 6, "night")
    c.text(["##.##", "..#..", ".#.#."], {"#": "neon_cyan"}, 28, 51)
    return c


def bench(tools: bool) -> Canvas:
    c = Canvas(48, 16)
    c.rect(1, 4, 46, 7, "wood")
    c.hline(1, 4, 46, "lamp")
    c.hline(1, 10, 46, "dark_wood")
    for x in (2, 44):
        c.rect(x, 11, 2, 5, "dark_wood")
    if tools:
        c.rect(4, 2, 8, 4, "fog")
        c.rect(5, 1, 6, 2, "ink")
        c.px(6, 1, "neon_cyan")
        c.line(16, 6, 22, 5, "steel")
        c.rect(26, 3, 4, 4, "ares_red")
        c.ellipse(37, 5, 3, 2, "neon_yellow")
        c.px(41, 4, "mist")
        c.px(43, 6, "bot_blue")
    return c


def whiteboard() -> Canvas:
    c = Canvas(32, 16)
    c.rect(1, 1, 30, 12, "white")
    c.frame(1, 1, 30, 12, "fog")
    c.ellipse(9, 7, 4, 4, "bot_blue")
    c.ellipse(9, 7, 3, 3, "white")
    c.line(13, 7, 20, 4, "ares_red")
    c.line(20, 4, 27, 9, "ares_red")
    c.hline(16, 10, 10, "night")
    c.px(6, 4, "night")
    c.hline(4, 13, 24, "steel")
    return c


def exec_desk(bare: bool) -> Canvas:
    """A black executive desk with a red line round it: with its screen, papers and a holo cube on
    top, or `bare`, as Pin keeps his own: nothing on it at all."""
    desk = Canvas(48, 32)
    desk.rect(1, 8, 46, 16, "ink")
    desk.hline(1, 8, 46, "steel")
    desk.rect(1, 24, 46, 6, "night")
    desk.hline(1, 23, 46, "ares_red")
    if not bare:
        desk.rect(18, 2, 12, 8, "deep_blue")
        desk.frame(18, 2, 12, 8, "steel")
        desk.rect(20, 4, 8, 4, "neon_cyan")
        desk.rect(6, 12, 6, 3, "white")
        desk.rect(36, 12, 4, 4, "holo")
    desk.hline(1, 31, 46, "shadow")
    return desk


def tower_props(ts: Tileset) -> None:
    frames = []
    for f in range(3):  # the cells' front: a wall of thick glass, one pane a tile, a gleam slipping over it
        c = Canvas(TILE, TILE, "deep_blue")
        c.rect(1, 2, TILE - 2, 11, "teal")
        c.rect(2, 3, TILE - 4, 9, "deep_blue")
        for d in range(3):  # two diagonal gleams across the pane, moving a little each frame
            c.line(3 + f + d, 11, 8 + f + d, 4, "neon_cyan" if d == 1 else "holo")
        c.line(10 + f, 11, 12 + f, 8, "mist")
        c.vline(0, 0, TILE, "steel")  # the frame between panes
        c.hline(0, 0, TILE, "fog")
        c.hline(0, 13, TILE, "steel")
        c.hline(0, 14, TILE, "mist")  # the sill, catching the light
        c.hline(0, 15, TILE, "ink")
        frames.append(c)
    ts.add_anim("forcefield", frames, 300)
    for name in ("cellbar_v",):
        frames = []
        for f in range(2):
            c = Canvas(TILE, TILE)
            c.rect(6, 0, 4, TILE, "ares_red" if f == 0 else "blood")
            c.vline(7, 0, TILE, "orange" if f == 0 else "ares_red")
            frames.append(c)
        ts.add_anim(name, frames, 200)
    cot = Canvas(TILE, TILE)
    cot.rect(1, 3, 14, 10, "steel")
    cot.hline(1, 3, 14, "fog")
    cot.rect(2, 4, 4, 4, "mist")
    cot.rect(6, 5, 8, 7, "deep_blue")
    cot.hline(6, 5, 8, "bot_blue")
    cot.hline(1, 13, 14, "ink")
    ts.add("cot", cot)
    ts.add_big("execdesk", exec_desk(bare=False))
    sofa = Canvas(32, 16)
    sofa.rect(1, 2, 30, 6, "ares_red")
    sofa.rect(1, 7, 30, 7, "blood")
    sofa.hline(1, 7, 30, "ares_red")
    sofa.rect(0, 4, 3, 10, "blood")
    sofa.rect(29, 4, 3, 10, "blood")
    sofa.hline(1, 15, 30, "ink")
    ts.add_big("sofa_red", sofa)
    frames = []
    for f in range(4):
        c = Canvas(TILE, 32)
        c.rect(3, 24, 10, 7, "steel")
        c.hline(3, 24, 10, "fog")
        c.ellipse(8, 12, 5, 8, "holo" if f % 2 else "neon_cyan")
        c.ellipse(8, 12, 3, 6, "bot_blue")
        c.px(6 + f % 3, 8 + f, "white")
        frames.append(c)
    ts.add_big_anim("holostatue", frames, 250)
    liftdoor = Canvas(32, 32)
    liftdoor.rect(0, 0, 32, 32, "steel")
    liftdoor.rect(3, 6, 26, 26, "fog")
    liftdoor.vline(16, 6, 26, "steel")
    liftdoor.vline(15, 6, 26, "mist")
    liftdoor.rect(12, 1, 8, 4, "ink")
    liftdoor.text(["#.#", "###"], {"#": "neon_cyan"}, 13, 2)
    ts.add_big("liftdoor", liftdoor)
    sliding = Canvas(16, 32)
    sliding.rect(0, 0, 16, 32, "steel")
    sliding.rect(2, 4, 12, 28, "deep_blue")
    sliding.rect(3, 5, 10, 27, "teal")
    sliding.vline(8, 5, 27, "deep_blue")
    sliding.px(4, 6, "holo")
    glow_dot(sliding, 8, 2, "white", "neon_lime")
    ts.add_big("slidedoor", sliding)


def launch_props(ts: Tileset) -> None:
    frames = []
    for small in big_screen():
        big = Canvas(128, 64)
        big.rect(0, 0, 128, 64, "steel")
        big.rect(2, 2, 124, 56, "night")
        big.blit(small.sub(2, 2, 92, 40), 18, 8)
        big.rect(0, 56, 128, 8, "indigo")
        for x in range(4, 124, 6):
            big.px(x, 59, "neon_cyan" if (x // 6) % 2 else "neon_pink")
        big.frame(0, 0, 128, 64, "fog")
        frames.append(big)
    ts.add_big_anim("bigscreen", frames, [1400, 900, 900, 300])
    ts.add_big_anim("escalator", [escalator(f) for f in range(3)], 120)
    add_auto16(ts, "glassrail", lambda m: glass_rail(m), solid=True)
    for part in ("l", "m", "r"):
        c = Canvas(TILE, TILE)
        c.line(0 if part != "l" else 8, 5, 15 if part != "r" else 8, 5, "ares_red")
        c.line(0 if part != "l" else 8, 6, 15 if part != "r" else 8, 6, "blood")
        if part != "m":
            c.rect(7, 3, 3, 10, "neon_yellow")
            c.rect(6, 12, 5, 2, "orange")
            c.px(7, 3, "white")
        ts.add(f"rope_{part}", c)
    ped = Canvas(TILE, 32)
    ped.rect(2, 18, 12, 13, "mist")
    ped.hline(2, 18, 12, "white")
    ped.hline(2, 30, 12, "fog")
    ped.rect(2, 20, 12, 1, "neon_cyan")
    ped.blit(qbot_shell(2), 0, 5)
    ts.add_big("pedestal", ped)
    banner = Canvas(TILE, 32)
    banner.rect(2, 1, 12, 28, "neon_pink")
    banner.rect(2, 1, 12, 2, "steel")
    banner.vline(13, 3, 26, "magenta")
    banner.text(["####", "#...", "####", "#..#", "####"], {"#": "white"}, 6, 6)
    banner.ellipse(8, 20, 4, 4, "white")
    banner.rect(6, 19, 5, 2, "ink")
    banner.px(7, 19, "neon_cyan")
    banner.text(["#.#.#.#"], {"#": "neon_pink"}, 2, 29)
    ts.add_big("banner", banner)
    plant = Canvas(TILE, 32)
    plant.rect(4, 22, 8, 9, "white")
    plant.vline(4, 22, 9, "mist")
    plant.hline(4, 22, 8, "fog")
    r = rng("plant")
    for _ in range(9):
        x0, y0 = 8, 21
        x1, y1 = r.randrange(1, 15), r.randrange(3, 15)
        plant.line(x0, y0, x1, y1, r.choice(["green", "neon_lime", "teal"]))
    plant.hline(4, 31, 8, "ink")
    ts.add_big("plant", plant)
    frames = []
    for f in range(2):
        c = Canvas(32, 32)
        c.rect(1, 4, 4, 27, "fog")
        c.rect(27, 4, 4, 27, "fog")
        c.rect(1, 2, 30, 5, "mist")
        c.hline(1, 2, 30, "white")
        c.rect(5, 8, 22, 1, "neon_lime" if f else "teal")
        glow_dot(c, 16, 4, "white", "neon_lime" if f else "ares_red")
        c.hline(1, 31, 30, "ink")
        frames.append(c)
    ts.add_big_anim("scanner", frames, [1200, 300])
    frames = []
    for f in range(3):
        c = Canvas(32, 32)
        c.ellipse(16, 16, 15, 13, "steel")
        c.ellipse(16, 16, 13, 11, "ink")
        c.ellipse(16, 16, 10, 8, "night")
        for k in range(8):
            if (k + f) % 3 == 0:
                c.px(16 + [12, 9, 0, -9, -12, -9, 0, 9][k], 16 + [0, 7, 10, 7, 0, -7, -10, -7][k], "neon_yellow")
        c.hline(8, 16, 16, "deep_blue")
        frames.append(c)
    ts.add_big_anim("chute", frames, 220)
    frames = []
    for f in range(2):
        c = Canvas(TILE, TILE)
        c.ellipse(8, 8, 7, 5, "holo" if f else "neon_cyan")
        c.ellipse(8, 8, 5, 3, "deep_blue")
        c.ellipse(8, 8, 2, 1.5, "white" if f else "holo")
        frames.append(c)
    ts.add_anim("chargepad", frames, 500)


def glass_rail(mask: int) -> Canvas:
    c = Canvas(TILE, TILE)
    if mask & 10 or not mask:
        c.rect(0 if mask & 8 else 6, 4, (16 if mask & 2 else 10) - (0 if mask & 8 else 6), 8, "holo")
        c.hline(0 if mask & 8 else 6, 4, (16 if mask & 2 else 10) - (0 if mask & 8 else 6), "white")
        c.hline(0 if mask & 8 else 6, 11, (16 if mask & 2 else 10) - (0 if mask & 8 else 6), "fog")
        c.checker(0, 6, TILE, 4, "bot_blue")
    if mask & 5:
        c.rect(6, 0 if mask & 1 else 6, 4, (16 if mask & 4 else 10) - (0 if mask & 1 else 6), "holo")
        c.vline(6, 0 if mask & 1 else 6, (16 if mask & 4 else 10) - (0 if mask & 1 else 6), "white")
    c.rect(6, 4, 4, 8, "mist")
    c.px(7, 5, "white")
    return c


def factory_props(ts: Tileset) -> None:
    for part in ("l", "r"):
        ts.add_anim(f"belt_{part}", [conveyor(part, f) for f in range(4)], 90)
    ts.add_anim("belt_m", [carried(f, 0) for f in range(TILE)], 90)
    for i in range(3):
        ts.add_anim(f"beltshell{i}", [carried(f, i, station=True) for f in range(TILE)], 90)
    for part, src in (("t", "l"), ("m", "m"), ("b", "r")):
        ts.add_anim(f"vbelt_{part}", [conveyor(src, f, vertical=True) for f in range(4)], 90)
    for i in range(3):
        ts.add(f"shell{i}", qbot_shell(i))
    ts.add_big_anim("arm", [robot_arm(0), robot_arm(1)], 700)
    ts.add_big_anim("console", [console(f) for f in range(3)], 300)
    ts.add_big_anim("server", [server(0), server(1)], [400, 300])
    ts.add_big_anim("capsule", [capsule(f) for f in range(4)], 200)
    ts.add_big_anim("cradle", [cradle(f) for f in range(4)], 300)
    ts.add_big("workbench", bench(True))
    ts.add_big("table", bench(False))
    ts.add_big("whiteboard", whiteboard())
    crate = Canvas(TILE, TILE)
    crate.rect(1, 3, 14, 12, "fog")
    crate.frame(1, 3, 14, 12, "steel")
    crate.hline(1, 3, 14, "mist")
    crate.text(["###", "#.#"], {"#": "bot_blue"}, 6, 7)
    crate.hline(1, 15, 14, "ink")
    ts.add("partcrate", crate)
    heads = Canvas(32, 32)
    heads.rect(1, 2, 30, 28, "steel")
    for y in (9, 18, 27):
        heads.hline(1, y, 30, "fog")
        for x in (3, 11, 19):
            heads.blit(qbot_shell(1 if (x + y) % 3 else 0).sub(3, 3, 10, 10), x, y - 9)
    heads.frame(1, 2, 30, 28, "indigo")
    heads.hline(1, 30, 30, "ink")
    ts.add_big("shelf_heads", heads)
    for i in range(3):
        c = Canvas(TILE, TILE)
        r = rng("cable", i)
        x, y = 0, r.randrange(4, 12)
        while x < TILE:
            c.px(x, y, "ink")
            c.px(x, y + 1, ("bot_blue", "ares_red", "neon_lime")[i])
            x += 1
            y = max(2, min(13, y + r.choice([-1, 0, 0, 1])))
        ts.add(f"cable{i}", c)


def build(ts: Tileset) -> None:
    floor_tiles(ts)
    wall_tiles(ts)
    launch_props(ts)
    factory_props(ts)
    tower_props(ts)
    charging_props(ts)
    ts.add("plate2", floors.metal_plate(2))  # more plates, added last so earlier tiles keep their ids
    ts.add("plate3", floors.metal_plate(3, scuff=True))
    tiles_furnish.iq(ts)  # and the furniture after them
    ts.add_big_anim("escalator_up", [escalator(f, down=False) for f in range(3)], 120)  # the launch hall's other one
    tiles_breach.build(ts)  # the hole he leaves in the lab's wall
    tiles_launch.build(ts)  # the launch hall's advert and the hologram of Pin
    tiles_gen6.build(ts)  # the finished Gen 6 hanging at the end of the assembly line
    tiles_window.build(ts)  # the tower lab's window, once Ares has gone through it
    ts.add_big("execdesk_bare", exec_desk(bare=True))  # Pin's own desk, with nothing on it


# -- the tower's charging floor and atrium screens -------------------------------------------------
GLYPHS = {
    "A": ".#.|#.#|###|#.#|#.#", "C": ".##|#..|#..|#..|.##", "D": "##.|#.#|#.#|#.#|##.",
    "E": "###|#..|##.|#..|###", "G": ".##|#..|#.#|#.#|.##", "H": "#.#|#.#|###|#.#|#.#",
    "I": "###|.#.|.#.|.#.|###", "L": "#..|#..|#..|#..|###", "M": "#...#|##.##|#.#.#|#...#|#...#",
    "N": "#..#|##.#|#.##|#..#|#..#", "O": ".#.|#.#|#.#|#.#|.#.", "S": ".##|#..|.#.|..#|##.",
    "T": "###|.#.|.#.|.#.|.#.", "U": "#.#|#.#|#.#|#.#|.#.", "6": ".##|#..|###|#.#|###",
    " ": "...|...|...|...|...",
}


def small_text(c: Canvas, words: str, cx: int, y: int, colour: str, scale: int = 1) -> None:
    """Capitals in a pixel font five rows high, centred on `cx` (scale 2 for headlines). Most letters
    are three pixels wide; M and N need their diagonals, so they are wider and the letters after
    them move along."""
    rows = [GLYPHS[ch].split("|") for ch in words]
    width = (sum(len(r[0]) + 1 for r in rows) - 1) * scale
    x = cx - width // 2
    for glyph in rows:
        for j, row in enumerate(glyph):
            for i, p in enumerate(row):
                if p == "#":
                    c.rect(x + i * scale, y + j * scale, scale, scale, colour)
        x += (len(glyph[0]) + 1) * scale


def tower_screen(f: int) -> Canvas:
    """An atrium screen: the stadium launch ad, launch-day crowd footage with Molly laughing at her
    phone, then a Gen 6 with its chest glowing."""
    c = Canvas(64, 32)
    c.rect(0, 0, 64, 32, "steel")
    c.hline(0, 0, 64, "fog")
    c.rect(2, 2, 60, 26, "night")
    for y in range(3, 28, 3):
        c.hline(2, y, 60, "ink")
    if f == 0:
        small_text(c, "GEN 6", 32, 4, "orange", 2)
        c.hline(14, 15, 36, "neon_yellow")
        small_text(c, "STADIUM", 32, 17, "white")
        small_text(c, "TONIGHT", 32, 23, "neon_pink")
    elif f == 1:
        r = rng("screencrowd")
        for x in range(3, 61, 4):  # the launch-day crowd, heads and shoulders
            top = 17 + r.randrange(3)
            shirt = r.choice(["neon_cyan", "neon_pink", "bot_blue", "neon_yellow", "white"])
            c.rect(x, top + 4, 4, 28 - top - 4, shirt)
            c.rect(x + 1, top, 2, 4, r.choice(["skin_light", "skin_mid", "skin_dark"]))
            c.hline(x + 1, top, 2, "hair")
        c.ellipse(30, 14, 7, 8, "hair")  # Molly, laughing, her phone held up
        c.ellipse(30, 15, 5, 6, "skin_light")
        c.rect(25, 7, 10, 3, "hair")
        c.px(28, 13, "ink")
        c.px(32, 13, "ink")
        c.rect(28, 17, 5, 2, "ink")
        c.hline(29, 17, 3, "white")
        c.rect(24, 21, 13, 7, "neon_pink")
        c.rect(38, 10, 5, 8, "ink")
        c.rect(39, 11, 3, 6, "neon_cyan")
        c.rect(37, 16, 3, 3, "skin_light")
        small_text(c, "LAUNCH", 51, 4, "white")
    else:
        c.ellipse(32, 11, 9, 7, "white")
        c.ellipse(32, 21, 10, 7, "mist")
        c.ellipse(32, 20, 9, 6, "white")
        c.rect(26, 8, 12, 5, "ink")
        c.rect(28, 9, 2, 2, "neon_cyan")
        c.rect(34, 9, 2, 2, "neon_cyan")
        c.ellipse(32, 21, 3.5, 3.5, "orange")
        c.ellipse(32, 21, 2, 2, "neon_yellow")
        small_text(c, "6", 50, 9, "orange", 2)
        small_text(c, "6", 14, 9, "orange", 2)
    for x in range(3, 61, 5):
        c.px(x, 29, "neon_cyan" if (x + f) % 2 else "holo")
    c.hline(0, 31, 64, "ink")
    return c


def gen6_rack(f: int) -> Canvas:
    """A Gen 6 hanging asleep on its charging rack, chest glowing orange, the air above it shimmering."""
    c = Canvas(TILE, 32)
    for x in (1, 14):
        c.rect(x, 3, 2 if x == 1 else 1, 26, "steel")
        c.vline(x, 3, 26, "fog")
    c.rect(1, 3, 14, 2, "steel")
    c.hline(1, 3, 14, "mist")
    c.vline(8, 5, 3, "ink")
    c.ellipse(8, 12, 5.5, 4.5, "white")  # head
    c.ellipse(8, 21, 5.5, 6, "mist")  # body
    c.ellipse(8, 20, 5, 5.5, "white")
    c.rect(5, 10, 7, 3, "ink")
    c.hline(6, 11, 2, "teal")  # eyes shut: asleep
    c.hline(9, 11, 2, "teal")
    glow = ("orange", "neon_yellow", "orange")[f]
    c.ellipse(8, 20, 3 if f == 1 else 2.5, 3 if f == 1 else 2.5, glow)
    c.px(8, 20, "neon_yellow" if f != 1 else "white")
    c.rect(2, 28, 12, 3, "indigo")
    c.hline(3, 28, 10, "orange" if f != 2 else "brick")
    c.hline(2, 31, 12, "ink")
    r = rng("shimmer", f)
    for _ in range(4):  # heat haze above the head
        c.px(r.randrange(3, 13), r.randrange(0, 3), r.choice(["orange", "brick", "lamp"]))
    return c


def hall_sign() -> Canvas:
    """Over the assembly line's door back to the launch hall: a lit arrow and LAUNCH."""
    c = Canvas(32, 16)
    c.rect(0, 3, 32, 10, "steel")
    c.rect(1, 4, 30, 8, "night")
    c.text(["..#.", ".##.", "####", ".##.", "..#."], {"#": "neon_cyan"}, 2, 6)
    small_text(c, "LAUNCH", 18, 6, "white")
    c.hline(0, 13, 32, "ink")
    return c


def charging_props(ts: Tileset) -> None:
    ts.add_big("hallsign", hall_sign())
    ts.add_big_anim("gen6rack", [gen6_rack(f) for f in range(3)], [500, 350, 450])
    ts.add_big_anim("towerscreen", [tower_screen(f) for f in range(3)], [1600, 1600, 1100])

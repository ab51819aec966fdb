"""Grainland's football stadium for the climax: the pitch, packed stands, floodlights and screens.

The crowd bobs (every seat tile animates), the LED boards scroll, the floodlights pulse, and the
Gen 6 rollout pods stand waiting on the touchline.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.palette import dark, light
from tools.world import tiles_floors as floors
from tools.world import tiles_pitch
from tools.world.kit import add_nine, glow_dot, rng, textured
from tools.world.tileset import TILE, Tileset

SHIRTS = ["neon_pink", "neon_cyan", "neon_yellow", "white", "ares_red", "bot_blue", "neon_lime", "orange"]
SKINS = ["skin_light", "skin_mid", "skin_dark"]
HAIR = ["hair", "hair", "hair_purple", "dark_wood", "cream"]


def stand(seat: str, f: int, seed: int, empty: bool = False) -> Canvas:
    """One tile of terraced seats with two fans; the fans bob in turn."""
    c = Canvas(TILE, TILE, dark(seat))
    c.rect(0, 0, TILE, 3, "indigo")
    c.hline(0, 3, TILE, "steel")
    c.rect(0, 10, TILE, 6, seat)
    c.hline(0, 10, TILE, light(seat))
    c.hline(0, 15, TILE, "night")
    r = rng("fans", seat, seed)
    for i, x in enumerate((1, 9)):
        if empty or r.random() < 0.1:
            c.rect(x + 1, 7, 5, 3, seat)
            continue
        bob = 1 if (f + i + seed) % 2 else 0
        shirt, skin, hair = r.choice(SHIRTS), r.choice(SKINS), r.choice(HAIR)
        c.rect(x, 8 - bob, 6, 4 + bob, shirt)
        c.hline(x, 8 - bob, 6, light(shirt))
        c.rect(x + 1, 3 - bob, 4, 5, skin)
        c.rect(x + 1, 3 - bob, 4, 2, hair)
        if (f + i) % 3 == 0 and r.random() < 0.6:  # arms up
            c.vline(x, 2 - bob, 5, skin)
            c.vline(x + 5, 2 - bob, 5, skin)
    return c


def stand_tiles(ts: Tileset) -> None:
    for seat in ("ares_red", "bot_blue", "neon_yellow"):
        for seed in range(2):
            ts.add_anim(f"stand_{seat}{seed}", [stand(seat, f, seed) for f in range(3)], [260, 320, 280])
        ts.add(f"stand_{seat}_empty", stand(seat, 0, 9, empty=True))
    steps = Canvas(TILE, TILE, "fog")
    for y in range(0, TILE, 4):
        steps.hline(0, y, TILE, "mist")
        steps.hline(0, y + 3, TILE, "steel")
    steps.vline(0, 0, TILE, "neon_yellow")
    steps.vline(15, 0, TILE, "neon_yellow")
    ts.add("aisle", steps)
    wall = Canvas(TILE, TILE, "night")
    wall.rect(0, 0, TILE, 4, "steel")
    wall.hline(0, 0, TILE, "fog")
    wall.rect(0, 4, TILE, 12, "deep_blue")
    wall.hline(0, 15, TILE, "ink")
    ts.add("standwall", wall, solid=True)

    def roof(c: Canvas) -> None:
        c.fill("indigo")
        for x in range(0, 48, 4):
            c.vline(x, 0, 48, "night")
        c.frame(0, 0, 48, 48, "steel")
        c.rect(0, 42, 48, 6, "fog")
        c.hline(0, 42, 48, "mist")
        for x in range(2, 48, 6):
            c.px(x, 45, "neon_cyan")
    add_nine(ts, "standroof", roof, solid=True)


def board(f: int) -> list[Canvas]:
    """A 4-tile LED ad board along the touchline; its message scrolls a tile each frame."""
    c = Canvas(64, 16)
    c.rect(0, 2, 64, 12, "ink")
    c.hline(0, 2, 64, "steel")
    c.hline(0, 13, 64, "steel")
    msg = Canvas(64, 8)
    msg.text(["###.#.#.###.#..#.####", "#...#.#.#...##.#.#...", "###.###.##..#.##.#.##",
              "..#.#.#.#...#..#.#..#", "###.#.#.###.#..#.####"], {"#": "neon_yellow"}, 2, 1)
    msg.ellipse(34, 4, 3, 3, "neon_cyan")
    msg.rect(40, 2, 20, 2, "neon_pink")
    msg.rect(40, 5, 14, 2, "white")
    msg = msg.rolled(f * 8, 0)
    c.blit(msg, 0, 4)
    return [c.sub(i * 16, 0, 16, 16) for i in range(4)]


def stadium_props(ts: Tileset) -> None:
    frames = [board(f) for f in range(8)]
    for i in range(4):
        for f in range(8):
            ts.add(f"ledboard{i}" + (f"~{f}" if f else ""), frames[f][i], solid=True)
        ts.animate([f"ledboard{i}"] + [f"ledboard{i}~{f}" for f in range(1, 8)], 160)
    floods = []
    for f in range(2):
        c = Canvas(32, 48)
        c.rect(14, 16, 4, 32, "steel")
        c.vline(14, 16, 32, "fog")
        for y in range(18, 46, 5):
            c.line(14, y, 17, y + 4, "fog")
        c.rect(2, 2, 28, 14, "night")
        c.frame(2, 2, 28, 14, "fog")
        for y in (4, 9):
            for x in range(4, 28, 5):
                c.rect(x, y, 4, 4, "white" if f == 0 or (x + y) % 3 else "holo")
                c.px(x + 1, y + 1, "neon_yellow" if f else "white")
        floods.append(c)
    ts.add_big_anim("floodlight", floods, [1500, 120])
    frames = []
    for f in range(4):
        c = Canvas(96, 48)
        c.rect(0, 0, 96, 48, "steel")
        c.rect(3, 3, 90, 36, "ink")
        if f < 2:
            c.rect(10, 10, 30, 20, "bot_blue")
            c.text(["###..###", "#.#..#.#", "###..###"], {"#": "white"}, 18, 16)
            c.rect(56, 10, 30, 20, "ares_red")
            c.text(["#.#..###", "###..#.#", "..#..###"], {"#": "white"}, 64, 16)
            c.rect(46, 18, 4, 4, "neon_yellow" if f else "orange")
        else:
            c.ellipse(48, 21, 16, 16, "white")
            c.ellipse(48, 24, 14, 10, "mist")
            c.rect(38, 15, 20, 8, "ink")
            c.rect(41 + (f - 2) * 8, 17, 6, 4, "neon_cyan")
            c.text(["####.###", "#....#..", "###..###", "#.#....#", "###..###"], {"#": "neon_pink"}, 70, 26)
        c.rect(0, 39, 96, 9, "indigo")
        for x in range(6, 90, 6):
            c.px(x, 43, "neon_cyan" if (x // 6 + f) % 2 else "teal")
        c.rect(44, 40, 8, 8, "steel")
        frames.append(c)
    ts.add_big_anim("jumbotron", frames, [1200, 1200, 700, 700])
    tunnel = Canvas(48, 32)
    tunnel.rect(0, 0, 48, 32, "steel")
    tunnel.rect(2, 2, 44, 6, "deep_blue")
    tunnel.text(["#.#.###.###", "###..#..#.#"], {"#": "neon_cyan"}, 18, 3)
    tunnel.rect(6, 10, 36, 22, "ink")
    tunnel.ellipse(24, 12, 18, 6, "ink")
    tunnel.rect(8, 28, 32, 4, "night")
    for x in (10, 36):
        glow_dot(tunnel, x, 14, "white", "lamp")
    ts.add_big("tunnel", tunnel)
    dug = Canvas(48, 32)
    dug.rect(0, 2, 48, 10, "holo")
    dug.hline(0, 2, 48, "white")
    dug.rect(0, 11, 48, 2, "steel")
    for x in range(2, 46, 6):
        dug.rect(x, 16, 5, 10, "ares_red")
        dug.hline(x, 16, 5, "orange")
    dug.rect(0, 26, 48, 2, "steel")
    dug.hline(0, 31, 48, "ink")
    ts.add_big("dugout", dug)
    frames = []
    for f in range(2):
        c = Canvas(TILE, 32)  # a Gen 6 rollout pod, a Q-Bot inside, its status light pulsing
        c.rect(1, 4, 14, 26, "white")
        c.vline(1, 4, 26, "mist")
        c.vline(14, 4, 26, "fog")
        c.rect(3, 8, 10, 14, "deep_blue")
        c.ellipse(8, 15, 4, 4, "mist")
        c.rect(6, 13, 4, 2, "ink")
        c.px(7, 13, "neon_cyan" if f == 0 else "ares_red")
        c.rect(3, 24, 10, 3, "neon_pink")
        glow_dot(c, 8, 2, "white", "neon_cyan" if f == 0 else "ares_red")
        c.hline(1, 31, 14, "ink")
        frames.append(c)
    ts.add_big_anim("pod", frames, [900, 400])
    booth = Canvas(48, 32)
    booth.rect(0, 0, 48, 32, "indigo")
    booth.rect(3, 4, 42, 16, "holo")
    booth.frame(3, 4, 42, 16, "steel")
    booth.rect(8, 10, 6, 10, "night")
    booth.rect(30, 12, 10, 5, "ink")
    booth.rect(32, 13, 6, 3, "neon_lime")
    booth.rect(3, 20, 42, 4, "steel")
    booth.text(["#..#.###", "##.#.#..", "#.##.##.", "#..#.###"], {"#": "ares_red"}, 18, 24)
    ts.add_big("booth", booth)
    rubble = Canvas(TILE, TILE)
    r = rng("rubble")
    for _ in range(5):
        x, y = r.randrange(2, 13), r.randrange(4, 13)
        rubble.rect(x, y, 3, 2, r.choice(["fog", "steel", "mist"]))
        rubble.px(x, y, "mist")
    rubble.hline(3, 15, 10, "shadow")
    ts.add("rubble", rubble)
    concourse = floors.concrete("conc", base="steel")
    concourse.hline(0, 15, TILE, "indigo")
    ts.add("concourse", concourse)
    for part in ("l", "m", "r"):  # the main stairs up the stand: wide concrete flights, handrails
        steps = Canvas(TILE, TILE, "fog")
        for y in range(0, TILE, 4):
            steps.hline(0, y, TILE, "mist")
            steps.hline(0, y + 3, TILE, "steel")
            for x in range(1, TILE, 5):
                steps.hline(x, y, 2, "neon_yellow")
        if part == "l":
            steps.rect(0, 0, 3, TILE, "steel")
            steps.vline(1, 0, TILE, "mist")
        if part == "r":
            steps.rect(13, 0, 3, TILE, "steel")
            steps.vline(14, 0, TILE, "mist")
        ts.add(f"stairs_{part}", steps)
    frame = Canvas(TILE, TILE, "night")  # the outside of a stand: bare steel frame and bracing
    frame.line(1, 1, 14, 14, "steel")
    frame.line(14, 1, 1, 14, "steel")
    frame.line(2, 1, 15, 14, "indigo")
    frame.rect(0, 0, 2, TILE, "fog")
    frame.vline(0, 0, TILE, "mist")
    frame.rect(14, 0, 2, TILE, "steel")
    frame.rect(0, 7, TILE, 2, "steel")
    frame.hline(0, 7, TILE, "fog")
    for y in (2, 12):
        frame.px(1, y, "white")
        frame.px(14, y, "fog")
    ts.add("standframe", frame, solid=True)


def build(ts: Tileset) -> None:
    tiles_pitch.pitch_tiles(ts)
    stand_tiles(ts)
    stadium_props(ts)
    track = textured("brick", {"orange": 0.06, "dark_wood": 0.05}, "track")
    track.hline(0, 7, TILE, "cream")
    ts.add("track", track)
    ts.add("track_plain", textured("brick", {"orange": 0.06, "dark_wood": 0.05}, "track2"))
    tunnel_tiles(ts)


def tunnel_tiles(ts: Tileset) -> None:
    """The players' tunnel behind its mouth on the concourse: a bare concrete passage under the stand,
    unlit but for a caged bulb by its stairs, that comes up a short flight of steps to the mouth. Round
    it, the stand's footings: solid dark, with the concourse's kerb where they meet it."""
    floor = floors.concrete("tunnel", base="night", joint=True)
    for y in (5, 10):  # the rubber matting the players walk up on, its ribs
        floor.hline(2, y, TILE - 4, "indigo")
    ts.add("tunnel_floor", floor)
    steps = Canvas(TILE, TILE, "night")
    for y in range(0, TILE, 4):
        steps.hline(0, y, TILE, "dusk")  # the nosing of each step
        steps.hline(0, y + 1, TILE, "indigo")
        steps.hline(0, y + 3, TILE, "ink")
    ts.add("tunnel_steps", steps)
    for side, (face, edge) in {"l": (0, 13), "r": (3, 2)}.items():
        wall = Canvas(TILE, TILE, "ink")
        wall.rect(face, 0, 13, TILE, "night")  # the wall's bare face
        wall.vline(edge, 0, TILE, "indigo")
        wall.vline(face + 6, 0, TILE, "steel")  # a cable run along it
        wall.vline(face + 7, 0, TILE, "indigo")
        for y in (3, 11):
            wall.px(face + 6, y, "fog")  # its clips
        ts.add(f"tunnel_wall_{side}", wall, solid=True)
    mass = Canvas(TILE, TILE, "shadow")
    r = rng("footing")
    for _ in range(4):
        mass.px(r.randrange(TILE), r.randrange(TILE), "ink")
    ts.add("footing", mass, solid=True)
    kerb = Canvas(TILE, TILE, "shadow")
    kerb.rect(0, 0, TILE, 3, "steel")
    kerb.hline(0, 0, TILE, "fog")
    kerb.hline(0, 3, TILE, "ink")
    ts.add("footing_kerb", kerb, solid=True)

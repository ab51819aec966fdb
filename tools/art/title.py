"""The title picture: Grainland's neon towers at night, 7723 and Mai on a rooftop looking out.

Painted back to front in layers (sky, moon, far towers, freeway, near towers, roof, the two of
them), each layer darker and sharper than the one behind, so depth reads without any blur.
The upper left stays quiet sky: the game draws its title there.
"""

from __future__ import annotations

import numpy as np

from tools.art.noise import rand
from tools.canvas import Canvas, checker, circle, dither, edge, ellipse, grow, polygon, rounded, shifted

W, H = 640, 360

SKY = ["ink", "night", "indigo", "dusk", "magenta"]


def sky(c: Canvas) -> None:
    """A dithered gradient from ink at the zenith to magenta haze above the city lights."""
    ys = np.mgrid[0:H, 0:W][0].astype(np.float64)
    stops = [0, 70, 150, 215, 275]
    c.put(np.ones((H, W), dtype=bool), SKY[0])
    for i in range(1, len(SKY)):
        t = np.clip((ys - stops[i - 1]) / (stops[i] - stops[i - 1]), 0, 1)
        c.put(dither(t) & (ys >= stops[i - 1]), SKY[i])
    # stars, only where the sky is darkest
    n = np.arange(140)
    sx, sy = (rand(n, 1) * W).astype(int), (rand(n, 2) * 150).astype(int)
    for x, y, k in zip(sx, sy, n, strict=True):
        c.px(int(x), int(y), "white" if k % 7 == 0 else "fog" if k % 3 == 0 else "steel")


def moon(c: Canvas) -> None:
    m = circle(W, H, 520, 112, 54)
    halo = circle(W, H, 520, 112, 66) & ~m
    c.put(halo & dither(np.full((H, W), 0.5)), "dusk")
    c.put(circle(W, H, 520, 112, 58) & ~m, "dusk")
    c.paint(m, "mist", shade="fog", light="white", light_from=(-1, -1), depth=6)
    for cx, cy, r in ((500, 96, 8), (536, 130, 11), (548, 92, 5), (506, 134, 4)):
        c.put(circle(W, H, cx, cy, r) & m, "fog")
        c.put(circle(W, H, cx + 1, cy + 1, r - 1.5) & m, "mist")


def towers(c: Canvas, layer: int, base: int, body: str, rim: str, lights: list[str], hmin: int, hmax: int,
           wmin: int, wmax: int, avoid: tuple[int, int, int] | None = None) -> None:
    """A row of towers with lit windows; `avoid` = (x0, x1, cap) keeps their tops low under the title."""
    x = -rand(layer, 0).item() * 20
    k = 0
    while x < W:
        w = int(wmin + rand(layer, k, 1).item() * (wmax - wmin))
        h = int(hmin + rand(layer, k, 2).item() * (hmax - hmin))
        if avoid is not None and x < avoid[1] and x + w > avoid[0]:
            h = min(h, avoid[2])
        x0, top = int(x), base - h
        shape = np.zeros((H, W), dtype=bool)
        shape[max(top, 0) : base + 200, max(x0, 0) : min(x0 + w, W)] = True
        style = rand(layer, k, 3).item()
        if style < 0.3:  # stepped crown
            shape[max(top, 0) : top + 8, max(x0, 0) : min(x0 + 3, W)] = False
            shape[max(top, 0) : top + 8, max(x0 + w - 3, 0) : min(x0 + w, W)] = False
        elif style < 0.5:  # spire
            sx = x0 + w // 2
            c.rect(sx, top - 14, 1, 14, rim)
            c.px(sx, top - 15, "ares_red")
        c.put(shape, body)
        c.put(edge(shape) & ~shifted(shape, -1, 0), rim)
        # windows: a dotted grid, lit floors in strips, or a dark tower; one main colour per tower
        ys, xs = np.mgrid[0:H, 0:W]
        inner = shape & ~edge(shape) & (ys > top + 4)
        main = lights[int(rand(layer, k, 5).item() * len(lights))]
        accent = lights[int(rand(layer, k, 6).item() * len(lights))]
        kind = rand(layer, k, 7).item()
        if kind < 0.55:
            win = inner & ((xs - x0) % 4 == 2) & ((ys - top) % 5 == 3)
            lit = rand(layer, k, xs // 4, ys // 5) < 0.3
            c.put(win & lit, main)
            c.put(win & (rand(layer, k, xs // 4, ys // 5, 1) < 0.05), accent)
        elif kind < 0.85:
            floors = ((ys - top) % 6 == 3) & (rand(layer, k, ys // 6) < 0.45)
            c.put(inner & floors & ((xs - x0) % 3 != 0), main)
        k += 1
        x += w + int(rand(layer, k, 4).item() * 6)


def neon_signs(c: Canvas) -> None:
    """Vertical signs of glyph blocks, each with a soft glow: Grainland's shopping streets."""
    for n, (x, y, colour, glow) in enumerate([(70, 200, "neon_pink", "magenta"), (200, 186, "neon_cyan", "teal"),
                                              (262, 214, "neon_yellow", "orange"),
                                              (360, 196, "neon_pink", "magenta"),
                                              (22, 226, "neon_lime", "green"), (150, 236, "neon_cyan", "teal")]):
        h = 30 + int(rand(n, 9).item() * 20)
        board = rounded(W, H, x, y, 9, h, 2)
        c.put(grow(board, 2) & ~board, glow)
        c.put(board, "ink")
        c.put(edge(board), colour)
        for j in range(y + 3, y + h - 5, 7):
            g = int(rand(n, j).item() * 4)
            pattern = ["xxx\nx.x\nxxx", "x.x\nxxx\n..x", "xxx\n.x.\nxxx", "x..\nxxx\nx.x"][g]
            c.stamp(pattern, x + 3, j, {"x": colour})


def billboard(c: Canvas) -> None:
    """A hologram ad for the new Q-Bots, floating over the avenue."""
    x, y, w, h = 300, 120, 70, 44
    frame = rounded(W, H, x, y, w, h, 3)
    c.put(frame & dither(np.full((H, W), 0.5)), "deep_blue")
    c.put(edge(frame), "bot_blue")
    ys = np.mgrid[0:H, 0:W][0]
    head = circle(W, H, x + 24, y + 22, 13)
    c.put(head, "holo")
    c.put(head & (ys % 2 == 0), "bot_blue")
    screen = ellipse(W, H, x + 26, y + 23, 8, 6)
    c.put(screen, "deep_blue")
    c.stamp("x...x\nx...x\n.....\n.xxx.", x + 23, y + 20, {"x": "neon_cyan"})
    c.rect(x + 44, y + 12, 18, 3, "neon_cyan")
    c.rect(x + 44, y + 19, 14, 2, "holo")
    c.rect(x + 44, y + 25, 16, 2, "holo")
    c.rect(x + 44, y + 32, 10, 4, "neon_pink")
    c.rect(x + 33, y + h, 2, 30, "ink")


def freeway(c: Canvas) -> None:
    """An elevated road sweeping across the city, with streaks of head- and tail-lights."""
    xs = np.arange(W)
    top = (262 - 18 * np.sin(xs / W * np.pi)).astype(int)
    deck = np.zeros((H, W), dtype=bool)
    for x in range(W):
        deck[top[x] : top[x] + 9, x] = True
    c.put(deck, "night")
    c.put(edge(deck) & ~shifted(deck, 0, -1), "steel")
    c.put(deck & ~shifted(deck, 0, 1), "ink")
    for px in range(20, W, 64):  # pillars
        c.rect(px, int(top[px]) + 9, 6, H, "ink")
        c.rect(px, int(top[px]) + 9, 1, H, "indigo")
    for n in range(26):
        x0 = int(rand(n, 31).item() * W)
        length = 6 + int(rand(n, 32).item() * 18)
        lane = n % 2
        colour = "ares_red" if lane else "lamp"
        for x in range(x0, min(x0 + length, W)):
            c.px(x, int(top[x]) + 2 + lane * 3, colour if x > x0 + length // 3 else ("blood" if lane else "orange"))


def flyers(c: Canvas) -> None:
    """A few flying cars: a body, a light, a fading trail."""
    for n, (x, y) in enumerate([(110, 150), (240, 104), (420, 176), (600, 206), (30, 120)]):
        c.rect(x, y, 6, 2, "ink")
        c.px(x + 6, y, "lamp" if n % 2 else "neon_cyan")
        for k in range(1, 14):
            if k % 2 == 0 or k < 5:
                c.px(x - k, y + 1, "magenta" if n % 2 else "teal")


def rooftop(c: Canvas) -> None:
    roof = polygon(W, H, [(300, H), (330, 306), (640, 300), (640, H)])
    c.put(roof, "ink")
    c.put(edge(roof) & ~shifted(roof, 0, -1), "teal")
    c.rect(330, 306, 310, 1, "teal")
    # ledge rail and a vent unit
    for x in range(340, 640, 14):
        c.rect(x, 290, 2, 16, "night")
    c.rect(336, 289, 304, 2, "indigo")
    vent = rounded(W, H, 580, 276, 44, 30, 2)
    c.put(vent, "night")
    c.put(edge(vent), "indigo")
    for y in range(282, 302, 4):
        c.rect(586, y, 32, 1, "ink")
    c.rect(600, 240, 2, 36, "night")
    c.px(600, 238, "ares_red")
    c.px(601, 238, "ares_red")
    # roof seams and a puddle that catches the visor's light
    for y, x_from in ((318, 326), (332, 318), (350, 306)):
        c.rect(x_from, y, W - x_from, 1, "night")
    for x in range(360, W, 40):
        c.line(x, 307, x - 14, 359, "night")
    puddle = ellipse(W, H, 420, 340, 46, 7)
    c.put(puddle, "night")
    c.put(puddle & checker(W, H), "deep_blue")
    c.put(edge(puddle) & ~shifted(puddle, 0, -1), "indigo")
    for x in (446, 452, 466):
        c.rect(x, 338, 3, 1, "neon_cyan")
    c.rect(396, 342, 6, 1, "neon_pink")
    street(c)


def street(c: Canvas) -> None:
    """The street below the roof line: shopfronts glowing under their awnings, and traffic."""
    c.rect(0, 326, 330, 34, "ink")
    shop_colours = ["neon_pink", "neon_cyan", "neon_yellow", "orange", "neon_lime", "magenta"]
    x, k = 2, 0
    while x < 300:
        w = 26 + int(rand(k, 51).item() * 24)
        col = shop_colours[k % len(shop_colours)]
        glow = {"neon_pink": "magenta", "neon_cyan": "teal", "neon_yellow": "orange", "orange": "brick",
                "neon_lime": "green", "magenta": "hair_purple"}[col]
        c.rect(x, 330, w - 4, 12, "night")
        if rand(k, 53).item() < 0.65:  # lit shop: dithered glow behind the window, a neon awning line
            front = np.zeros((H, W), dtype=bool)
            front[333:342, x + 2 : x + w - 6] = True
            c.put(front & checker(W, H), glow)
            c.rect(x + 2, 332, w - 8, 1, col)
            sign = int(rand(k, 52).item() * (w - 16))
            c.rect(x + 4 + sign, 327, 8, 3, col)
            c.rect(x + 5 + sign, 328, 6, 1, "white")
            for p in range(int(rand(k, 54).item() * 3)):  # passers-by in silhouette
                px = x + 4 + int(rand(k, 55, p).item() * (w - 12))
                c.rect(px, 337, 3, 6, "ink")
                c.rect(px + 1, 335, 1, 2, "ink")
        else:
            c.rect(x + 2, 332, w - 8, 1, "indigo")
        x += w
        k += 1
    c.rect(0, 344, 330, 1, "indigo")
    ys, xs = np.mgrid[0:H, 0:W]
    c.put((ys == 352) & (xs < 330) & (xs % 16 < 8), "night")
    for n in range(8):
        x0 = int(rand(n, 61).item() * 310)
        lane = n % 2
        c.rect(x0, 348 + lane * 7, 10 + n % 3 * 4, 1, "ares_red" if lane else "lamp")
        c.rect(x0 + (12 if lane else -2), 348 + lane * 7, 2, 1, "white" if not lane else "blood")


def robot(c: Canvas) -> None:
    """7723 on the roof, lit from behind by the moon: the white shell he has in the game, greyed a little
    by the night and bright where the moon catches it."""
    x0, y0 = 446, 122
    moon = (1, -1)
    legs = [polygon(W, H, [(x0 + 2, y0 + 138), (x0 + 28, y0 + 138), (x0 + 26, y0 + 184), (x0 - 4, y0 + 184)]),
            polygon(W, H, [(x0 + 36, y0 + 138), (x0 + 62, y0 + 138), (x0 + 70, y0 + 184), (x0 + 40, y0 + 184)])]
    for leg in legs:
        c.paint(leg, "night", shade="ink", light="deep_blue", outline="ink", light_from=moon, depth=4)
    for kx in (x0 + 4, x0 + 42):
        c.paint(rounded(W, H, kx, y0 + 150, 20, 12, 4), "fog", shade="steel", light="white", outline="ink",
                light_from=moon, depth=2)
    pelvis = polygon(W, H, [(x0 + 2, y0 + 118), (x0 + 64, y0 + 118), (x0 + 58, y0 + 142), (x0 + 8, y0 + 142)])
    c.paint(pelvis, "indigo", shade="night", light="steel", outline="ink", light_from=moon, depth=3)
    arms = [polygon(W, H, [(x0 - 30, y0 + 74), (x0 - 44, y0 + 104), (x0 - 40, y0 + 150), (x0 - 20, y0 + 150),
                           (x0 - 18, y0 + 104), (x0 - 8, y0 + 84)]),
            polygon(W, H, [(x0 + 76, y0 + 72), (x0 + 96, y0 + 100), (x0 + 94, y0 + 150), (x0 + 74, y0 + 150),
                           (x0 + 72, y0 + 104), (x0 + 62, y0 + 84)])]
    for arm in arms:
        c.paint(arm, "night", shade="ink", light="deep_blue", outline="ink", light_from=moon, depth=4)
    for hx in (x0 - 30, x0 + 84):
        c.paint(ellipse(W, H, hx, y0 + 156, 12, 10), "indigo", shade="night", light="steel", outline="ink",
                light_from=moon, depth=3)
        c.paint(rounded(W, H, hx - 10, y0 + 118, 20, 22, 5), "deep_blue", shade="night", light="bot_blue",
                outline="ink", light_from=moon, depth=3)
    torso = polygon(W, H, [(x0 - 18, y0 + 62), (x0 + 78, y0 + 60), (x0 + 66, y0 + 122), (x0 + 2, y0 + 124)])
    c.paint(torso, "fog", shade="steel", light="white", outline="ink", light_from=moon, depth=8)
    c.paint(polygon(W, H, [(x0 + 4, y0 + 100), (x0 + 60, y0 + 100), (x0 + 64, y0 + 122), (x0 + 2, y0 + 124)]),
            "deep_blue", shade="night", light="bot_blue", outline="ink", light_from=moon, depth=3)
    core = circle(W, H, x0 + 30, y0 + 84, 7)
    c.put(grow(core, 2), "teal")
    c.put(core, "neon_cyan")
    c.put(circle(W, H, x0 + 29, y0 + 83, 3), "white")
    for sx in (x0 - 22, x0 + 74):
        c.paint(ellipse(W, H, sx, y0 + 70, 22, 16), "deep_blue", shade="night", light="bot_blue", outline="ink",
                light_from=moon, depth=5)
    c.paint(rounded(W, H, x0 + 14, y0 + 48, 28, 16, 4), "night", outline="ink")
    head = rounded(W, H, x0 - 8, y0, 66, 56, 20)
    c.paint(head, "fog", shade="steel", light="white", outline="ink", light_from=moon, depth=7)
    c.put(head & ~shifted(head, 1, -1) & ~edge(head), "white")
    crest = polygon(W, H, [(x0 + 14, y0), (x0 + 36, y0), (x0 + 34, y0 + 12), (x0 + 16, y0 + 12)]) & head
    c.paint(crest, "deep_blue", light="bot_blue", outline="ink", light_from=moon, depth=1)
    c.paint(ellipse(W, H, x0 + 52, y0 + 30, 6, 8), "deep_blue", light="bot_blue", outline="ink", light_from=moon)
    c.put(ellipse(W, H, x0 + 52, y0 + 30, 2, 3), "teal")
    # visor, turned a little toward the city (left), eyes glowing
    visor = rounded(W, H, x0 - 4, y0 + 16, 46, 28, 8)
    c.put(visor, "ink")
    c.put(edge(visor), "night")
    for ex in (x0 + 5, x0 + 24):
        eye = rounded(W, H, ex, y0 + 22, 6, 14, 2)
        c.put(grow(eye, 2) & visor & ~edge(visor), "deep_blue")
        c.put(grow(eye, 1) & visor, "teal")
        c.put(eye, "neon_cyan")
        c.put(rounded(W, H, ex + 1, y0 + 24, 4, 9, 1), "holo")
    c.put(ellipse(W, H, x0 + 30, y0 + 186, 66, 4) & dither(np.full((H, W), 0.5)) & c.mask_of("ink"), "deep_blue")


def mai(c: Canvas) -> None:
    """Mai beside him, looking up at him: hoodie, jeans, bat on her shoulder, a neon edge."""
    x0, y0 = 392, 250  # centre of her head
    legs = polygon(W, H, [(x0 - 8, y0 + 30), (x0 + 8, y0 + 30), (x0 + 8, y0 + 52), (x0 + 2, y0 + 52), (x0, y0 + 38),
                          (x0 - 2, y0 + 52), (x0 - 8, y0 + 52)])
    c.paint(legs, "deep_blue", shade="night", light="bot_blue", outline="ink", light_from=(1, -1), depth=2)
    c.rect(x0 - 9, y0 + 52, 7, 3, "white")
    c.rect(x0 + 2, y0 + 52, 8, 3, "white")
    c.rect(x0 - 9, y0 + 54, 18, 1, "ink")
    bat = (polygon(W, H, [(x0 + 3, y0 + 17), (x0 + 7, y0 + 16), (x0 - 13, y0 - 13), (x0 - 18, y0 - 9)])
           | circle(W, H, x0 - 15, y0 - 11, 3.2))
    c.paint(bat, "wood", shade="dark_wood", light="lamp", outline="ink", depth=1)
    hoodie = polygon(W, H, [(x0 - 10, y0 + 8), (x0 + 10, y0 + 8), (x0 + 12, y0 + 32), (x0 - 12, y0 + 32)])
    c.paint(hoodie, "magenta", shade="hair_purple", light="neon_pink", outline="ink", light_from=(1, -1), depth=4)
    c.paint(rounded(W, H, x0 + 1, y0 + 14, 5, 5, 2), "skin_mid", shade="skin_dark", outline="ink", depth=1)
    head = circle(W, H, x0, y0, 8.5)
    c.paint(head, "skin_mid", shade="skin_dark", light="skin_light", outline="ink", light_from=(1, -1), depth=3)
    hair = (circle(W, H, x0 - 2, y0 - 2, 8.5) | polygon(W, H, [(x0 - 10, y0), (x0 - 4, y0), (x0 - 3, y0 + 10),
                                                             (x0 - 10, y0 + 9)]))
    hair &= ~polygon(W, H, [(x0 + 1, y0 - 2), (x0 + 10, y0 - 6), (x0 + 10, y0 + 10), (x0 + 1, y0 + 10)])
    c.paint(hair, "hair", shade="shadow", light="dusk", outline="ink", light_from=(1, -1), depth=2)
    c.line(x0 - 2, y0 - 9, x0 + 2, y0 - 3, "hair_purple")
    c.line(x0 - 1, y0 - 9, x0 + 3, y0 - 4, "magenta")
    c.px(x0 + 5, y0 - 1, "ink")  # her eye, looking up at him
    c.px(x0 + 6, y0 + 4, "dark_wood")
    # a pink edge of neon from the signs behind her, on her left-hand side only
    fig = legs | hoodie | head | hair
    c.put(fig & ~shifted(fig, -1, 0) & ~shifted(bat, -1, 0), "neon_pink")


def draw() -> Canvas:
    c = Canvas(W, H)
    sky(c)
    moon(c)
    towers(c, 1, 300, "indigo", "dusk", ["dusk", "steel", "lamp"], 90, 170, 20, 46, avoid=(0, 330, 120))
    billboard(c)
    towers(c, 2, 320, "night", "indigo", ["lamp", "neon_cyan", "steel", "neon_pink", "holo"], 60, 130, 26, 54,
           avoid=(0, 330, 96))
    neon_signs(c)
    flyers(c)
    freeway(c)
    towers(c, 3, 360, "ink", "night", ["night", "lamp", "indigo"], 40, 80, 30, 60, avoid=(300, 640, 0))
    rooftop(c)
    robot(c)
    mai(c)
    return c

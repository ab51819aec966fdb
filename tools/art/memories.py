"""Memory pictures (96×64): tiny hologram vignettes of what each of 7723's memories holds.

Each is drawn in the hologram blues of `holo` plus one accent colour, the detail the memory is
about (Mai's streak, the siren, the plush). Ids and contents follow the story bible, section 3.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

from tools.art import holo, mai
from tools.art.holo import H, W, box, disc, oval, poly, solid
from tools.canvas import Canvas, edge, grow, shifted


def first_face() -> Canvas:
    """M01: Mai leaning in, the first thing he ever sees, through a boot-up focus ring."""
    c = holo.new("ink")
    lens = disc(48, 34, 30)
    c.put(lens, "night")
    face = oval(50, 38, 17, 19)
    hair = oval(47, 30, 21, 18) & ~poly([(34, 34), (40, 26), (46, 31), (52, 24), (58, 30), (64, 27), (70, 40),
                                         (70, 64), (30, 64)])
    c.put(oval(47, 36, 22, 24) & ~face, "deep_blue")
    solid(c, face, "light")
    c.put(hair, "deep_blue")
    c.put(edge(hair), "bot_blue")
    c.line(52, 14, 60, 30, "neon_pink")
    c.line(53, 14, 61, 30, "neon_pink")
    for ex in (41, 56):  # wide, curious eyes
        c.put(box(ex, 36, 5, 6, 1), "deep_blue")
        c.put(box(ex + 1, 37, 3, 4), "ink")
        c.px(ex + 1, 37, "white")
    c.line(47, 49, 53, 49, "bot_blue")
    ring = disc(48, 34, 30) & ~disc(48, 34, 28)
    c.put(ring, "bot_blue")
    for a in range(0, 360, 30):
        t = np.radians(a)
        c.px(int(48 + 31 * np.cos(t)), int(34 + 31 * np.sin(t)), "holo")
    for x, y, dx, dy in ((6, 6, 1, 1), (89, 6, -1, 1), (6, 57, 1, -1), (89, 57, -1, -1)):
        c.line(x, y, x + 5 * dx, y, "holo")
        c.line(x, y, x, y + 5 * dy, "holo")
    c.rect(4, 28, 6, 1, "holo")
    c.rect(86, 28, 6, 1, "holo")
    return holo.finish(c, 1)


def backpack() -> Canvas:
    """M02: the backpack she left in the lab, and his big hand deciding to take it back."""
    c = holo.new()
    c.put(box(0, 52, W, 12), "deep_blue")
    c.rect(0, 52, W, 1, "bot_blue")
    bag = box(26, 24, 28, 30, 7)
    solid(c, bag, "mid")
    solid(c, box(30, 38, 20, 12, 3), "dark")
    c.put(box(34, 18, 12, 8, 4) & ~box(37, 21, 6, 6, 2), "holo")
    c.line(30, 40, 50, 40, "holo")
    c.put(disc(49, 43, 2.2), "neon_yellow")  # the keychain
    c.px(49, 40, "neon_yellow")
    hand = poly([(96, 18), (70, 22), (62, 28), (62, 34), (70, 34), (72, 30), (96, 32)])
    solid(c, hand, "light")
    for y in (26, 30):
        c.line(62, y + 4, 70, y + 2, "bot_blue")
    c.line(74, 22, 74, 32, "bot_blue")
    return holo.finish(c, 2)


def sirens() -> Canvas:
    """M03: red light and falling: the freeway edge above, 7723 tumbling past its lights."""
    c = holo.new("ink")
    deck = poly([(0, 8), (96, 2), (96, 12), (0, 18)])
    solid(c, deck, "dark")
    for x in range(4, 96, 12):
        c.line(x, 18 - x // 16, x + 2, 30, "deep_blue")
    for k, x in enumerate((18, 54, 80)):
        beam = poly([(x, 12), (x - 14 - k * 3, 64), (x + 6, 64)])
        c.put(beam & ((np.mgrid[0:H, 0:W][0] + np.mgrid[0:H, 0:W][1]) % 2 == 0), "ares_red")
        c.put(disc(x, 10, 2), "ares_red")
    # him, upside down and falling
    body = poly([(40, 30), (58, 26), (62, 40), (44, 44)])
    solid(c, body, "mid")
    solid(c, box(46, 44, 16, 13, 4), "light")
    c.put(box(49, 49, 10, 5), "ink")
    c.px(51, 51, "holo")
    c.px(56, 51, "holo")
    for x0, y0, x1, y1 in ((40, 30, 32, 20), (58, 26, 66, 16), (44, 34, 34, 40), (60, 36, 72, 40)):
        c.line(x0, y0, x1, y1, "bot_blue")
    for k in range(6):
        c.line(36 + k * 5, 2 + 14, 36 + k * 5, 12 + 12, "deep_blue")
    return holo.finish(c, 3)


def broken_sky() -> Canvas:
    """M04: the lower city: walls rising on both sides, the sky a crack of light far overhead."""
    c = holo.new("ink")
    left = poly([(0, 0), (36, 0), (30, 64), (0, 64)])
    right = poly([(58, 0), (96, 0), (96, 64), (66, 64)])
    for m in (left, right):
        c.put(m, "night")
        c.put(edge(m), "deep_blue")
    ys, xs = np.mgrid[0:H, 0:W]
    win = (left | right) & (xs % 5 == 2) & (ys % 6 == 3) & (((xs * 7 + ys * 3) % 11) < 3)
    c.put(win, "bot_blue")
    sky = poly([(36, 0), (58, 0), (50, 24), (44, 24)])
    c.put(sky, "deep_blue")
    for x, y in ((44, 3), (50, 7), (47, 12), (53, 2)):
        c.px(x, y, "white")
    c.rect(40, 2, 3, 2, "neon_pink")  # a far-off sign
    c.rect(52, 10, 2, 1, "neon_pink")
    # pipes and a tiny 7723 looking up from the bottom
    c.line(0, 40, 30, 36, "deep_blue")
    c.line(66, 30, 96, 34, "deep_blue")
    holo.bot(c, 48, 62, 0.38)
    c.put(oval(48, 62, 10, 1.5), "deep_blue")
    return holo.finish(c, 4)


def returned() -> Canvas:
    """M05: Mai takes the backpack back, and says thanks as if it hurt."""
    c = holo.new()
    c.put(box(0, 56, W, 8), "deep_blue")
    holo.mai(c, 30, 58, accent=None, arms="forward")
    solid(c, box(38, 30, 12, 14, 3), "mid")  # the backpack between them
    c.put(box(41, 27, 6, 4, 2) & ~box(42, 28, 4, 3), "holo")
    head = holo.bot_head(c, 58, 8, 30, face="happy")
    solid(c, poly([(48, 36), (60, 32), (62, 40), (50, 42)]), "light")  # his hand holding out the bag
    # warm sparkles around the hand-over: the grudging "thanks"
    for x, y in ((36, 20), (52, 24), (44, 14)):
        c.stamp(".x.\nxwx\n.x.", x, y, {"x": "lamp", "w": "white"})
    _ = head
    return holo.finish(c, 5)


def bleep() -> Canvas:
    """M06: Momo's welcome, every word of it censored."""
    c = holo.new()
    c.put(box(0, 54, W, 10), "deep_blue")
    holo.momo(c, 22, 56, mouth_open=True)
    bubble = box(34, 6, 58, 28, 8) | poly([(38, 28), (46, 30), (32, 40)])
    solid(c, bubble, "light")
    c.put(box(40, 14, 46, 12, 2), "ink")
    for k, g in enumerate(["#", "@", "!", "%", "!"]):
        x = 43 + k * 9
        art = {"#": ".x.x.\nxxxxx\n.x.x.\nxxxxx\n.x.x.", "@": ".xxx.\nx.x.x\nx.xxx\nx....\n.xxx.",
               "!": "..x..\n..x..\n..x..\n.....\n..x..", "%": "x...x\n...x.\n..x..\n.x...\nx...x"}[g]
        c.stamp(art, x, 17, {"x": "neon_yellow"})
    return holo.finish(c, 6)


def payback() -> Canvas:
    """M07: Q-Bots in pieces and Mai laughing, the first time he ever heard it."""
    c = holo.new()
    c.put(box(0, 54, W, 10), "deep_blue")
    holo.mai(c, 40, 56, arms="up")
    for x, y, r in ((70, 48, 7), (82, 30, 5), (14, 46, 6)):
        solid(c, disc(x, y, r) & ~poly([(x - 10, y + 1), (x + 10, y - 3), (x + 10, y + 10), (x - 10, y + 10)]), "mid")
        c.put(box(x - r // 2, y - r // 2, r, max(2, r // 2)), "ink")
    for x0, y0, x1, y1 in ((60, 22, 64, 18), (20, 30, 16, 24), (88, 44, 92, 40), (76, 14, 80, 12)):
        c.line(x0, y0, x1, y1, "holo")
    for x, y in ((28, 14), (52, 10), (56, 18)):  # "ha" sparks
        c.stamp("x.x\nxxx\nx.x", x, y, {"x": "neon_pink"})
    c.stamp(".x\nxx\nxx", 61, 12, {"x": "neon_pink"})
    return holo.finish(c, 7)


def noodle_punk() -> Canvas:
    """M08: a noodle-cup robot dancing to its own jingle."""
    c = holo.new()
    c.put(box(0, 54, W, 10), "deep_blue")
    cup = poly([(36, 18), (60, 18), (56, 48), (40, 48)])
    solid(c, cup, "light")
    c.put(box(38, 26, 20, 6), "bot_blue")
    c.line(38, 28, 57, 28, "orange")
    solid(c, oval(48, 17, 13, 4), "mid")
    for x in (42, 46, 50, 54):  # noodles flying like hair
        c.line(x, 14, x - 3 + (x % 4) * 2, 6, "holo")
    c.put(box(43, 34, 3, 3), "ink")
    c.put(box(51, 34, 3, 3), "ink")
    c.line(45, 41, 51, 41, "ink")
    for x0, y0, x1, y1 in ((36, 30, 26, 22), (60, 30, 70, 36), (44, 48, 40, 56), (52, 48, 58, 56)):
        c.line(x0, y0, x1, y1, "holo")
        c.line(x0 + 1, y0, x1 + 1, y1, "bot_blue")
    for x, y in ((16, 12), (76, 14), (82, 30)):
        c.stamp("..xx\n..x.\n..x.\nxxx.\nxxx.", x, y, {"x": "orange"})
    return holo.finish(c, 8)


def rooftop() -> Canvas:
    """M09: above the city, Mai asleep against his side."""
    c = holo.new("ink")
    c.put(disc(78, 14, 8), "lamp")
    c.put(disc(81, 12, 7), "ink")
    ys, xs = np.mgrid[0:H, 0:W]
    for k, x in enumerate(range(0, W, 9)):
        top = 30 + (k * 7) % 14
        c.put(box(x, top, 8, H - top), "night")
        c.put((xs >= x + 2) & (xs < x + 7) & (ys > top + 2) & (xs % 2 == 0) & (ys % 4 == 0) & ((xs + k) % 3 == 0),
              "deep_blue")
    c.put(box(0, 50, W, 14), "deep_blue")
    c.rect(0, 50, W, 1, "bot_blue")
    solid(c, poly([(46, 50), (52, 28), (70, 26), (76, 50)]), "mid")  # his seated body
    holo.bot_head(c, 52, 8, 22)
    c.put(disc(61, 38, 2), "white")
    # Mai curled against him
    solid(c, oval(40, 46, 9, 5), "mid")
    solid(c, disc(46, 40, 4.5), "light")
    c.put(disc(45, 39, 4.5) & ~poly([(46, 40), (52, 38), (52, 46), (46, 46)]), "deep_blue")
    for x, y in ((30, 30), (34, 26), (37, 22)):
        c.stamp("xxx\n.x.\nxxx", x, y, {"x": "holo"})
    return holo.finish(c, 9)


def kickabout() -> Canvas:
    """M10: Mai shows him her dad's moves; the ball hangs in the air."""
    c = holo.new()
    c.put(box(0, 50, W, 14), "deep_blue")
    for x in range(0, W, 8):
        c.rect(x, 50, 4, 1, "bot_blue")
    goal = box(70, 20, 22, 30) & ~box(72, 22, 18, 28)
    c.put(goal, "holo")
    ys, xs = np.mgrid[0:H, 0:W]
    c.put(box(72, 22, 18, 28) & ((xs + ys) % 4 == 0), "deep_blue")
    holo.mai(c, 24, 52)
    c.line(28, 40, 36, 34, "bot_blue")  # her kicking leg
    c.line(29, 40, 37, 35, "bot_blue")
    ball = disc(46, 26, 4)
    c.put(ball, "neon_yellow")
    c.px(45, 25, "white")
    c.px(47, 27, "neon_yellow")
    for k in range(3):
        c.px(38 - k * 3, 32 + k, "holo")
    holo.bot(c, 58, 52, 0.5)
    return holo.finish(c, 10)


def she_asked() -> Canvas:
    """M11: in the garage, Mai asks what he keeps, and a memory card floats between them."""
    c = holo.new()
    c.put(box(0, 54, W, 10), "deep_blue")
    c.line(0, 10, 40, 4, "deep_blue")
    c.line(40, 4, 96, 10, "deep_blue")
    holo.mai(c, 22, 56, arms="forward")
    holo.bot_head(c, 58, 18, 30)
    solid(c, poly([(56, 54), (60, 42), (86, 42), (92, 54)]), "mid")
    card = box(36, 16, 12, 16, 1)
    c.put(grow(card, 1), "deep_blue")
    c.put(card, "bot_blue")
    c.put(edge(card), "holo")
    c.put(disc(40, 23, 1.6) | disc(44, 23, 1.6) | poly([(38, 24), (46, 24), (42, 28)]), "neon_pink")
    for k in range(4):
        c.px(30 + k * 2, 34 - k, "holo")
    return holo.finish(c, 11)


def refusal() -> Canvas:
    """M12: "No." The arm comes down; the target marker over Greenwood is struck through."""
    c = holo.new()
    c.put(box(0, 54, W, 10), "deep_blue")
    holo.bot_head(c, 8, 6, 30)
    arm = poly([(26, 34), (40, 40), (52, 54), (46, 56), (34, 46), (22, 40)])
    solid(c, arm, "mid")
    c.put(box(44, 52, 10, 4, 1), "holo")
    # Greenwood crouched, arms over her head
    solid(c, oval(72, 50, 9, 6), "mid")
    solid(c, disc(74, 42, 4.5), "light")
    c.put(disc(73, 40, 4.5), "deep_blue")
    c.line(70, 38, 78, 36, "bot_blue")
    c.line(82, 30, 88, 22, "deep_blue")  # ponytail
    ring = disc(74, 44, 13) & ~disc(74, 44, 11)
    c.put(ring, "ares_red")
    c.line(64, 54, 84, 34, "ares_red")
    c.line(65, 54, 85, 34, "ares_red")
    return holo.finish(c, 12)


def promise() -> Canvas:
    """M13: he kneels so they are eye to eye, and his finger meets her hand."""
    c = holo.new()
    c.put(box(0, 54, W, 10), "deep_blue")
    holo.mai(c, 26, 56, arms="forward")
    solid(c, poly([(52, 54), (56, 36), (84, 34), (90, 54)]), "mid")  # kneeling body
    holo.bot_head(c, 56, 6, 30, face="happy")
    finger = poly([(54, 40), (36, 36), (36, 38), (54, 44)])
    solid(c, finger, "light")
    glow = disc(35, 37, 4)
    c.put(glow & ~disc(35, 37, 2), "neon_yellow")
    c.put(disc(35, 37, 1.5), "white")
    for x, y in ((30, 28), (40, 28), (35, 25)):
        c.px(x, y, "neon_yellow")
    return holo.finish(c, 13)


def taken() -> Canvas:
    """M14: Ares walks out of the wrecked house with Molly under one arm."""
    c = holo.new("ink")
    house = poly([(0, 20), (20, 8), (40, 20), (40, 64), (0, 64)])
    c.put(house, "night")
    c.put(edge(house), "deep_blue")
    c.put(box(8, 30, 14, 12) & ~box(9, 31, 12, 10), "bot_blue")
    c.line(8, 30, 22, 42, "bot_blue")
    c.line(18, 30, 10, 40, "deep_blue")
    ares = poly([(56, 8), (66, 4), (72, 12), (80, 20), (82, 44), (76, 64), (58, 64), (54, 40), (52, 20)])
    solid(c, ares, "dark")
    c.put(box(58, 12, 12, 2), "ares_red")
    c.put(grow(box(58, 12, 12, 2)) & ~box(58, 12, 12, 2) & ares, "ink")
    # Molly carried, reaching back
    holo.figure(c, 50, 40, tall=18, tone="light")
    c.line(46, 30, 38, 26, "holo")
    for x, y in ((28, 58), (34, 60), (44, 56)):
        c.put(box(x, y, 3, 2), "bot_blue")
    return holo.finish(c, 14)


def down_here() -> Canvas:
    """M15: the sewers; they sit side by side under the arch and start talking again."""
    c = holo.new("ink")
    arch = oval(48, 64, 46, 56) & ~oval(48, 64, 40, 50)
    c.put(arch, "deep_blue")
    ys, xs = np.mgrid[0:H, 0:W]
    c.put(arch & ((xs // 6 + ys // 4) % 2 == 0), "night")
    c.put(box(0, 52, W, 12), "night")
    c.put(box(0, 56, W, 8) & ((xs + ys) % 3 == 0), "deep_blue")
    c.rect(0, 52, W, 1, "bot_blue")
    lamp = disc(48, 44, 3)
    c.put(disc(48, 44, 7) & ((xs + ys) % 2 == 0), "lamp")
    c.put(lamp, "lamp")
    c.px(48, 43, "white")
    solid(c, poly([(54, 52), (58, 34), (78, 32), (84, 52)]), "mid")
    holo.bot_head(c, 58, 10, 24)
    solid(c, oval(32, 48, 7, 5), "mid")
    solid(c, disc(34, 39, 4.5), "light")
    c.put(disc(33, 38, 4.5) & ~poly([(35, 38), (40, 36), (40, 46), (35, 46)]), "deep_blue")
    return holo.finish(c, 15)


def rices_truth() -> Canvas:
    """M16: Dr. Rice shows them the truth, a hologram of Ares's plan over his hand."""
    c = holo.new()
    c.put(box(0, 56, W, 8), "deep_blue")
    holo.figure(c, 26, 58, tall=44, tone="light", hair="holo")
    c.put(box(22, 22, 4, 2) | box(28, 22, 4, 2), "white")  # glasses
    c.line(26, 22, 28, 22, "white")
    c.line(32, 34, 44, 30, "holo")
    proj = poly([(44, 30), (60, 6), (92, 6), (92, 44)])
    c.put(proj & ((np.mgrid[0:H, 0:W][0] + np.mgrid[0:H, 0:W][1]) % 3 == 0), "deep_blue")
    head = poly([(66, 12), (76, 10), (82, 18), (80, 34), (72, 38), (64, 32), (62, 18)])
    c.put(edge(head), "holo")
    c.line(64, 22, 80, 21, "ares_red")
    c.line(65, 23, 79, 22, "ares_red")
    for k, x in enumerate(range(60, 90, 6)):
        solid(c, disc(x, 46 + (k % 2) * 2, 2.5), "mid")
    return holo.finish(c, 16)


def molly_holds_mai() -> Canvas:
    """M17: Molly holds Mai, and for once neither of them says anything."""
    c = holo.new()
    c.put(box(0, 56, W, 8), "deep_blue")
    c.put(disc(48, 34, 24) & ((np.mgrid[0:H, 0:W][0] + np.mgrid[0:H, 0:W][1]) % 2 == 0), "deep_blue")
    # Molly, taller, bending toward Mai from the right
    solid(c, poly([(50, 58), (50, 36), (56, 26), (64, 28), (62, 58)]), "mid")
    solid(c, disc(55, 20, 5.5), "light")
    c.put(disc(57, 18, 5.5) & ~poly([(46, 20), (53, 16), (53, 30), (46, 30)]), "deep_blue")
    c.put(disc(62, 16, 2.6), "deep_blue")  # her bun
    holo.mai(c, 42, 58)
    # her arms around Mai's back, Mai's around her
    c.line(52, 30, 38, 36, "holo")
    c.line(38, 36, 38, 40, "holo")
    c.line(46, 38, 52, 40, "white")
    c.put(disc(46, 7, 2.2) | disc(50, 7, 2.2) | poly([(44, 8), (52, 8), (48, 12)]), "lamp")
    return holo.finish(c, 17)


def claw_machine() -> Canvas:
    """M18: the arcade claw lifting a lopsided plush he will not explain."""
    c = holo.new()
    cab = box(20, 2, 56, 62, 3)
    solid(c, cab, "dark")
    glass = box(26, 8, 44, 34)
    c.put(glass, "ink")
    c.put(edge(glass), "bot_blue")
    c.line(48, 8, 48, 18, "holo")
    claw = poly([(44, 18), (52, 18), (54, 24), (51, 22), (45, 22), (42, 24)])
    c.put(claw, "holo")
    plush = disc(49, 28, 4) | disc(46, 24, 1.8) | disc(53, 25, 1.4)
    c.put(plush, "neon_pink")
    c.px(48, 27, "ink")
    c.px(51, 28, "ink")
    c.put(box(26, 34, 44, 8) & ((np.mgrid[0:H, 0:W][1] // 4 + np.mgrid[0:H, 0:W][0] // 3) % 2 == 0), "deep_blue")
    c.put(box(28, 46, 12, 8, 2), "night")
    c.put(disc(58, 50, 3), "bot_blue")
    c.put(disc(58, 50, 1.5), "holo")
    for x, y in ((10, 12), (86, 20), (12, 40)):
        c.px(x, y, "holo")
    return holo.finish(c, 18)


def rain() -> Canvas:
    """M19: a downpour, and his arm held out over Mai and Momo like a roof."""
    c = holo.new()
    c.put(box(0, 56, W, 8), "deep_blue")
    c.rect(84, 10, 2, 46, "night")
    c.put(disc(84, 9, 3), "neon_yellow")
    holo.bot(c, 70, 58, 0.75)
    arm = poly([(58, 22), (20, 18), (20, 23), (58, 28)])
    solid(c, arm, "light")
    holo.mai(c, 38, 58)
    holo.momo(c, 24, 58)
    ys, xs = np.mgrid[0:H, 0:W]
    drops = ((xs * 3 + ys) % 11 == 0) & ((xs + ys // 3) % 5 == 0)
    dry = poly([(18, 24), (60, 28), (60, 64), (14, 64)])
    c.put(drops & ~dry, "holo")
    c.put(shifted(drops, 0, -1) & ~dry & ~drops, "bot_blue")
    return holo.finish(c, 19)


MEMORIES: dict[str, Callable[[], Canvas]] = {
    "first_face": first_face, "backpack": backpack, "sirens": sirens, "broken_sky": broken_sky,
    "returned": returned, "bleep": bleep, "payback": payback, "noodle_punk": noodle_punk, "rooftop": rooftop,
    "kickabout": kickabout, "she_asked": she_asked, "refusal": refusal, "promise": promise, "taken": taken,
    "down_here": down_here, "rices_truth": rices_truth, "molly_holds_mai": molly_holds_mai,
    "claw_machine": claw_machine, "rain": rain,
}


# a memory replayed big, over 7723's ring of them, where the words show one whole (`<id>_close.png`): the
# first face, leaning in over him, drawn as her portrait is (`game/scenes/herface.py` makes it a hologram)
CLOSE: dict[str, Callable[[], Canvas]] = {"first_face": mai.first_face}


def pictures() -> Iterator[tuple[str, np.ndarray]]:
    for mid, draw in MEMORIES.items():
        c = draw()
        assert (c.w, c.h) == (W, H)
        yield f"{mid}.png", c.rgba()
    for mid, draw in CLOSE.items():
        yield f"{mid}_close.png", draw().rgba()

"""Robots and Momo: 7723 (white and blue, gentle bulk), Ares (red, angular), police units and their
drones, Q-Bots, Rice's assistant Alfredo, and Mai's small swearing dog.

Each function draws one frame for a facing and a walk frame; `sheet` lays them out like the people.
Ares is drawn at his real size, 64×96: twice 7723's height. A police drone never walks: its frames
are its hover (the pod bobbing high over its own shadow, the rotors blurring, the siren turning red
and blue), played while it stays put as well as while it flies.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.canvas import Canvas, checker, circle, ellipse, rounded
from tools.world.walk import walk_sheet


def _7723(d: str, f: int) -> Canvas:
    c = Canvas(32, 48)
    bob = 1 if f in (1, 3) else 0
    swing = (0, 2, 0, -2)[f]
    side = d in ("left", "right")
    # legs and feet
    if not side:
        for i, lx in enumerate((9, 17)):
            lift = 2 if (f == 1 and i == 0) or (f == 3 and i == 1) else 0
            c.rect(lx, 35, 6, 9 - lift, "mist")
            c.vline(lx + 5, 35, 9 - lift, "fog")
            c.rect(lx - 1, 43 - lift, 8, 4, "white")
            c.hline(lx - 1, 46 - lift, 8, "deep_blue")
            c.rect(lx + 1, 38, 4, 2, "bot_blue")
    else:
        for i, off in enumerate((swing, -swing)):
            c.rect(13 + off, 35, 6, 9, "mist" if i else "fog")
            c.rect(11 + off, 43, 9, 4, "white" if i else "mist")
            c.hline(11 + off, 46, 9, "deep_blue")
    # hips and torso
    c.rect(9, 32 + bob, 14, 4, "steel")
    c.hline(9, 32 + bob, 14, "fog")
    tx0, tw = (6, 20) if not side else (9, 15)
    c.rect(tx0, 16 + bob, tw, 17, "white")
    c.rect(tx0 + 1, 15 + bob, tw - 2, 1, "white")
    c.vline(tx0 + tw - 1, 16 + bob, 17, "mist")
    c.hline(tx0, 32 + bob, tw, "fog")
    c.checker(tx0 + tw - 3, 26 + bob, 3, 6, "fog")
    if d == "down":
        c.rect(11, 19 + bob, 10, 8, "bot_blue")
        c.frame(11, 19 + bob, 10, 8, "deep_blue")
        c.ellipse(16, 23 + bob, 2.5, 2.5, "neon_cyan")
        c.px(15, 22 + bob, "white")
        c.hline(8, 29 + bob, 16, "bot_blue")
    elif d == "up":
        c.rect(10, 18 + bob, 12, 10, "deep_blue")
        for y in range(20, 27, 2):
            c.hline(12, y + bob, 8, "bot_blue")
    else:
        c.rect(9, 20 + bob, 5, 7, "bot_blue")
        c.rect(18, 18 + bob, 5, 10, "deep_blue")
    # head
    hx = 16 if not side else 15
    c.ellipse(hx, 9 + bob, 8.5, 7.5, "white")
    c.ellipse(hx + 2, 11 + bob, 6, 5, "mist")
    c.ellipse(hx - 1, 8 + bob, 7, 6, "white")
    c.hline(hx - 4, 2 + bob, 8, "bot_blue")
    c.rect(hx - 1, 1 + bob, 3, 2, "bot_blue")
    c.rect(14, 14 + bob, 4, 2, "steel")
    blink = f == 2 and d != "up"
    if d == "down":
        c.rect(10, 6 + bob, 12, 7, "night")
        c.px(10, 6 + bob, "white")
        c.px(21, 6 + bob, "white")
        for ex in (12, 18):
            if blink:
                c.hline(ex, 9 + bob, 3, "holo")
            else:
                c.rect(ex, 8 + bob, 3, 3, "holo")
                c.px(ex + 1, 9 + bob, "white")
    elif side:
        c.rect(7, 6 + bob, 8, 7, "night")
        if blink:
            c.hline(9, 9 + bob, 3, "holo")
        else:
            c.rect(9, 8 + bob, 3, 3, "holo")
            c.px(9, 8 + bob, "white")
        c.ellipse(20, 9 + bob, 2, 2, "bot_blue")
    # shoulders and long arms
    if not side:
        for i, ax in enumerate((1, 25)):
            s = swing if i == 0 else -swing
            c.ellipse(ax + 3, 18 + bob, 4, 3.5, "white")
            c.hline(ax, 18 + bob, 7, "bot_blue")
            c.rect(ax + 1, 21 + bob, 5, 13 + s, "white")
            c.vline(ax + 5, 21 + bob, 13 + s, "mist")
            c.rect(ax + 1, 27 + bob + s // 2, 5, 2, "steel")
            c.ellipse(ax + 3.5, 36 + bob + s, 3.5, 3, "mist")
            c.hline(ax + 1, 37 + bob + s, 5, "deep_blue")
    else:
        c.ellipse(18, 18 + bob, 4.5, 4, "white")
        c.hline(14, 18 + bob, 9, "bot_blue")
        c.line(17, 21 + bob, 17 - swing * 2, 34 + bob, "white")
        c.rect(15 - swing * 2, 22 + bob, 5, 12, "white")
        c.vline(19 - swing * 2, 22 + bob, 12, "mist")
        c.ellipse(17.5 - swing * 2, 36 + bob, 3.5, 3, "mist")
    c.outline("ink")
    return c.flipped() if d == "right" else c


def _ares(d: str, f: int) -> Canvas:
    """Ares at his real size, twice 7723's height: a red war machine, angular, crested, one eye slit."""
    c = Canvas(64, 96)
    bob = 2 if f in (1, 3) else 0
    swing = (0, 4, 0, -4)[f]
    side = d in ("left", "right")
    _ares_legs(c, f, swing, side)
    _ares_body(c, d, f, bob, side)
    _ares_head(c, d, f, bob, side)
    _ares_arms(c, swing, bob, side)
    c.outline("shadow")
    return c.flipped() if d == "right" else c


def _ares_legs(c: Canvas, f: int, swing: int, side: bool) -> None:
    """Piston legs with armoured knees and clawed, splayed feet."""
    for i, lx in enumerate((21, 37) if not side else (28, 30)):
        off = 0 if not side else (swing if i == 0 else -swing)
        lift = 4 if not side and ((f == 1 and i == 0) or (f == 3 and i == 1)) else 0
        x = lx + off
        c.rect(x, 60, 7, 27 - lift, "ink")
        c.vline(x + 3, 60, 27 - lift, "steel")  # the piston rod
        c.rect(x - 1, 66, 9, 8, "ares_red")  # the knee plate
        c.hline(x - 1, 66, 9, "orange")
        c.hline(x - 1, 73, 9, "blood")
        c.px(x + 3, 69, "neon_yellow")
        c.rect(x - 2, 86 - lift, 11, 6, "ares_red")  # the foot
        c.hline(x - 2, 86 - lift, 11, "orange")
        c.rect(x - 2, 91 - lift, 11, 2, "blood")
        for k in range(3):  # toe claws
            c.vline(x - 2 + k * 5, 93 - lift, 2, "mist")


def _ares_body(c: Canvas, d: str, f: int, bob: int, side: bool) -> None:
    """A torso that narrows to the hips, plated, with a reactor glowing in the chest."""
    tw = 40 if not side else 24
    for y in range(26, 62):
        w = tw - (y - 26) * (tw - 16) // 35
        c.hline(32 - w // 2, y + bob, w, "ares_red" if y < 44 else "blood")
        c.px(32 - w // 2, y + bob, "orange" if y < 44 else "ares_red")
    c.hline(32 - tw // 2, 26 + bob, tw, "orange")
    c.line(32, 28 + bob, 32, 58 + bob, "ink")
    for y in (36, 46, 54):  # plate seams
        half = (tw - (y - 26) * (tw - 16) // 35) // 2 - 2
        c.hline(32 - half, y + bob, half * 2, "ink")
    c.rect(27, 58 + bob, 10, 4, "steel")  # the hip joint
    c.hline(27, 58 + bob, 10, "fog")
    if d == "down":
        c.ellipse(32, 40 + bob, 5, 5, "ink")
        c.ellipse(32, 40 + bob, 3.5, 3.5, ("orange", "neon_yellow", "orange", "white")[f])
        c.px(32, 40 + bob, "white")
        for vx in (22, 40):  # vents either side
            for k in range(3):
                c.hline(vx, 48 + k * 2 + bob, 3, "ink")
    elif d == "up":
        c.rect(24, 30 + bob, 16, 20, "blood")
        for y in range(32, 49, 4):
            c.hline(26, y + bob, 12, "ink")
            c.hline(27, y + 1 + bob, 10, "orange")
    else:
        c.rect(24, 34 + bob, 6, 10, "orange")
        c.rect(25, 35 + bob, 4, 8, "neon_yellow")


def _ares_head(c: Canvas, d: str, f: int, bob: int, side: bool) -> None:
    """A narrow helm with a swept crest of two horns and a single eye slit."""
    c.rect(24, 6 + bob, 16, 18, "ares_red")
    c.rect(24, 6 + bob, 16, 4, "blood")
    c.vline(24, 10 + bob, 14, "orange")
    c.rect(26, 22 + bob, 12, 4, "ink")  # the jaw and neck
    c.hline(27, 24 + bob, 10, "steel")
    c.line(24, 6 + bob, 18, 0 + bob, "ink")
    c.line(25, 6 + bob, 19, 0 + bob, "blood")
    c.line(39, 6 + bob, 45, 0 + bob, "ink")
    c.line(38, 6 + bob, 44, 0 + bob, "blood")
    eye = ("neon_yellow", "orange", "neon_yellow", "white")[f]
    if d == "down":
        c.rect(26, 13 + bob, 12, 3, "ink")
        c.hline(27, 14 + bob, 10, eye)
        c.px(32, 14 + bob, "white")
        c.vline(32, 17 + bob, 4, "blood")
    elif side:
        c.rect(21, 13 + bob, 8, 3, "ink")
        c.hline(21, 14 + bob, 6, eye)
    else:
        c.rect(26, 10 + bob, 12, 10, "blood")
        c.hline(27, 12 + bob, 10, "ink")


def _ares_arms(c: Canvas, swing: int, bob: int, side: bool) -> None:
    """Spiked shoulders and long clawed arms that swing as he walks."""
    if not side:
        for i, ax in enumerate((4, 46)):
            s = swing if i == 0 else -swing
            c.rect(ax, 24 + bob, 14, 12, "ink")
            c.rect(ax + 1, 25 + bob, 12, 4, "ares_red")
            c.hline(ax + 1, 25 + bob, 12, "orange")
            tip = (ax - 4, 14 + bob) if i == 0 else (ax + 17, 14 + bob)
            base = ax + (0 if i == 0 else 13)
            c.line(base, 24 + bob, tip[0], tip[1], "blood")
            c.line(base + (1 if i == 0 else -1), 24 + bob, tip[0] + (1 if i == 0 else -1), tip[1], "ares_red")
            c.rect(ax + 4, 36 + bob, 6, 32 + s, "ink")
            c.rect(ax + 4, 44 + bob, 6, 10, "ares_red")
            c.hline(ax + 4, 44 + bob, 6, "orange")
            for k in range(3):
                c.vline(ax + 3 + k * 3, 68 + bob + s, 6, "mist")
                c.px(ax + 3 + k * 3, 74 + bob + s, "fog")
    else:
        c.rect(26, 24 + bob, 16, 12, "ink")
        c.rect(27, 25 + bob, 14, 4, "ares_red")
        c.line(40, 24 + bob, 46, 14 + bob, "blood")
        c.rect(30 - swing, 36 + bob, 6, 32, "ink")
        c.rect(30 - swing, 44 + bob, 6, 10, "ares_red")
        for k in range(3):
            c.vline(29 - swing + k * 3, 68 + bob, 6, "mist")


def _police(d: str, f: int) -> Canvas:
    c = Canvas(24, 32)
    bob = 1 if f in (1, 3) else 0
    swing = (0, 1, 0, -1)[f]
    side = d in ("left", "right")
    for i, lx in enumerate((7, 13) if not side else (10, 10)):
        off = 0 if not side else (2 * swing if i == 0 else -2 * swing)
        lift = 1 if not side and ((f == 1 and i == 0) or (f == 3 and i == 1)) else 0
        c.rect(lx + off, 24, 4, 6 - lift, "deep_blue")
        c.rect(lx + off - 1, 29 - lift, 6, 3, "ink")
        c.hline(lx + off - 1, 29 - lift, 6, "steel")
    c.rect(4 if not side else 7, 11 + bob, 16 if not side else 10, 12, "bot_blue")
    c.hline(4 if not side else 7, 11 + bob, 16 if not side else 10, "holo")
    c.rect(5 if not side else 8, 20 + bob, 14 if not side else 8, 2, "deep_blue")
    c.rect(4 if not side else 7, 22 + bob, 16 if not side else 10, 2, "ink")
    c.px(12, 22 + bob, "neon_yellow")
    if d == "down":
        c.rect(8, 13 + bob, 8, 6, "white")
        c.rect(10, 14 + bob, 4, 3, "neon_yellow")
        c.px(11, 13 + bob, "neon_yellow")
    if d == "up":
        c.rect(8, 13 + bob, 8, 6, "deep_blue")
        c.text(["#.#", "###", "#.#"], {"#": "white"}, 10, 14 + bob)
    # helmet with visor and siren
    hx = 6 if not side else 6
    c.rect(hx, 3 + bob, 12, 8, "deep_blue")
    c.rect(hx + 1, 2 + bob, 10, 1, "deep_blue")
    c.hline(hx + 1, 3 + bob, 10, "bot_blue")
    if d == "down":
        c.rect(hx + 1, 6 + bob, 10, 3, "neon_cyan")
        c.hline(hx + 1, 6 + bob, 10, "holo")
    elif side:
        c.rect(hx, 6 + bob, 5, 3, "neon_cyan")
    siren = ("ares_red", "bot_blue")[f % 2]
    c.rect(10, 0 + bob, 4, 2, siren)
    c.px(11, 0 + bob, "white")
    if not side:
        for i, ax in enumerate((1, 20)):
            s = swing if i == 0 else -swing
            c.rect(ax, 11 + bob, 4, 4, "steel")
            c.rect(ax, 15 + bob, 3, 6 + s, "bot_blue")
            c.rect(ax, 21 + bob + s, 3, 2, "ink")
    else:
        c.rect(10, 11 + bob, 5, 4, "steel")
        c.rect(10 - swing * 2, 15 + bob, 3, 7, "bot_blue")
        c.rect(10 - swing * 2, 22 + bob, 3, 2, "ink")
    c.outline("ink")
    return c.flipped() if d == "right" else c


def _police_drone(d: str, f: int) -> Canvas:
    """24×32: a shadow on the ground at the bottom, a faint searchlight down to it, and the pod
    hovering a body's height above, rotors on two arms."""
    return _drone(d, f, watch=False)


def _watch_drone(d: str, f: int) -> Canvas:
    """A neighbourhood-watch drone: IQ's white and blue, a red eye for a lens, no siren."""
    return _drone(d, f, watch=True)


def _drone(d: str, f: int, watch: bool) -> Canvas:
    c = Canvas(24, 32)
    c.put(ellipse(24, 32, 12, 30, 7, 1.6) & checker(24, 32, f % 2), "ink")  # its shadow, dithered
    bob = (0, 1, 2, 1)[f]
    top = 3 + bob
    beam = ellipse(24, 32, 12, 23 + bob // 2, 4, 8) & checker(24, 32, 1)
    beam[: top + 9] = False
    beam[f % 2::2] = False  # one pixel in four: light through the night air, not a pillar
    c.put(beam, "fog")  # the searchlight, down to where it lands
    side = d in ("left", "right")
    arms = (3, 20) if not side else (6, 17)
    c.hline(arms[0], top + 3, arms[1] - arms[0] + 1, "indigo")
    for ax in arms:  # the rotors, a blur turning
        c.put(ellipse(24, 32, ax, top + 1, 4 if not side else 3, 1.2), ("mist", "fog")[f % 2])
        c.vline(ax, top + 1, 3, "steel")
    shell, shade, lens = ("white", "bot_blue", "ares_red") if watch else ("steel", "indigo", "white")
    c.paint(rounded(24, 32, 6 if not side else 7, top + 3, 12 if not side else 10, 7, 3), shell,
            shade=shade, light="mist", outline="ink", depth=1)
    c.rect(8 if not side else 9, top + 5, 8 if not side else 6, 2, "ink")  # the band of its visor
    if d == "down" and watch:
        c.rect(11, top + 5, 2, 2, lens)  # its eye, on us
    elif d == "down":
        c.put(circle(24, 32, 12, top + 6, 1.6), lens)  # its lens, on us
    elif side:
        c.px(9, top + 6, lens)
    c.rect(11, top + 10, 2, 1, "lamp")  # the searchlight underneath
    if not watch:
        c.rect(11, top + 2, 2, 1, ("ares_red", "bot_blue")[f // 2])  # the siren, red then blue
    return c.flipped() if d == "right" else c


def _shell(c: Canvas, ground: int, f: int, stripe: str, dome: bool = True) -> int:
    """A Q-Bot's round white body hovering over its shadow (on row `ground`), with a band of colour
    round it: the body every Q-Bot kind is drawn on. Returns the row of its middle."""
    y = ground - 7 + (0, -1, -1, 0)[f]
    c.ellipse(8, ground + 0.5, 4, 1, "shadow")
    c.ellipse(8, y + 0.5, 6, 6, "white")
    c.ellipse(9, y + 2, 5, 4, "mist")
    if dome:
        c.ellipse(7, y - 1, 5, 4, "white")
    c.hline(3, y + 3, 10, stripe)
    return y


def _feet(c: Canvas, y: int, f: int) -> None:
    """A Q-Bot's two little feet, stepping by turns, and the outline round the whole of it."""
    c.rect(5 - (f == 1), y + 6, 2, 1, "steel")
    c.rect(9 + (f == 3), y + 6, 2, 1, "steel")
    c.outline("ink")


def _qbot(d: str, f: int) -> Canvas:
    c = Canvas(16, 16)
    y = _shell(c, 14, f, "bot_blue")
    face = {"down": 4, "left": 2, "right": 6, "up": None}[d]
    if face is not None:
        c.rect(face, y - 3, 8 if d == "down" else 7, 5, "ink")
        if f == 2:
            c.hline(face + 1, y - 1, 6 if d == "down" else 5, "neon_cyan")
        else:
            c.rect(face + 1, y - 2, 2, 2, "neon_cyan")
            c.rect(face + (5 if d == "down" else 4), y - 2, 2, 2, "neon_cyan")
    else:
        c.rect(5, y - 2, 6, 3, "fog")
        for x in (6, 8, 10):
            c.vline(x, y - 2, 3, "steel")
    _feet(c, y, f)
    return c


def _qbot_captain(d: str, f: int) -> Canvas:
    """Greenwood's own Q-Bot: a Q-Bot with CAPTAIN across its lid, a gold band lettered in black."""
    c = _qbot(d, f)
    y = 7 + (0, -1, -1, 0)[f]
    c.rect(3, y - 5, 10, 3, "neon_yellow")
    c.hline(3, y - 2, 10, "ink")
    for x in range(4, 12, 2):  # the letters, too small to read but plainly a word
        c.px(x, y - 4, "ink")
    return c


def _snappy(d: str, f: int) -> Canvas:
    """Snappy, the launch's promo unit: a Q-Bot's body whose whole face is one big camera lens, with a
    flash on its lid that goes off as it rolls, so that it reads as a camera on wheels."""
    c = Canvas(16, 16)
    y = _shell(c, 14, f, "neon_pink", dome=False)  # the promo stripe
    c.rect(10, y - 5, 3, 2, "steel")  # the flash on its lid
    c.hline(11, y - 5, 1, "neon_yellow" if f == 1 else "white")
    if d != "up":
        cx = {"down": 8, "left": 5, "right": 11}[d]
        c.ellipse(cx, y, 3.5, 3.5, "ink")  # the lens barrel
        c.ellipse(cx, y, 2.5, 2.5, "steel")
        c.ellipse(cx, y, 1.5, 1.5, "deep_blue")  # the glass
        c.px(cx - 1, y - 1, "white")  # its glint
    _feet(c, y, f)
    return c


def _beacon(d: str, f: int) -> Canvas:
    """Beacon, the launch's head security unit: a Q-Bot's body, a blank dark plate where the face
    should be, and a red lamp on its head that pulses as it rolls (taller than a Q-Bot by the lamp)."""
    c = Canvas(16, 24)
    y = _shell(c, 22, f, "ares_red")  # the security stripe
    if d != "up":
        face = {"down": 4, "left": 2, "right": 6}[d]
        c.rect(face, y - 3, 8 if d == "down" else 7, 5, "ink")  # no eyes: only the plate
    c.rect(6, y - 7, 4, 2, "steel")  # the lamp's collar
    c.rect(6, y - 11, 4, 4, "ares_red")  # the lamp
    c.rect(7, y - 11, 2, 2, "orange" if f % 2 == 0 else "ares_red")  # its hot middle, pulsing
    c.outline("ink")
    if f % 2 == 0:  # the glow round it on the beat of the pulse
        for gx, gy in ((5, y - 10), (10, y - 10), (7, y - 12), (8, y - 12)):
            c.px(gx, gy, "blood")
    return c


def _ric_bot(d: str, f: int) -> Canvas:
    """Ric's little robot: a cheap unit half a Q-Bot's size, a crack across its dome, one eye lit."""
    c = Canvas(16, 16)
    hover = (0, -1, -1, 0)[f]
    c.ellipse(8, 14.5, 2.5, 0.8, "shadow")
    y = 10 + hover
    c.ellipse(8, y, 3.5, 3.5, "fog")
    c.ellipse(7, y - 1, 2.5, 2, "white")
    c.px(7, y - 3, "ink")  # the crack, across the top of its dome
    c.px(8, y - 2, "ink")
    c.px(9, y - 3, "ink")
    if d != "up":
        eye = {"down": 7, "left": 5, "right": 9}[d]
        c.rect(eye, y, 2, 1, "neon_cyan" if f != 2 else "ink")
    c.px(6 - (f == 1), 13 + hover, "steel")
    c.px(9 + (f == 3), 13 + hover, "steel")
    c.outline("ink")
    return c


def _alfredo(d: str, f: int) -> Canvas:
    """Alfredo as his portrait draws him: an older, boxier bot in cream enamel, a bent antenna with a
    lime tip, a red bow tie and a green monochrome screen for a face."""
    c = Canvas(16, 16)
    hover = (0, -1, -1, 0)[f]
    c.ellipse(8, 14.5, 4, 1, "shadow")
    y = 2 + hover
    c.rect(3, y + 3, 10, 8, "cream")  # the boxy head and body in one
    c.rect(10, y + 4, 3, 7, "lamp")  # shaded side
    c.hline(3, y + 3, 10, "white")
    c.rect(4, y + 11, 8, 2, "cream")
    c.rect(10, y + 11, 2, 2, "lamp")
    c.line(7, y + 2, 6, y, "steel")  # bent antenna
    c.px(7, y - 1 if y > 0 else 0, "neon_lime")
    screen = {"down": 4, "left": 3, "right": 6, "up": None}[d]
    if screen is not None:
        c.rect(screen, y + 5, 7 if d == "down" else 6, 4, "ink")
        eye = "neon_lime"
        if f == 2:
            c.hline(screen + 1, y + 7, 5 if d == "down" else 4, eye)
        else:
            c.px(screen + 1, y + 6, eye)
            c.px(screen + (5 if d == "down" else 4), y + 6, eye)
            c.hline(screen + 2, y + 8, 3 if d == "down" else 2, "green")
        c.rect(6, y + 10, 4, 1, "ares_red")  # the bow tie
        c.px(8, y + 10, "blood")
    else:
        c.rect(5, y + 6, 6, 3, "dark_wood")
        for x in (6, 8, 10):
            c.vline(x, y + 6, 3, "wood")
    c.rect(5 - (f == 1), 13 + hover, 2, 1, "steel")
    c.rect(9 + (f == 3), 13 + hover, 2, 1, "steel")
    c.outline("ink")
    return c


def _momo(d: str, f: int) -> Canvas:
    c = Canvas(16, 16)
    fur, patch, ear = "cream", "wood", "dark_wood"
    step = f in (1, 3)
    wag = (0, 1, 0, -1)[f]
    if d in ("down", "up"):
        c.ellipse(8, 11, 4.5, 3.5, fur)
        for x in (5, 10):
            c.rect(x, 13 - (step and (x == 5) == (f == 1)), 2, 2, fur)
        if d == "up":
            c.ellipse(8, 11, 3.5, 2.5, patch)
            c.line(8, 9, 8 + wag * 2, 4, patch)
            c.px(8 + wag * 2, 4, fur)
        c.ellipse(8, 6, 4.5, 4, fur)
        c.rect(3, 3, 2, 5, ear)
        c.rect(11, 3, 2, 5, ear)
        if d == "down":
            c.px(6, 6, "ink")
            c.px(10, 6, "ink")
            c.rect(7, 7, 3, 2, patch)
            c.px(8, 7, "ink")
            c.px(8, 9, "neon_pink" if f % 2 else fur)
            c.px(5, 5, patch)
        else:
            c.ellipse(8, 5, 3.5, 3, patch)
    else:
        c.ellipse(9, 10, 5, 3, fur)
        c.ellipse(10, 9, 3, 2, patch)
        for i, x in enumerate((5, 8, 11, 13)):
            off = (1 if (i % 2) == (f == 1) else -1) if step else 0
            c.rect(x + off, 12, 1, 3, fur if i % 2 else patch)
        c.line(14, 9, 15, 5 + wag, patch)
        c.ellipse(5, 6, 4, 3.5, fur)
        c.rect(1, 7, 3, 2, fur)
        c.px(1, 7, "ink")
        c.px(4, 5, "ink")
        c.rect(6, 3, 3, 5, ear)
        c.px(2, 9, "neon_pink" if f % 2 else fur)
    c.outline("ink")
    return c.flipped() if d == "right" else c


BOTS: dict[str, tuple[tuple[int, int], Callable[[str, int], Canvas]]] = {
    "7723": ((32, 48), _7723),
    "ares": ((64, 96), _ares),  # twice 7723's height: he towers over everyone on the maps
    "police": ((24, 32), _police),
    "police_drone": ((24, 32), _police_drone),
    "watch_drone": ((24, 32), _watch_drone),
    "qbot": ((16, 16), _qbot),
    "qbot_captain": ((16, 16), _qbot_captain),  # Greenwood's own, CAPTAIN on its lid
    "beacon": ((16, 24), _beacon),  # the launch's security unit, with its red lamp
    "snappy": ((16, 16), _snappy),  # the launch's promo unit, a camera for a face
    "alfredo": ((16, 16), _alfredo),
    "ric_bot": ((16, 16), _ric_bot),
    "momo": ((16, 16), _momo),
}


def sheet(name: str) -> Canvas:
    (w, h), draw = BOTS[name]
    return walk_sheet(draw, w, h)

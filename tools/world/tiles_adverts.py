"""Screens and holograms that keep changing: the rooftop billboards and wall screens cycle adverts
and the news, and hologram adverts (a noodle bowl, a Q-Bot, the Gen 6) hover over the pavements.

Every frame that changes much of the picture is held at least 400 ms (never more than about 2.5
changes a second), so the city shimmers without strobing; holograms flicker only in their
scanlines and dim gently.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.world.kit import rng
from tools.world.tileset import Tileset

HOLOS = ("holo_noodle", "holo_qbot", "holo_gen6")
SIX = ["####", "#...", "####", "#..#", "####"]
QQ = [".##.", "#..#", "#..#", "#.##", ".###"]


def qbot_face(c: Canvas, cx: int, cy: int, blink: bool = False) -> None:
    c.ellipse(cx, cy, 9, 9, "white")
    c.ellipse(cx, cy + 2, 8, 6, "mist")
    c.rect(cx - 6, cy - 4, 12, 6, "ink")
    if blink:
        c.hline(cx - 4, cy - 1, 8, "neon_cyan")
    else:
        c.rect(cx - 4, cy - 2, 3, 2, "neon_cyan")
        c.rect(cx + 1, cy - 2, 3, 2, "neon_cyan")


def noodle_bowl(c: Canvas, cx: int, cy: int, f: int, bowl: str = "white") -> None:
    c.ellipse(cx, cy, 8, 4, bowl)
    c.rect(cx - 8, cy - 3, 17, 3, bowl)
    c.hline(cx - 7, cy - 3, 15, "neon_yellow")
    c.line(cx + 1, cy - 11, cx + 6, cy - 4, "wood")
    c.line(cx + 3, cy - 11, cx + 7, cy - 5, "wood")
    for k in range(3):
        c.px(cx - 4 + k * 3, cy - 6 - (f + k) % 3, "mist")
        c.px(cx - 4 + k * 3, cy - 8 - (f + k) % 3, "mist")


def _board(bg: str, stripe: str) -> Canvas:
    c = Canvas(64, 32)
    c.rect(0, 0, 64, 32, "steel")
    c.rect(2, 2, 60, 26, bg)
    for y in range(2, 28, 2):
        c.hline(2, y, 60, stripe)
    c.rect(0, 28, 64, 4, "indigo")
    c.rect(28, 28, 8, 4, "steel")
    return c


def billboard_ads() -> tuple[list[Canvas], list[int]]:
    """A rooftop billboard: the Gen 6 ad, a Q-Bot ad, a noodle ad and the evening news, in turn."""
    frames, times = [], []
    for blink in (False, True):  # Gen 6: the bot blinks beside a big six
        c = _board("magenta", "hair_purple")
        qbot_face(c, 18, 15, blink)
        c.text(SIX, {"#": "neon_yellow"}, 40, 8)
        c.text(SIX, {"#": "neon_yellow"}, 41, 8)
        c.hline(34, 20, 22, "white")
        c.hline(2, 27, 60, "neon_pink")
        frames.append(c)
        times.append(350 if blink else 1800)
    for f in range(2):  # Q-Bot: a bot for every home
        c = _board("teal", "deep_blue")
        qbot_face(c, 46, 15)
        c.text(QQ, {"#": "white"}, 8, 8)
        for i in range(3):
            c.rect(16, 8 + i * 5, 14 - (i + f) % 3 * 3, 2, "neon_cyan" if i != 1 else "white")
        c.hline(2, 27, 60, "neon_cyan")
        frames.append(c)
        times.append(900)
    for f in range(3):  # noodles: steam rises off the bowl
        c = _board("ares_red", "blood")
        noodle_bowl(c, 18, 18, f)
        for i in range(2):
            c.rect(34, 9 + i * 7, 24 - i * 6, 3, ("neon_yellow", "white")[i])
        c.hline(2, 27, 60, "orange")
        frames.append(c)
        times.append(600)
    for f in range(3):  # the news: a presenter and a ticker crawling along the bottom
        c = _board("deep_blue", "indigo")
        c.ellipse(14, 12, 4, 4, "skin_mid")
        c.rect(10, 8, 8, 3, "hair")
        c.rect(7, 17, 14, 9, "night")
        c.rect(12, 17, 4, 3, "white")
        c.rect(26, 6, 32, 12, "night")
        c.rect(28 + f * 2, 8, 12, 8, "steel")
        c.rect(2, 22, 60, 5, "neon_yellow")
        for i in range(5):
            c.rect(4 + (i * 13 - f * 4) % 56, 23, 8, 3, "ink")
        frames.append(c)
        times.append(700)
    return frames, times


def screen_ads() -> tuple[list[Canvas], list[int]]:
    """A wall screen: the news ticker, a chart, a noodle ad and a Q-Bot, in turn."""
    frames, times = [], []
    for f in range(6):
        c = Canvas(16, 16)
        c.rect(1, 2, 14, 11, "ink")
        c.frame(1, 2, 14, 11, "steel")
        c.rect(6, 13, 4, 2, "steel")
        if f < 2:  # chart
            for i in range(5):
                h = 1 + (i * 3 + f * 2) % 6
                c.vline(3 + i * 2, 11 - h, h, "neon_cyan" if i % 2 else "neon_lime")
        elif f < 4:  # news with a crawl
            c.rect(3, 4, 4, 4, "skin_mid")
            c.rect(3, 4, 4, 1, "hair")
            c.rect(8, 4, 5, 4, "steel")
            c.rect(2, 9, 12, 3, "neon_yellow")
            c.hline(2 + (f % 2) * 3, 10, 5, "ink")
            c.hline(9 + (f % 2) * 3 - 6, 10, 3, "ink")
        elif f == 4:
            c.rect(2, 3, 12, 9, "ares_red")
            c.ellipse(8, 9, 4, 2, "white")
            c.hline(4, 7, 9, "neon_yellow")
            c.line(9, 3, 11, 7, "wood")
        else:
            c.rect(2, 3, 12, 9, "teal")
            c.ellipse(8, 7, 4, 4, "white")
            c.rect(5, 6, 6, 2, "ink")
            c.px(6, 6, "neon_cyan")
            c.px(9, 6, "neon_cyan")
        c.hline(2, 3, 12, "teal")
        frames.append(c)
        times.append(900 if f in (0, 1, 4, 5) else 500)
    return frames, times


def holo(kind: str) -> list[Canvas]:
    """A hologram advert over its floor projector: the picture, in scanlines that drift and dim."""
    frames = []
    for f in range(4):
        pic = Canvas(32, 32)
        bob = (0, 1, 1, 0)[f]
        if kind == "holo_noodle":
            noodle_bowl(pic, 16, 17 + bob, f % 3, bowl="holo")
        elif kind == "holo_qbot":
            qbot_face(pic, 16, 13 + bob, blink=f == 3)
        else:
            pic.ellipse(16, 13 + bob, 10, 10, "neon_cyan")
            pic.ellipse(16, 13 + bob, 8, 8, None)
            pic.text(SIX, {"#": "neon_yellow"}, 13, 11 + bob)
            pic.text(SIX, {"#": "neon_yellow"}, 14, 11 + bob)
        if f == 2:  # a gentle dim, not a blackout
            pic.recolour({"white": "holo", "mist": "bot_blue", "neon_yellow": "orange", "neon_cyan": "teal"})
        for y in range((f % 2), 28, 2):  # scanlines: every other row shows the floor through it
            pic.grid[y, :] = Canvas(32, 1).grid[0]
        c = Canvas(32, 32)
        c.blit(pic, 0, 0)
        c.line(8, 30, 13, 22, "bot_blue")
        c.line(23, 30, 18, 22, "bot_blue")
        c.ellipse(16, 29.5, 6, 2, "steel")
        c.hline(12, 29, 9, "neon_cyan")
        c.hline(11, 31, 11, "indigo")
        frames.append(c)
    return frames


def build(ts: Tileset) -> None:
    for kind in HOLOS:
        ts.add_big_anim(kind, holo(kind), [600, 500, 700, 500])


def dress_holos(b, every: int = 14) -> None:  # noqa: ANN001 - a mapkit Builder
    """Stand hologram adverts on the pavement in front of shops (never two close together)."""
    ground = [[ref[1] if ref else None for ref in row] for row in b.layers["ground"]]
    placed: list[tuple[int, int]] = []
    for y in range(2, b.h):
        for x in range(b.w - 1):
            if not all((ground[y][x + i] or "").startswith(("walk_", "grime")) and "_shop_" in (ground[y - 1][x + i] or "")
                       and b.layers["detail"][y][x + i] is None and b.layers["above"][y - 1][x + i] is None
                       and b.layers["above"][y][x + i] is None for i in range(2)):
                continue
            if b.noise(x, y, "holo") > 0.25 or any(abs(x - px) < every and abs(y - py) < 4 for px, py in placed):
                continue
            kind = HOLOS[int(rng("holo", b.name, x, y).random() * len(HOLOS))]
            for dy in range(2):
                for dx in range(2):
                    b.put("above", x + dx, y - 1 + dy, f"{kind}@{dx},{dy}")
            placed.append((x, y))

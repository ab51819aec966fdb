"""The hologram look of memory pictures: four blues on dark glass, one accent colour, scanlines.

Memories are what 7723 replays, so they all share one treatment: shapes in deep blue, blue and
hologram-light with white-hot edges, every third row dimmed a step, and one row slipped sideways
like a signal that is not quite holding. The small figures here are reused across the vignettes.
"""

from __future__ import annotations

import numpy as np

from tools.canvas import Canvas, Mask, circle, edge, ellipse, polygon, rounded, shifted
from tools.canvas import box as plain_box

W, H = 96, 64
RAMP = ["ink", "night", "deep_blue", "bot_blue", "holo", "white"]
DIM = {RAMP[i]: RAMP[i - 1] for i in range(1, len(RAMP))}


def new(bg: str = "night") -> Canvas:
    c = Canvas(W, H, fill=bg)
    ys, xs = np.mgrid[0:H, 0:W]
    # a faint dot grid on the glass, so empty space still reads as a projection
    c.put((xs % 8 == 4) & (ys % 8 == 4), "deep_blue")
    return c


def poly(pts: list[tuple[float, float]]) -> Mask:
    return polygon(W, H, pts)


def oval(cx: float, cy: float, rx: float, ry: float) -> Mask:
    return ellipse(W, H, cx, cy, rx, ry)


def disc(cx: float, cy: float, r: float) -> Mask:
    return circle(W, H, cx, cy, r)


def box(x: int, y: int, w: int, h: int, r: int = 0) -> Mask:
    return rounded(W, H, x, y, w, h, r) if r else plain_box(W, H, x, y, w, h)


def solid(c: Canvas, mask: Mask, tone: str = "mid") -> None:
    """A hologram shape: a fill and shade with a bright rim, in one of three brightnesses."""
    fill, shade, rim = {"dark": ("deep_blue", "night", "bot_blue"), "mid": ("bot_blue", "deep_blue", "holo"),
                        "light": ("holo", "bot_blue", "white")}[tone]
    c.paint(mask, fill, shade=shade, outline=rim, light_from=(-1, -1), depth=2)


def finish(c: Canvas, seed: int) -> Canvas:
    """Scanlines and one slipped row; accent colours are not on the ramp, so they stay bright."""
    ys = np.mgrid[0:H, 0:W][0]
    scan = ys % 3 == 2
    c.recolour(DIM, where=scan)
    row = 8 + (seed * 23) % (H - 16)
    c.grid[row, 2:] = c.grid[row, :-2].copy()
    c.grid[row + 1, :-1] = c.grid[row + 1, 1:].copy()
    return c


# --- the cast, small ---------------------------------------------------------------------------
def mai(c: Canvas, x: int, y: int, accent: str | None = None, arms: str = "down", face_right: bool = True) -> None:
    """Mai standing with her feet at (x, y), about 30 px tall."""
    d = 1 if face_right else -1
    solid(c, poly([(x - 4, y - 12), (x + 4, y - 12), (x + 4, y), (x - 4, y)]), "dark")
    solid(c, poly([(x - 6, y - 23), (x + 6, y - 23), (x + 7, y - 11), (x - 7, y - 11)]), "mid")
    if arms == "up":
        c.line(x - 6, y - 21, x - 9, y - 30, "holo")
        c.line(x + 6, y - 21, x + 9, y - 30, "holo")
    elif arms == "forward":
        c.line(x + 6 * d, y - 20, x + 12 * d, y - 17, "holo")
    head = disc(x, y - 28, 5.5)
    solid(c, head, "light")
    hair = (disc(x - 1 * d, y - 30, 5.6) | poly([(x - 6 * d, y - 30), (x - 2 * d, y - 30), (x - 2 * d, y - 22),
                                                 (x - 7 * d, y - 23)]))
    hair &= ~poly([(x + 1 * d, y - 29), (x + 8 * d, y - 32), (x + 8 * d, y - 20), (x + 1 * d, y - 20)])
    c.put(hair, "deep_blue")
    c.put(edge(hair) & ~shifted(hair, 0, -1), "bot_blue")
    if accent:
        c.line(x - 1 * d, y - 34, x + 1 * d, y - 30, accent)
    c.px(x + 3 * d, y - 28, "deep_blue")


def bot_head(c: Canvas, x: int, y: int, w: int, face: str = "neutral") -> Mask:
    """7723's head, top-left at (x, y), w wide: shell, crest, visor and two glowing eyes."""
    h = int(w * 0.82)
    head = box(x, y, w, h, max(2, w // 4))
    solid(c, head, "light")
    c.put(box(x + w // 2 - w // 6, y, w // 3, max(2, h // 6)) & head, "bot_blue")
    visor = box(x + w // 6, y + h // 4, w - w // 3, h // 2, max(1, w // 10))
    c.put(visor, "ink")
    c.put(edge(visor), "deep_blue")
    ew, eh = max(1, w // 10), max(2, h // 4)
    for ex in (x + w // 2 - w // 6 - ew // 2, x + w // 2 + w // 6 - ew // 2):
        if face == "happy":
            c.line(ex - 1, y + h // 2, ex + ew // 2, y + h // 2 - 2, "white")
            c.line(ex + ew // 2, y + h // 2 - 2, ex + ew + 1, y + h // 2, "white")
        else:
            c.put(box(ex, y + h // 2 - eh // 2, ew, eh), "holo")
            c.put(box(ex, y + h // 2 - eh // 2, ew, max(1, eh // 2)), "white")
    return head


def bot(c: Canvas, x: int, y: int, s: float = 1.0) -> None:
    """7723 standing, feet centred at (x, y); about 56·s px tall."""
    def p(pts: list[tuple[float, float]]) -> Mask:
        return poly([(x + px * s, y + py * s) for px, py in pts])

    for lx in (-12, 3):
        solid(c, p([(lx, -18), (lx + 10, -18), (lx + 10, 0), (lx - 1, 0)]), "dark")
    solid(c, p([(-18, -44), (18, -44), (14, -18), (-14, -18)]), "mid")
    for ax in (-1, 1):
        solid(c, p([(ax * 16, -44), (ax * 24, -38), (ax * 24, -18), (ax * 17, -18)]), "dark")
        solid(c, oval(x + ax * 18 * s, y - 44 * s, 8 * s, 6 * s), "mid")
    core = disc(x, y - 34 * s, 2.5 * s)
    c.put(core, "white")
    bot_head(c, int(x - 14 * s), int(y - 70 * s), int(28 * s))


def momo(c: Canvas, x: int, y: int, mouth_open: bool = False) -> None:
    """Momo sitting, facing right, feet at (x, y); about 16 px tall."""
    solid(c, oval(x, y - 5, 7, 5), "mid")
    head = oval(x + 5, y - 12, 5, 4.5)
    solid(c, head, "mid")
    solid(c, poly([(x + 1, y - 15), (x - 1, y - 21), (x + 4, y - 16)]), "mid")
    solid(c, poly([(x + 7, y - 16), (x + 10, y - 20), (x + 9, y - 14)]), "dark")
    c.px(x + 6, y - 13, "ink")
    c.put(oval(x + 10, y - 11, 2, 1.5), "ink")
    if mouth_open:
        c.line(x + 6, y - 9, x + 10, y - 8, "ink")
        c.px(x + 8, y - 8, "holo")
    for k in range(-6, 6, 3):
        c.px(x + k, y - 10 if k < 0 else y - 9, "holo")


def figure(c: Canvas, x: int, y: int, tall: int = 30, tone: str = "mid", hair: str = "deep_blue",
           bun: bool = False) -> None:
    """A generic grown-up (Molly, Rice): body, head and hair, feet at (x, y)."""
    solid(c, poly([(x - 5, y - tall * 0.45), (x + 5, y - tall * 0.45), (x + 5, y), (x - 5, y)]), "dark")
    solid(c, poly([(x - 7, y - tall * 0.8), (x + 7, y - tall * 0.8), (x + 6, y - tall * 0.42),
                   (x - 6, y - tall * 0.42)]), tone)
    solid(c, disc(x, y - tall * 0.9, 5), "light")
    c.put(disc(x - 1, y - tall * 0.93, 5) & ~poly([(x + 1, y - tall), (x + 8, y - tall), (x + 8, y), (x + 1, y)]), hair)
    if bun:
        c.put(disc(x - 5, y - tall * 0.98, 2.5), hair)


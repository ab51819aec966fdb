"""Interface pieces: nine-slice panels and buttons, memory cards, slot cells, cursor and arrows.

Nine-slice pictures keep every decoration inside their corners and leave edges and centre flat, so
the window code can stretch them to any size without smearing a detail. `LAYOUT` is written to
assets/ui/ui.json next to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

import numpy as np

from tools.canvas import RGB, Canvas, box, idx, polygon, rounded, shifted
from tools.canvas import edge as open_edge

edge = partial(open_edge, closed=True)

# nine-slice corner sizes and the inner padding text should keep from the edge
LAYOUT: dict[str, dict] = {
    "panel.png": {"slice": 10, "pad": 8},
    "panel_light.png": {"slice": 10, "pad": 8},
    "nameplate.png": {"slice": 6, "pad": 4},
    "button.png": {"slice": 6, "pad": 4},
    "button_focus.png": {"slice": 6, "pad": 4},
    "card.png": {"picture": [8, 10, 96, 64], "title": [8, 80, 96, 20], "mood": [8, 118, 16, 16],
                 "pips": [30, 122, 74, 8]},
    "card_glow.png": {"blend": "add", "offset": [-16, -16],
                      "note": "premultiplied glow: blit with BLEND_RGB_ADD behind card.png"},
    "gap.png": {"picture": [8, 10, 96, 64]},
}


def chamfer_box(w: int, h: int, cut: int) -> np.ndarray:
    """A rectangle with its four corners cut at 45°: the shape of all our glass panels."""
    return polygon(w, h, [(cut, 0), (w - cut, 0), (w, cut), (w, h - cut), (w - cut, h), (cut, h), (0, h - cut),
                          (0, cut)])


def glass_panel(size: int, cut: int, fill: str, rim: str, inner: str, outer: str, sheen: str,
                accent: str | None) -> Canvas:
    """Layers of a panel from outside in: dark edge, bright rim, soft inner line, a sheen on the top edge."""
    c = Canvas(size, size)
    shape = chamfer_box(size, size, cut)
    c.put(shape, outer)
    rim_m = shape & ~edge(shape)
    c.put(rim_m, rim)
    inner_m = rim_m & ~edge(rim_m)
    c.put(inner_m, inner)
    body = inner_m & ~edge(inner_m)
    c.put(body, fill)
    # the sheen: a line along the top just inside the inner line (uniform along the edge)
    c.put(body & ~shifted(body, 0, -1), sheen)
    if accent is not None:
        # corner brackets: bright ticks on two opposite corners, inside the nine-slice corners
        c.line(1, cut, cut, 1, accent)
        c.line(size - 2, size - cut - 1, size - cut - 1, size - 2, accent)
        c.line(cut + 1, 1, cut + 4, 1, accent)
        c.line(1, cut + 1, 1, cut + 4, accent)
        c.line(size - cut - 2, size - 2, size - cut - 5, size - 2, accent)
        c.line(size - 2, size - cut - 2, size - 2, size - cut - 5, accent)
    return c


def panel() -> Canvas:
    return glass_panel(32, 5, fill="night", rim="neon_cyan", inner="teal", outer="ink", sheen="indigo",
                       accent="white")


def panel_light() -> Canvas:
    return glass_panel(32, 5, fill="cream", rim="wood", inner="lamp", outer="dark_wood", sheen="white",
                       accent="orange")


def nameplate() -> Canvas:
    c = Canvas(20, 16)
    shape = chamfer_box(20, 16, 3)
    c.put(shape, "ink")
    inner = shape & ~edge(shape)
    c.put(inner, "neon_pink")
    body = inner & ~edge(inner)
    c.put(body, "indigo")
    c.put(body & ~shifted(body, 0, -1), "dusk")
    c.put(body & ~shifted(body, 0, 1), "night")
    return c


def button(focus: bool) -> Canvas:
    c = Canvas(20, 16)
    shape = rounded(20, 16, 0, 0, 20, 16, 3)
    c.put(shape, "ink")
    inner = shape & ~edge(shape)
    c.put(inner, "neon_cyan" if focus else "steel")
    body = inner & ~edge(inner)
    c.put(body, "deep_blue" if focus else "indigo")
    c.put(body & ~shifted(body, 0, -1), "bot_blue" if focus else "dusk")
    c.put(body & ~shifted(body, 0, 1), "night")
    if focus:
        for x, y in ((1, 1), (18, 1), (1, 14), (18, 14)):
            c.px(x, y, "white")
    return c


def card() -> Canvas:
    """A memory card: a hologram slab with a picture window, a title plate and a row for weight."""
    w, h = 112, 144
    c = Canvas(w, h)
    shape = chamfer_box(w, h, 8)
    c.put(shape, "deep_blue")
    rim_m = shape & ~edge(shape)
    c.put(edge(shape), "holo")
    c.put(rim_m, "bot_blue")
    body = rim_m & ~edge(rim_m)
    c.put(body, "night")
    # scanlines: every third row a shade lighter, the hologram's tell
    ys = np.arange(h)[:, None] % 3 == 0
    c.put(body & ys & ~edge(body), "indigo")
    c.put(edge(body), "deep_blue")
    # picture window and title plate
    c.put(box(w, h, 7, 9, 98, 66), "holo")
    c.put(box(w, h, 8, 10, 96, 64), "ink")
    plate = box(w, h, 8, 80, 96, 20)
    c.put(plate, "night")
    c.put(edge(plate), "deep_blue")
    c.put(plate & ~shifted(plate, 0, -1, beyond=True), "bot_blue")
    # corner glyphs: a bright chip top-left and a notch bottom-right
    c.put(rounded(w, h, 94, 132, 10, 4, 1), "teal")
    c.px(95, 133, "neon_cyan")
    c.line(10, 4, 22, 4, "neon_cyan")
    c.line(8, 6, 8, 6, "neon_cyan")
    c.line(89, 139, 101, 139, "neon_cyan")
    c.put(box(w, h, 8, 106, 96, 1), "deep_blue")
    return c


def card_glow() -> np.ndarray:
    """A soft banded halo, larger than the card, premultiplied so additive blending just adds light."""
    w, h, m = 144, 176, 16
    ys, xs = np.mgrid[0:h, 0:w] + 0.5
    dx = np.maximum(np.maximum(m + 6 - xs, xs - (w - m - 6)), 0)
    dy = np.maximum(np.maximum(m + 6 - ys, ys - (h - m - 6)), 0)
    d = np.hypot(dx, dy)
    # inside the card the glow thins out again, so a fading card shows no slab behind it
    inside = np.minimum(np.minimum(xs - (m + 6), (w - m - 6) - xs), np.minimum(ys - (m + 6), (h - m - 6) - ys))
    t = np.clip(1.0 - d / (m + 6), 0.0, 1.0) ** 2 * np.clip(1.0 - inside / 14.0, 0.0, 1.0)
    level = np.floor(t * 6) / 6  # six bands: pixel art glows in steps
    colour = RGB[idx("neon_cyan")].astype(np.float64)
    out = np.zeros((h, w, 4), dtype=np.uint8)
    a = np.round(level * 200)
    out[..., 3] = a.astype(np.uint8)
    out[..., :3] = np.round(colour[None, None, :] * (a[..., None] / 255.0)).astype(np.uint8)
    return out


def gap() -> Canvas:
    """What a deleted memory leaves: a grey, cracked, empty frame."""
    w, h = 112, 144
    c = Canvas(w, h)
    shape = chamfer_box(w, h, 8)
    ring = shape & ~shrink_box(shape, 2)
    ys, xs = np.mgrid[0:h, 0:w]
    dashes = ((xs + ys) // 4) % 3 != 0
    c.put(ring & dashes, "steel")
    c.put(edge(shape) & ~dashes, "indigo")
    inner = shrink_box(shape, 3)
    c.put(inner, "night")
    c.put(inner & ((xs + ys) % 4 == 0) & (ys % 2 == 0), "indigo")
    c.put(box(w, h, 8, 10, 96, 64) & ~box(w, h, 9, 11, 94, 62), "steel")
    c.put(box(w, h, 9, 11, 94, 62), "ink")
    # a crack running from corner to corner, with splinters
    pts = [(12, 12), (30, 30), (26, 40), (48, 52), (44, 62), (70, 84), (64, 98), (88, 120), (100, 134)]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        c.line(x0, y0, x1, y1, "fog")
        c.line(x0 + 1, y0, x1 + 1, y1, "shadow")
    for x0, y0, x1, y1 in ((30, 30, 40, 26), (48, 52, 56, 48), (70, 84, 60, 88), (88, 120, 96, 114)):
        c.line(x0, y0, x1, y1, "steel")
    # a faint empty slot mark where a title used to be
    for x in range(20, 92, 6):
        c.rect(x, 88, 3, 1, "steel")
    return c


def shrink_box(mask: np.ndarray, n: int) -> np.ndarray:
    out = mask
    for _ in range(n):
        out = out & ~edge(out)
    return out


def slot(kind: str) -> Canvas:
    """A 16×16 cell of the slot meter: empty, holding a memory, holding weapons, or new tonight."""
    c = Canvas(16, 16)
    shape = rounded(16, 16, 1, 1, 14, 14, 2)
    c.put(shape, "ink")
    inner = shape & ~edge(shape)
    ys, xs = np.mgrid[0:16, 0:16]
    if kind == "empty":
        c.put(inner, "night")
        c.put(edge(inner), "indigo")
        c.px(7, 7, "dusk")
        c.px(8, 8, "dusk")
    elif kind == "full":
        c.put(inner, "bot_blue")
        c.put(edge(inner) & shifted(inner, 1, 1), "holo")
        c.put(edge(inner) & ~shifted(inner, 1, 1), "deep_blue")
        c.put(rounded(16, 16, 5, 5, 6, 6, 1), "neon_cyan")
        c.put(rounded(16, 16, 6, 6, 4, 4, 1), "white")
    elif kind == "weapon":
        c.put(inner, "ares_red")
        stripes = ((xs + ys) // 3) % 2 == 0
        c.put(inner & stripes, "blood")
        c.put(edge(inner) & shifted(inner, 1, 1), "orange")
        c.stamp("..k..\n.kyk.\nkyyyk\n.kyk.\n..k..", 5, 5, {"k": "ink", "y": "neon_yellow"})
    elif kind == "new":
        c.put(inner, "neon_yellow")
        c.put(edge(inner) & ~shifted(inner, 1, 1), "orange")
        c.put(edge(inner) & shifted(inner, 1, 1), "white")
        c.stamp("...o...\n...o...\n.ooooo.\n...o...\n...o...", 5, 5, {"o": "orange"})
        c.stamp("...w...\n...w...\n.wwwww.\n...w...\n...w...", 4, 4, {"w": "white"})
    return c


def weight_pip() -> Canvas:
    c = Canvas(8, 8)
    c.stamp("""
...kk...
..kwhk..
.kwhhbk.
kwhhhbbk
khhhbbbk
.khbbdk.
..kbdk..
...kk...
""", 0, 0, {"k": "deep_blue", "w": "white", "h": "neon_cyan", "b": "teal", "d": "deep_blue"})
    return c


def cursor() -> Canvas:
    c = Canvas(12, 16)
    c.stamp("""
k...........
kk..........
kwk.........
kwwk........
kwwwk.......
kwwwwk......
kwwwwwk.....
kwwwwwwk....
kwwwwwwwk...
kwwwwcckkk..
kwwkwck.....
kwk.kwck....
kk..kwck....
k....kwck...
.....kcck...
......kk....
""", 0, 0, {"k": "ink", "w": "white", "c": "neon_cyan"})
    return c


def arrow_next() -> Canvas:
    c = Canvas(10, 8)
    c.stamp("""
kkkkkkkkkk
kwhhhhhhbk
.khhhhhbk.
.kkhhhhbk.
..khhhbk..
...khbk...
....kk....
..........
""", 0, 0, {"k": "ink", "w": "white", "h": "neon_cyan", "b": "teal"})
    return c


def pictures() -> Iterator[tuple[str, np.ndarray]]:
    """Every UI picture as (file name, RGBA)."""
    yield "panel.png", panel().rgba()
    yield "panel_light.png", panel_light().rgba()
    yield "nameplate.png", nameplate().rgba()
    yield "button.png", button(False).rgba()
    yield "button_focus.png", button(True).rgba()
    yield "card.png", card().rgba()
    yield "card_glow.png", card_glow()
    yield "gap.png", gap().rgba()
    for kind in ("empty", "full", "weapon", "new"):
        yield f"slot_{kind}.png", slot(kind).rgba()
    yield "weight_pip.png", weight_pip().rgba()
    yield "cursor.png", cursor().rgba()
    yield "arrow_next.png", arrow_next().rgba()

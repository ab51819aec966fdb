"""The game's logo, "NEXT GEN" over "MEMORY CORE", in pixel lettering drawn here (no font file)."""

from __future__ import annotations

import numpy as np

from tools.canvas import Canvas, edge, grow, shifted

BIG = {
    "N": ["##..##", "###.##", "######", "##.###", "##..##", "##..##", "##..##"],
    "E": ["######", "##....", "##....", "#####.", "##....", "##....", "######"],
    "X": ["##..##", "##..##", ".####.", "..##..", ".####.", "##..##", "##..##"],
    "T": ["######", "######", "..##..", "..##..", "..##..", "..##..", "..##.."],
    "G": [".#####", "##....", "##....", "##.###", "##..##", "##..##", ".####."],
    " ": ["...", "...", "...", "...", "...", "...", "..."],
}

SMALL = {
    "M": ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
    "E": ["#####", "#....", "#....", "####.", "#....", "#....", "#####"],
    "O": [".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
    "R": ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
    "Y": ["#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."],
    "C": [".####", "#....", "#....", "#....", "#....", "#....", ".####"],
    "B": ["####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."],
    "L": ["#....", "#....", "#....", "#....", "#....", "#....", "#####"],
    "A": [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"],
    "G": [".####", "#....", "#....", "#.###", "#...#", "#...#", ".###."],
    "U": ["#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."],
    "S": [".####", "#....", "#....", ".###.", "....#", "....#", "####."],
    "N": ["#...#", "##..#", "#.#.#", "#.#.#", "#..##", "#...#", "#...#"],
    "9": [".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."],
    "-": [".....", ".....", ".....", "####.", ".....", ".....", "....."],
    " ": ["...", "...", "...", "...", "...", "...", "..."],
}

W, H = 320, 96


def lettering(text: str, font: dict[str, list[str]], scale: int, gap: int, slant: int = 0) -> np.ndarray:
    """A mask of the text: each glyph cell a scale×scale block, glyphs `gap` apart (all of one
    height); `slant` shears rows into italics."""
    cols: list[np.ndarray] = []
    for ch in text:
        g = np.array([[c == "#" for c in row] for row in font[ch]])
        cols.append(np.kron(g, np.ones((scale, scale), dtype=bool)))
        cols.append(np.zeros((g.shape[0] * scale, gap), dtype=bool))
    m = np.hstack(cols[:-1])
    if slant:
        h, w = m.shape
        out = np.zeros((h, w + h // slant + 1), dtype=bool)
        for y in range(h):
            s = (h - 1 - y) // slant
            out[y, s : s + w] = m[y]
        m = out
    return m


def place(mask: np.ndarray, x: int, y: int) -> np.ndarray:
    full = np.zeros((H, W), dtype=bool)
    h, w = mask.shape
    full[y : y + h, x : x + w] = mask
    return full


def draw() -> Canvas:
    c = Canvas(W, H)
    big = lettering("NEXT GEN", BIG, 5, 7, slant=4)
    bx = (W - big.shape[1]) // 2
    face = place(big, bx, 4)
    # extrusion down and to the right, then an ink outline around everything
    depth = np.zeros_like(face)
    for k in range(1, 5):
        depth |= shifted(face, -k, -k)
    depth &= ~face
    c.put(grow(face | depth, 1, diagonal=True), "ink")
    c.put(depth, "deep_blue")
    c.put(depth & ~shifted(depth, -1, -1) & ~shifted(face, -1, 0), "bot_blue")
    # the face: white above, cyan below, with a hard horizon line like neon tubing
    ys = np.mgrid[0:H, 0:W][0]
    c.put(face, "white")
    c.put(face & (ys >= 4 + 18), "holo")
    c.put(face & (ys >= 4 + 26), "neon_cyan")
    c.put(face & (ys == 4 + 22), "neon_cyan")
    c.put(edge(face) & ~shifted(face, 0, -1), "white")
    # a sparkle on the N
    for dx, dy in ((0, -2), (0, -1), (0, 1), (0, 2), (-2, 0), (-1, 0), (1, 0), (2, 0), (0, 0)):
        c.px(bx + 12 + dx, 5 + dy, "white")

    small = lettering("MEMORY CORE", SMALL, 2, 4)
    sx, sy = (W - small.shape[1]) // 2, 64
    sub = place(small, sx, sy)
    c.put(grow(sub | shifted(sub, -1, -1), 1, diagonal=True), "ink")
    c.put(shifted(sub, -1, -1) & ~sub, "magenta")
    c.put(sub, "neon_pink")
    c.put(sub & (ys < sy + 4), "white")
    # rules either side of the subtitle, fading out in dashes
    mid = sy + 7
    for x0, step in ((sx - 10, -1), (sx + small.shape[1] + 9, 1)):
        for k in range(0, 60):
            x = x0 + step * k
            if k < 30 or (k % 4 < 2 and k < 48) or (k % 6 == 0):
                c.px(x, mid, "neon_pink")
                c.px(x, mid + 1, "magenta")
    return c

"""The one drawing canvas: its pixel-placing primitives agree with its mask geometry, so tiles drawn
pixel by pixel and portraits painted from shapes obey the same rules."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.canvas import CLEAR, Canvas, box, checker, ellipse, halo  # noqa: E402
from tools.palette import NAMES, dark, light  # noqa: E402


def test_pixels_outside_the_canvas_are_ignored() -> None:
    c = Canvas(4, 3)
    c.px(-1, 0, "ink")
    c.px(4, 2, "ink")
    c.rect(-2, -2, 3, 3, "white")
    assert c.get(0, 0) == "white" and c.get(1, 1) is None and c.get(9, 9) is None
    assert int((c.grid != CLEAR).sum()) == 1


def test_ellipse_and_checker_methods_paint_the_masks() -> None:
    a, b = Canvas(20, 12), Canvas(20, 12)
    a.ellipse(9.5, 6, 7, 4, "neon_cyan")
    b.put(ellipse(20, 12, 9.5, 6, 7, 4), "neon_cyan")
    a.checker(-2, 3, 10, 20, "ink", phase=1)
    b.put(box(20, 12, -2, 3, 10, 20) & checker(20, 12, 1), "ink")
    assert np.array_equal(a.grid, b.grid)


def test_outline_inks_the_ring_around_the_shapes() -> None:
    c = Canvas(9, 9)
    c.rect(3, 3, 3, 3, "white")
    ring = halo(c.solid(), diagonal=True)
    c.outline("ink", diagonal=True)
    assert c.mask_of("ink").sum() == ring.sum() == 16
    assert (c.mask_of("white") == box(9, 9, 3, 3, 3, 3)).all()


def test_stamp_reads_ascii_art_and_mirrors_it() -> None:
    c = Canvas(4, 2)
    c.stamp("#.\n.##", 0, 0, {"#": "white"}, flip=True)
    assert [[c.get(x, y) for x in range(3)] for y in range(2)] == [[None, None, "white"], ["white", "white", None]]


def test_copies_own_their_pixels() -> None:
    c = Canvas(3, 2, fill="ink")
    c.px(0, 0, "white")
    t, r, s = c.transposed(), c.rolled(1, 0), c.sub(1, 0, 2, 2)
    c.fill(None)
    assert (t.w, t.h) == (2, 3) and t.get(0, 0) == "white"
    assert r.get(1, 0) == "white" and (s.w, s.h) == (2, 2) and s.get(0, 0) == "ink"


def test_speckle_and_blit_keep_to_the_palette() -> None:
    c = Canvas(8, 8, fill="steel")
    c.speckle(random.Random(1), ["fog", "mist"], 0.5, only_on="steel")
    top = Canvas(8, 8)
    top.hline(0, 0, 8, "white")
    c.blit(top, 2, 7)
    assert c.get(1, 7) != "white" and c.get(2, 7) == "white"
    assert set(np.unique(c.rgba()[..., 3])) == {255}


def test_the_shade_ramp_stays_in_the_palette() -> None:
    for name in NAMES:
        assert dark(name, 3) in NAMES and light(name, 3) in NAMES

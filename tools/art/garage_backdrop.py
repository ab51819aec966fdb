"""The garage as a stage (640×360, drawn at half size): at night behind the memory review, at dawn
behind the credits.

    python -m tools.art.garage_backdrop [--out DIR]

The view is the back of Mai's garage seen from the door to the house: brick wall, the roller door,
the workbench and shelves, and 7723's nest of blankets low on the left, where the review seats him.
Night is near black so the light of his chest is what shows the room; dawn comes in under the door.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.art import png  # noqa: E402
from tools.canvas import Canvas, ellipse  # noqa: E402

W, H = 320, 180
FLOOR = 118  # where the wall meets the floor
NEST = (8, 100, 64, 22)  # x, y, w, h of the blanket pile (half size): the review seats 7723 in it

TONES = {  # wall, mortar, door, door slat line, floor, floor line, shelf wood, light under the door
    "night": ("ink", "shadow", "night", "shadow", "shadow", "ink", "dark_wood", "night"),
    "dawn": ("dark_wood", "night", "steel", "indigo", "indigo", "night", "wood", "lamp"),
}


def wall(c: Canvas, tone: tuple[str, ...], rng: random.Random) -> None:
    brick, mortar = tone[0], tone[1]
    c.rect(0, 0, W, FLOOR, brick)
    for row, y in enumerate(range(4, FLOOR, 6)):
        c.hline(0, y, W, mortar)
        for x in range(-8 + (row % 2) * 8, W, 16):
            c.vline(x, y + 1, 5, mortar)
    c.speckle(rng, [mortar], 0.02, (0, 0, W, FLOOR))


def door(c: Canvas, tone: tuple[str, ...], name: str) -> None:
    x, w = 132, 92
    c.rect(x - 3, 14, w + 6, FLOOR - 14, tone[1])
    c.rect(x, 18, w, FLOOR - 18, tone[2])
    for y in range(22, FLOOR, 5):
        c.hline(x, y, w, tone[3])
    c.rect(x + w // 2 - 6, FLOOR - 12, 12, 3, tone[1])  # the handle
    c.hline(x, FLOOR - 1, w, tone[7])  # what comes in under it
    if name == "dawn":
        c.hline(x - 6, FLOOR, w + 12, "orange")
        c.rect(x + 8, FLOOR + 1, w - 16, 2, "lamp")


def bench_and_shelves(c: Canvas, tone: tuple[str, ...]) -> None:
    wood = tone[6]
    c.rect(238, 70, 70, 4, wood)  # the workbench
    c.rect(242, 74, 3, FLOOR - 74, wood)
    c.rect(300, 74, 3, FLOOR - 74, wood)
    c.frame(246, 30, 56, 30, wood)  # the pegboard
    for i, (tx, th) in enumerate(((252, 14), (262, 10), (272, 16), (284, 8), (292, 12))):
        c.vline(tx, 36, th, "steel" if i % 2 else "fog")
    c.rect(250, 62, 10, 8, "steel")  # a vice
    c.rect(270, 64, 22, 6, "indigo")  # a box of parts
    for y in (24, 48):  # shelves over the nest
        c.rect(90, y, 36, 2, wood)
        for bx in range(92, 124, 9):
            c.rect(bx, y - 7, 7, 7, "indigo" if (bx + y) % 2 else "night")


def floor(c: Canvas, tone: tuple[str, ...], rng: random.Random) -> None:
    c.rect(0, FLOOR, W, H - FLOOR, tone[4])
    c.hline(0, FLOOR, W, tone[5])
    for y in (FLOOR + 14, FLOOR + 34):
        c.hline(0, y, W, tone[5])
    c.speckle(rng, [tone[5]], 0.03, (0, FLOOR + 1, W, H - FLOOR - 1))


def nest(c: Canvas, name: str) -> None:
    """Blankets and cushions heaped in the corner: soft lumps, a striped quilt, a pillow."""
    x, y, w, h = NEST
    colours = ("indigo", "dusk", "night") if name == "night" else ("dusk", "steel", "magenta")
    for i, (cx, cy, rx, ry) in enumerate(((x + 14, y + 14, 16, 9), (x + 34, y + 12, 20, 11),
                                          (x + 52, y + 15, 14, 8), (x + 30, y + 18, 28, 6))):
        c.put(ellipse(W, H, cx, cy, rx, ry), colours[i % 3])
    for sx in range(x + 18, x + 48, 6):  # the quilt's stripes
        c.vline(sx, y + 10, 6, colours[1])
    c.put(ellipse(W, H, x + 8, y + 8, 7, 4), "fog" if name == "dawn" else "steel")  # the pillow


def draw(name: str) -> Canvas:
    tone = TONES[name]
    rng = random.Random(name)
    c = Canvas(W, H, tone[0])
    wall(c, tone, rng)
    door(c, tone, name)
    bench_and_shelves(c, tone)
    floor(c, tone, rng)
    nest(c, name)
    return c


def pictures() -> list[tuple[str, np.ndarray]]:
    out = []
    for name in TONES:
        rgba = draw(name).rgba()
        out.append((f"backdrops/garage_{name}.png", rgba.repeat(2, axis=0).repeat(2, axis=1)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets", help="assets folder to write into")
    args = parser.parse_args(argv)
    for rel, rgba in pictures():
        png.save(args.out / rel, rgba)
        print(f"wrote {args.out / rel}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

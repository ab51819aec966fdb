"""Character sheets: 4 walk frames across, 4 facings down (down, left, right, up), plus sprites.json.

People are 16×32 (`sprites_people.py`); 7723 32×48, Ares 64×96, police and the drones 24×32, and
Momo, Q-Bots and Alfredo 16×16 (`sprites_bots.py`). The JSON tells the engine each sheet's frame size and row order.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tools.canvas import Canvas
from tools.world import sprites_bots, sprites_looks, sprites_people, sprites_poses, sprites_street
from tools.world.tileset import save_png
from tools.world.walk import DIRS, FRAMES

ORDER = ["mai", "7723", "molly", "momo", "rice", "pin", "ares", "ani", "greenwood", "teammate", "ric", "ric_bot", "qbot", "qbot_captain", "beacon", "snappy", "police", "police_drone", "watch_drone",
         "alfredo", *sprites_street.STREET,  # STREET: Fifth Street's parking bot and noodle-cup robot
         *sprites_people.CROWD, *sprites_people.SIBLINGS, *sprites_poses.POSED,  # POSED: the Gen 6, and the sheets of poses walked in
         *sprites_looks.LOOKS]  # LOOKS: how someone looks for a while (Mai's black eye, and its bruise; 7723's chest gone dark)
HOVER = {"police_drone": 4.0, "watch_drone": 4.0}  # sheets that fly: their frames play while they stay put too, at this many a second
DRAWN_AS = {"bubbles": "qbot", "happy_cup": "noodle_robot", "sw11": "qbot"}  # characters drawn with another's sheet (Happy Cup: its cousin on Tallow Street's, the noodle cup)


def build() -> dict[str, tuple[Canvas, tuple[int, int]]]:
    out: dict[str, tuple[Canvas, tuple[int, int]]] = {}
    for name in ORDER:
        if name in sprites_people.PEOPLE:
            out[name] = (sprites_people.sheet(sprites_people.PEOPLE[name]), (16, 32))
        elif name in sprites_looks.LOOKS:
            out[name] = (sprites_looks.sheet(name), sprites_looks.frame(name))
        elif name in sprites_poses.POSED:
            out[name] = (sprites_poses.sheet(name), sprites_poses.POSED[name][0])
        elif name in sprites_street.STREET:
            out[name] = (sprites_street.sheet(name), sprites_street.STREET[name][0])
        else:
            out[name] = (sprites_bots.sheet(name), sprites_bots.BOTS[name][0])
    return out


def write_all(folder: Path) -> dict[str, tuple[Canvas, tuple[int, int]]]:
    folder.mkdir(parents=True, exist_ok=True)
    sheets = build()
    meta = {}
    for name, (canvas, (w, h)) in sheets.items():
        save_png(canvas.rgba(), str(folder / f"{name}.png"))
        meta[name] = {"frame": [w, h], "frames": FRAMES, "rows": list(DIRS)}
        if name in HOVER:
            meta[name].update(hover=True, fps=HOVER[name])
        if name in sprites_people.VARIANTS:  # its people drawn in turns from these sheets
            meta[name]["variants"] = list(sprites_people.VARIANTS[name])
    for name, like in DRAWN_AS.items():  # the same frames, read from the other's picture
        meta[name] = {**meta[like], "file": f"{like}.png"}
    (folder / "sprites.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return sheets


def contact_sheet(sheets: dict[str, tuple[Canvas, tuple[int, int]]]) -> np.ndarray:
    """All sheets side by side on one strip (for people to look at, not for the game)."""
    width = sum(c.w for c, _ in sheets.values()) + 4 * (len(sheets) + 1)
    height = max(c.h for c, _ in sheets.values()) + 8
    strip = Canvas(width, height)
    x = 4
    for canvas, _ in sheets.values():
        strip.blit(canvas, x, 4)
        x += canvas.w + 4
    return strip.rgba()

"""Walking characters from sprite sheets: 4 frames × rows (down, left, right, up).

`assets/sprites/sprites.json` says each sheet's frame size and row order; a sheet it does not
describe is read as four equal rows of four frames. A sheet that is not drawn yet gets a tidy
stand-in figure in the character's colours, so a map is walkable before its art exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from .assets import AssetError, Assets
from .theme import PALETTE, Color

DIRS = ("down", "left", "right", "up")
FALLBACK_SIZE = (16, 32)

LOOKS: dict[str, tuple[Color, Color, Color]] = {  # hair/head, body, legs for stand-in figures
    "mai": (PALETTE["hair_purple"], PALETTE["neon_pink"], PALETTE["indigo"]),
    "7723": (PALETTE["white"], PALETTE["bot_blue"], PALETTE["deep_blue"]),
    "momo": (PALETTE["orange"], PALETTE["orange"], PALETTE["dark_wood"]),
    "molly": (PALETTE["dark_wood"], PALETTE["lamp"], PALETTE["steel"]),
    "ares": (PALETTE["ares_red"], PALETTE["blood"], PALETTE["ink"]),
    "qbot": (PALETTE["mist"], PALETTE["teal"], PALETTE["steel"]),
}


@dataclass
class Sheet:
    """Frames by direction, each a list of surfaces."""

    frames: dict[str, list[pygame.Surface]]
    size: tuple[int, int]
    fps: float = 8.0
    stand_in: bool = False
    extra: dict[str, object] = field(default_factory=dict)
    body: str = ""  # the drawing it is cut from (its file's name): Q-Bots of other names share one

    def frame(self, direction: str, t: float, moving: bool) -> pygame.Surface:
        row = self.frames.get(direction) or self.frames[DIRS[0]]
        if not moving or len(row) == 1:
            return row[0]
        return row[int(t * self.fps) % len(row)]


def _spec(assets: Assets, sprite: str) -> dict:
    try:
        data = assets.json("sprites/sprites.json")
    except AssetError:
        return {}
    if not isinstance(data, dict):
        return {}
    sheets = data.get("sheets", data)
    spec = sheets.get(sprite) if isinstance(sheets, dict) else None
    return spec if isinstance(spec, dict) else {}


def _size(spec: dict, image: pygame.Surface, rows: int, cols: int) -> tuple[int, int]:
    for key in ("frame", "size", "frame_size"):
        v = spec.get(key)
        if isinstance(v, list | tuple) and len(v) == 2:
            return int(v[0]), int(v[1])
    w = spec.get("frame_width", spec.get("width", spec.get("w")))
    h = spec.get("frame_height", spec.get("height", spec.get("h")))
    if isinstance(w, int) and isinstance(h, int):
        return w, h
    return image.get_width() // cols, image.get_height() // rows


def load_sheet(assets: Assets, sprite: str) -> Sheet:
    """The sheet for `sprite` (assets/sprites/<sprite>.png), or a drawn stand-in."""
    spec = _spec(assets, sprite)
    rel = str(spec.get("file", f"sprites/{sprite}.png"))
    if not rel.startswith("sprites/"):
        rel = f"sprites/{rel}"
    try:
        image = assets.image(rel)
    except AssetError:
        assets.missing.add(f"assets/{rel}")
        return stand_in(sprite)
    rows = spec.get("rows", list(DIRS))
    rows = [str(r) for r in rows] if isinstance(rows, list) and rows else list(DIRS)
    cols = int(spec.get("frames", 4)) if isinstance(spec.get("frames", 4), int) else 4
    fw, fh = _size(spec, image, len(rows), cols)
    frames: dict[str, list[pygame.Surface]] = {}
    for r, name in enumerate(rows):
        row = []
        for c in range(cols):
            rect = pygame.Rect(c * fw, r * fh, fw, fh)
            if image.get_rect().contains(rect):
                row.append(image.subsurface(rect))
        if row:
            frames[name] = row
    if not frames:
        return stand_in(sprite)
    for d in DIRS:
        frames.setdefault(d, next(iter(frames.values())))
    fps = float(spec.get("fps", 8)) if isinstance(spec.get("fps", 8), int | float) else 8.0
    return Sheet(frames, (fw, fh), fps, body=rel.rsplit("/", 1)[-1].removesuffix(".png"))


def stand_in(sprite: str) -> Sheet:
    """A simple 16×32 figure: head, body, two legs that step; facing shown by the eyes."""
    head, body, legs = LOOKS.get(sprite, (PALETTE["fog"], PALETTE["steel"], PALETTE["indigo"]))
    w, h = FALLBACK_SIZE
    frames: dict[str, list[pygame.Surface]] = {}
    for d in DIRS:
        row = []
        for f in range(4):
            s = pygame.Surface((w, h), pygame.SRCALPHA)
            pygame.draw.ellipse(s, (0, 0, 0, 90), (2, h - 5, 12, 5))
            step = (0, 1, 0, -1)[f]
            pygame.draw.rect(s, legs, (4, 22 + max(0, step), 3, 8 - max(0, step)))
            pygame.draw.rect(s, legs, (9, 22 + max(0, -step), 3, 8 - max(0, -step)))
            pygame.draw.rect(s, body, (3, 12, 10, 11), border_radius=3)
            pygame.draw.rect(s, PALETTE["skin_light"], (4, 3, 8, 9), border_radius=3)
            pygame.draw.rect(s, head, (3, 1, 10, 5), border_radius=3)
            if d == "down":
                s.fill(PALETTE["ink"], (6, 7, 1, 2))
                s.fill(PALETTE["ink"], (9, 7, 1, 2))
            elif d == "left":
                s.fill(PALETTE["ink"], (5, 7, 1, 2))
                pygame.draw.rect(s, head, (9, 1, 4, 9))
            elif d == "right":
                s.fill(PALETTE["ink"], (10, 7, 1, 2))
                pygame.draw.rect(s, head, (3, 1, 4, 9))
            else:
                pygame.draw.rect(s, head, (3, 1, 10, 9), border_radius=3)
            row.append(s)
        frames[d] = row
    return Sheet(frames, (w, h), 8.0, stand_in=True)

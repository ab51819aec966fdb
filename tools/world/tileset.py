"""A named tileset: tiles are registered by name, so maps refer to `"street_dash"` and never to a number.

It writes the tileset picture (`assets/tiles/<set>.png`) and the Tiled tileset (`levels/tilesets/<set>.tsx`)
with each tile's name and, for animated tiles, its frames.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

import numpy as np

from tools.canvas import CLEAR, Canvas

TILE = 16


@dataclass
class Tileset:
    """Tiles in the order they were added; each name maps to a local tile id."""

    name: str
    columns: int = 16
    tiles: list[Canvas] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)
    solid: set[int] = field(default_factory=set)
    animations: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def add(self, name: str, canvas: Canvas, solid: bool = False) -> int:
        """Register one 16×16 tile under `name`."""
        if name in self.ids:
            raise ValueError(f"{self.name}: tile {name!r} added twice")
        if (canvas.w, canvas.h) != (TILE, TILE):
            raise ValueError(f"{self.name}: tile {name!r} is {canvas.w}×{canvas.h}, not 16×16")
        self.ids[name] = len(self.tiles)
        self.tiles.append(canvas)
        if solid:
            self.solid.add(self.ids[name])
        return self.ids[name]

    def add_big(self, name: str, canvas: Canvas, solid: bool = False) -> tuple[int, int]:
        """Cut a larger picture into tiles named `name@x,y` (x, y in tiles); returns its size in tiles."""
        cols, rows = canvas.w // TILE, canvas.h // TILE
        for ty in range(rows):
            for tx in range(cols):
                self.add(f"{name}@{tx},{ty}", canvas.sub(tx * TILE, ty * TILE, TILE, TILE), solid)
        return cols, rows

    def animate(self, frames: list[str], ms: int | list[int]) -> None:
        """Make the first tile an animation cycling through `frames` (Tiled `<animation>`)."""
        times = ms if isinstance(ms, list) else [ms] * len(frames)
        self.animations[self.ids[frames[0]]] = [(self.ids[f], t) for f, t in zip(frames, times, strict=True)]

    def add_anim(self, name: str, canvases: list[Canvas], ms: int | list[int]) -> int:
        """Add an animated tile: `name` is frame 0 (what maps place), frames 1.. are `name~1`, …"""
        names = [name] + [f"{name}~{i}" for i in range(1, len(canvases))]
        for n, c in zip(names, canvases, strict=True):
            self.add(n, c)
        self.animate(names, ms)
        return self.ids[name]

    def add_big_anim(self, name: str, canvases: list[Canvas], ms: int | list[int]) -> tuple[int, int]:
        """A larger animated picture (a sign, a screen): every tile cell animates in step."""
        size = self.add_big(name, canvases[0])
        for i, c in enumerate(canvases[1:], 1):
            self.add_big(f"{name}~{i}", c)
        cols, rows = size
        for ty in range(rows):
            for tx in range(cols):
                cell = f"@{tx},{ty}"
                self.animate([name + cell] + [f"{name}~{i}{cell}" for i in range(1, len(canvases))], ms)
        return size

    def has(self, name: str) -> bool:
        return name in self.ids

    def id(self, name: str) -> int:
        try:
            return self.ids[name]
        except KeyError:
            raise KeyError(f"tileset {self.name!r} has no tile {name!r}") from None

    # -- export -------------------------------------------------------------------------------
    @property
    def rows(self) -> int:
        return (len(self.tiles) + self.columns - 1) // self.columns

    def sheet(self) -> Canvas:
        out = Canvas(self.columns * TILE, self.rows * TILE)
        for i, tile in enumerate(self.tiles):
            out.grid[(i // self.columns) * TILE:(i // self.columns + 1) * TILE,
                     (i % self.columns) * TILE:(i % self.columns + 1) * TILE] = tile.grid
        return out

    def tile_rgba(self) -> list[np.ndarray]:
        return [t.rgba() for t in self.tiles]

    def write(self, png: Path, tsx: Path) -> None:
        png.parent.mkdir(parents=True, exist_ok=True)
        tsx.parent.mkdir(parents=True, exist_ok=True)
        sheet = self.sheet()
        save_png(sheet.rgba(), str(png))
        rel = Path(_relpath(png, tsx.parent))
        names = {i: n for n, i in self.ids.items()}
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<tileset version="1.10" tiledversion="1.10.2" name="{self.name}" tilewidth="{TILE}" '
            f'tileheight="{TILE}" tilecount="{len(self.tiles)}" columns="{self.columns}">',
            f' <image source="{rel.as_posix()}" width="{sheet.w}" height="{sheet.h}"/>',
        ]
        for i in range(len(self.tiles)):
            if "~" in names[i] and i not in self.animations:
                continue  # animation frames are not placed by themselves; keep the file short
            lines.append(f' <tile id="{i}">')
            lines.append("  <properties>")
            lines.append(f'   <property name="name" value={quoteattr(names[i])}/>')
            if i in self.solid:
                lines.append('   <property name="solid" type="bool" value="true"/>')
            lines.append("  </properties>")
            if i in self.animations:
                lines.append("  <animation>")
                for tid, ms in self.animations[i]:
                    lines.append(f'   <frame tileid="{tid}" duration="{ms}"/>')
                lines.append("  </animation>")
            lines.append(" </tile>")
        lines.append("</tileset>")
        tsx.write_text("\n".join(lines) + "\n", encoding="utf-8")


def save_png(array_rgba: np.ndarray, path: str) -> None:
    """Write an RGBA array as PNG through pygame (dummy video driver: no window is opened)."""
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame  # only when writing: building tiles in memory (the map tests) needs no pygame

    h, w = array_rgba.shape[:2]
    surf = pygame.image.frombuffer(np.ascontiguousarray(array_rgba).tobytes(), (w, h), "RGBA")
    pygame.image.save(surf, path)


def _relpath(target: Path, start: Path) -> str:
    import os

    return os.path.relpath(target.resolve(), start.resolve())


def is_clear(c: Canvas) -> bool:
    return bool((c.grid == CLEAR).all())

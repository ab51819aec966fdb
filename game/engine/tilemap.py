"""A Tiled map (levels/<name>.tmx) loaded with pytmx and drawn with pyscroll.

The `collision` layer is never drawn: any tile on it blocks. Objects of the `objects` group become
`MapObject`s (start, spot, npc, exit, ...). Before pytmx opens anything, the map and its tilesets are
read with the linter's own reader: every number must be sane (finite, sizes positive, at most
1000×1000 tiles) and every file they name must stay inside the project's `levels/` or `assets/`
folders; otherwise `MapError` says `levels/name.tmx:line:col: what is wrong`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame
import pyscroll
import pytmx
from pytmx.util_pygame import load_pygame

from game.levels.tmx import TmxError, number_problems, read_xml

from .assets import AssetError, Assets
from .scaling import LOGICAL

COLLISION = "collision"
SPRITE_LAYERS = ("detail", "ground")  # walkers are drawn above the first of these that exists
PEOPLE_OVER = 0.25  # walkers a little above that layer, so what lies on the floor there is drawn under them


class MapError(Exception):
    """A map that cannot be shown; the message names the file."""


@dataclass
class MapObject:
    type: str
    name: str
    rect: pygame.Rect
    props: dict[str, str]
    points: tuple[tuple[float, float], ...] = ()  # a polyline's points, in map pixels (walkers' paths)

    @property
    def point(self) -> tuple[int, int]:
        return self.rect.center


def _check_file(path: Path, assets: Assets, seen: set[Path] | None = None) -> None:
    """Refuse, naming the file, a map or tileset that is not sane XML with sane numbers, or whose
    `source=` points outside levels/ and assets/ — before pytmx allocates or opens anything."""
    seen = seen or set()
    if path in seen:
        return
    seen.add(path)
    where = _shown(path, assets)
    try:
        root = read_xml(path)
    except TmxError as exc:
        raise MapError(f"{where}:{exc.line}:{exc.col}: {exc.message}") from None
    numbers = number_problems(root)
    if numbers:
        line, col, message = numbers[0]
        raise MapError(f"{where}:{line}:{col}: {message}")
    allowed = [assets.folders["levels"], assets.folders["assets"]]
    stack = [root]
    while stack:
        el = stack.pop()
        stack.extend(el.children)
        src = el.attrs.get("source")
        if not src:
            continue
        target = (path.parent / src).resolve()
        if not any(target.is_relative_to(a) for a in allowed):
            raise MapError(f"{where}:{el.line}:{el.col}: {src} is outside the project's levels/ and assets/ folders")
        if not target.is_file():
            raise MapError(f"{where}:{el.line}:{el.col}: {src} is missing")
        if el.tag == "tileset" and target.suffix == ".tsx":
            _check_file(target, assets, seen)


def _shown(path: Path, assets: Assets) -> str:
    """`levels/garage.tmx`: the file as a designer finds it in the project."""
    for folder in ("levels", "assets"):
        base = assets.folders[folder].resolve()
        if path.resolve().is_relative_to(base):
            return f"{folder}/{path.resolve().relative_to(base).as_posix()}"
    return str(path)


class TileMap:
    def __init__(self, assets: Assets, name: str, view: tuple[int, int] = LOGICAL) -> None:
        try:
            path = assets.path(f"{name}.tmx", "levels")
        except AssetError as exc:
            raise MapError(str(exc)) from None
        if not path.is_file():
            raise MapError(f"levels/{name}.tmx is missing")
        _check_file(path, assets)
        try:
            self.tmx = load_pygame(str(path))
        except Exception as exc:  # pytmx raises many kinds (ValueError, KeyError, XML errors)
            raise MapError(f"levels/{name}.tmx cannot be loaded: {exc}") from None
        self.name = name
        self.tile = (self.tmx.tilewidth, self.tmx.tileheight)
        self.size = (self.tmx.width * self.tmx.tilewidth, self.tmx.height * self.tmx.tileheight)
        self.walls = self._walls()
        self.objects = self._objects()
        self.sprite_layer = self._sprite_layer()
        data = pyscroll.TiledMapData(self.tmx)
        # a map smaller than the screen (a garage) is drawn at its own size, centred by the caller
        self.view = (min(view[0], self.size[0]), min(view[1], self.size[1]))
        self.renderer = pyscroll.BufferedRenderer(data, self.view, clamp_camera=True)
        self.group = pyscroll.PyscrollGroup(map_layer=self.renderer, default_layer=self.sprite_layer + PEOPLE_OVER)
        self.bounds = pygame.Rect((0, 0), self.size)

    def _walls(self) -> list[pygame.Rect]:
        walls: list[pygame.Rect] = []
        tw, th = self.tile
        self.grid = [[False] * self.tmx.width for _ in range(self.tmx.height)]  # True: a blocking tile
        for layer in self.tmx.layers:
            if isinstance(layer, pytmx.TiledTileLayer) and layer.name == COLLISION:
                layer.visible = False
                for y, row in enumerate(layer.data):
                    self.grid[y] = [a or bool(g) for a, g in zip(self.grid[y], row, strict=False)]
                    run_start = None
                    for x, gid in enumerate([*row, 0]):
                        if gid and run_start is None:
                            run_start = x
                        elif not gid and run_start is not None:
                            walls.append(pygame.Rect(run_start * tw, y * th, (x - run_start) * tw, th))
                            run_start = None
        return walls

    def _objects(self) -> list[MapObject]:
        out: list[MapObject] = []
        for group in self.tmx.objectgroups:
            for obj in group:
                kind = (getattr(obj, "type", None) or getattr(obj, "class", None) or "").strip()
                w, h = int(obj.width or 0), int(obj.height or 0)
                rect = pygame.Rect(int(obj.x), int(obj.y), max(1, w), max(1, h))
                props = {str(k): str(v) for k, v in (obj.properties or {}).items()}
                points = tuple((float(p.x), float(p.y)) for p in (getattr(obj, "points", None) or ()))
                out.append(MapObject(kind, obj.name or "", rect, props, points))
        return out

    def _sprite_layer(self) -> int:
        names = [getattr(layer, "name", "") for layer in self.tmx.layers]
        for want in SPRITE_LAYERS:
            if want in names:
                return names.index(want)
        return 0

    def of_type(self, kind: str) -> list[MapObject]:
        return [o for o in self.objects if o.type == kind]

    def blocked(self, rect: pygame.Rect) -> bool:
        return not self.bounds.contains(rect) or rect.collidelist(self.walls) != -1

    def tile_of(self, pos: tuple[float, float]) -> tuple[int, int]:
        return int(pos[0] // self.tile[0]), int(pos[1] // self.tile[1])

    def tiles_of(self, rect: pygame.Rect) -> list[tuple[int, int]]:
        """The tiles a rectangle covers."""
        (x0, y0), (x1, y1) = self.tile_of(rect.topleft), self.tile_of((rect.right - 1, rect.bottom - 1))
        return [(x, y) for y in range(y0, y1 + 1) for x in range(x0, x1 + 1)]

    def foothold(self, tile: tuple[int, int]) -> tuple[float, float]:
        """Where a walker's feet stand to be on `tile`: its middle, a little low."""
        tw, th = self.tile
        return tile[0] * tw + tw / 2, tile[1] * th + th * 3 / 4

    def center(self, pos: tuple[float, float], below: int = 0, above: int = 0) -> None:
        """Look at `pos`, never past the map's edges but for `below` pixels past its bottom edge and
        `above` past its top (the caller's room for what covers that edge of the screen; black is drawn
        there: pyscroll skips tiles outside the map)."""
        top = max(0, above)
        self.renderer.map_rect = pygame.Rect(0, -top, self.size[0], self.size[1] + max(0, below) + top)
        self.group.center(pos)

    def draw(self, surface: pygame.Surface) -> None:
        self.group.draw(surface)

    def to_screen(self, pos: tuple[float, float]) -> tuple[int, int]:
        """A map position in logical screen pixels (for labels over spots)."""
        return self.renderer.translate_point(pos)

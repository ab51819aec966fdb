"""Footsteps: a step sound as the lead walks, by the floor under her feet.

What each floor sounds like is data, `levels/floors.yaml` beside the maps: a tile's name (its `name`
property in the tileset) gives its floor kind, else the map's kind does, and each kind names the
effect it plays. The stride is read from the walker's own walking clock, so steps keep time with the
drawn walk and stop the moment she does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import yaml

if TYPE_CHECKING:
    from .assets import Assets
    from .audio import Audio
    from .tilemap import TileMap

log = logging.getLogger(__name__)

TABLE = "floors.yaml"  # under levels/
STRIDE = 0.28  # seconds of walking between two footsteps
LAYERS = ("detail", "ground")  # a rug on the detail layer is walked on before the boards under it


class Walking(Protocol):
    """Someone on the map (walking.Body): where their feet are, and how long they have walked."""

    pos: Any
    moving: bool
    t: float


@dataclass
class Floors:
    """The table of floors: tile-name prefixes and maps to floor kinds, kinds to effects."""

    tiles: list[tuple[str, str]] = field(default_factory=list)  # (prefix, kind), the longest first
    maps: dict[str, str] = field(default_factory=dict)
    sounds: dict[str, str] = field(default_factory=dict)
    default: str = ""

    @classmethod
    def load(cls, assets: Assets) -> Floors:
        """The table beside the maps; an empty one (silent steps) if it is missing or unreadable."""
        try:
            data = yaml.safe_load(assets.path(TABLE, "levels").read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except Exception as exc:  # noqa: BLE001 - a bad table means silent steps, never a crash
            log.info("levels/%s cannot be read (%s): footsteps are silent", TABLE, exc)
            return cls()
        if not isinstance(data, dict):
            return cls()
        tiles = sorted(_pairs(data.get("tiles")).items(), key=lambda kv: -len(kv[0]))
        return cls(tiles, _pairs(data.get("maps")), _pairs(data.get("sounds")), str(data.get("default") or ""))

    def of_tile(self, name: str) -> str | None:
        return next((kind for prefix, kind in self.tiles if name.startswith(prefix)), None)

    def kind(self, tm: TileMap, pos: tuple[float, float]) -> str:
        """The floor kind at `pos` on the map: its tile's, else the map's, else the default."""
        for name in _tile_names(tm, pos):
            kind = self.of_tile(name)
            if kind:
                return kind
        own = (getattr(tm.tmx, "properties", None) or {}).get("floor")
        return str(own) if own else self.maps.get(tm.name, self.default)

    def sound(self, tm: TileMap, pos: tuple[float, float]) -> str | None:
        return self.sounds.get(self.kind(tm, pos))


def _pairs(raw: object) -> dict[str, str]:
    return {str(k): str(v) for k, v in raw.items() if v} if isinstance(raw, dict) else {}


def _tile_names(tm: TileMap, pos: tuple[float, float]) -> list[str]:
    """The names of the tiles at `pos`, on the detail layer first, then the ground."""
    x, y = tm.tile_of(pos)
    tmx = tm.tmx
    if not (0 <= x < tmx.width and 0 <= y < tmx.height):
        return []
    layers = [getattr(layer, "name", "") for layer in tmx.layers]
    names = []
    for want in LAYERS:
        if want not in layers:
            continue
        try:
            props = tmx.get_tile_properties(x, y, layers.index(want)) or {}
        except (ValueError, IndexError, TypeError, AttributeError):
            continue
        if props.get("name"):
            names.append(str(props["name"]))
    return names


class Footsteps:
    """Plays a footstep each stride while the walker moves."""

    def __init__(self, audio: Audio, floors: Floors) -> None:
        self.audio = audio
        self.floors = floors
        self.strides = -1  # the stride count of the last step played

    def update(self, walker: Walking | None, tm: TileMap | None) -> str | None:
        """The step played this frame, if one was."""
        if walker is None or tm is None or not walker.moving:
            self.strides = -1
            return None
        n = int(walker.t / STRIDE)
        if n == self.strides:
            return None
        first = self.strides < 0
        self.strides = n
        if first and walker.t % STRIDE > STRIDE / 2:
            return None  # setting off again mid-stride: the next foot down makes the sound
        name = self.floors.sound(tm, (walker.pos[0], walker.pos[1]))
        if name:
            self.audio.play(name)
        return name

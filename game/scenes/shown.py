"""Flames over a map's fire lights, drawn only while that light is on.

A `light` object may name a tile in its `flames` property (the backyard's `house_fire_*` name
`housefire`): while a direction has the object's kind of light on, that tile's animation is drawn
over every cell of the object's box. So the house behind the yard burns only the night the story
says so; on the quiet evenings before, the same map shows no fire. Each cell starts the animation
at its own frame, so a row of flames does not move in step; the tile's own frames are slow and
equally bright (`tools/world/tiles_wreck.py`), and under reduce motion they hold still.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.engine.tilemap import TileMap

MIN_HOLD = 0.17  # seconds: no flame frame is shown for less, whatever the tileset says


@dataclass(frozen=True)
class Flames:
    """One box of flames: where (map pixels), which light it belongs to, and its tile's frames."""

    box: pygame.Rect
    kind: str
    frames: tuple[pygame.Surface, ...]
    holds: tuple[float, ...]  # seconds each frame is shown

    def frame(self, t: float, cell: int) -> pygame.Surface:
        """The frame a cell shows at time `t`, its cycle started `cell` frames on."""
        cycle = sum(self.holds)
        at = (t + cell * cycle / len(self.frames)) % cycle
        for img, hold in zip(self.frames, self.holds, strict=True):
            if at < hold:
                return img
            at -= hold
        return self.frames[-1]


def _tile_frames(tm: TileMap, name: str) -> tuple[tuple[pygame.Surface, ...], tuple[float, ...]] | None:
    """The frames of the map's tile called `name` (its tileset's `name` property), and their holds."""
    tmx = tm.tmx
    for gid, props in tmx.tile_properties.items():
        if props.get("name") != name:
            continue
        frames = props.get("frames") or []
        if not frames:
            img = tmx.get_tile_image_by_gid(gid)
            return ((img,), (1.0,)) if img is not None else None
        images = tuple(tmx.get_tile_image_by_gid(f.gid) for f in frames)
        if any(i is None for i in images):
            return None
        return images, tuple(max(MIN_HOLD, f.duration / 1000) for f in frames)  # type: ignore[return-value]
    return None


def of_map(tm: TileMap) -> tuple[Flames, ...]:
    """The map's boxes of flames, read once per map."""
    cached = getattr(tm, "_flames", None)
    if cached is None:
        out = []
        for o in tm.of_type("light"):
            tile = o.props.get("flames", "")
            got = _tile_frames(tm, tile) if tile else None
            if got is not None:
                out.append(Flames(pygame.Rect(o.rect), o.props.get("kind", "lamps"), *got))
        cached = tuple(out)
        tm._flames = cached  # type: ignore[attr-defined]
    return cached


def draw(surf: pygame.Surface, tm: TileMap, origin: tuple[int, int], view: pygame.Rect,
         lights: tuple[str, ...], t: float, reduce: bool) -> None:
    """Draw the flames of the lights that are on, the map's (0, 0) at `origin` on screen."""
    boxes = [f for f in of_map(tm) if f.kind in lights]
    if not boxes:
        return
    tw, th = tm.tile
    clip = surf.get_clip()
    surf.set_clip(view)
    for f in boxes:
        for y in range(f.box.top, f.box.bottom, th):
            for x in range(f.box.left, f.box.right, tw):
                cell = x // tw + 3 * (y // th)
                img = f.frames[cell % len(f.frames)] if reduce else f.frame(t, cell)
                surf.blit(img, (x + origin[0], y + origin[1]))
    surf.set_clip(clip)

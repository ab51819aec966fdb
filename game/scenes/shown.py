"""What a light shows over its box while it is on: the burning house's flames, the launch hall's
screens with Mai's scowling face, the hologram of Pin over its stage.

A `light` object may name in its `shows` property a tile of the map's tilesets (the backyard's
`house_fire_*` show `housefire`) or a portrait (`portrait:mai_angry`, with an optional `caption`
along the screen's foot). While a direction has the object's kind of light on, that is drawn over
the object's box, and not otherwise: the house burns only the night the story says so, and Mai's
face is on the screens only once the promo camera has put it there. A tile fills every cell of the
box, each cell starting its animation at its own frame so a row of flames does not move in step;
a tile's own frames are slow and equally bright (`tools/world/tiles_wreck.py`), held at least
`MIN_HOLD`, and still under reduce motion. A `hologram:<tile>` is a big tile added to the frame as
light once the frame is lit (`projected.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.engine.theme import PALETTE

from . import projected

if TYPE_CHECKING:
    from game.engine.assets import Assets
    from game.engine.text import TextRenderer
    from game.engine.tilemap import TileMap

MIN_HOLD = 0.17  # seconds: no frame is shown for less, whatever the tileset says
PORTRAIT = "portrait:"
CAPTION_PX = 8
SCAN = (170, 170, 190)  # every other row of a screen picture, dimmed to this: scan lines


@dataclass(frozen=True)
class Shown:
    """One box: where (map pixels), which light it belongs to, and its frames (one for a picture)."""

    box: pygame.Rect
    kind: str
    frames: tuple[pygame.Surface, ...]
    holds: tuple[float, ...]  # seconds each frame is shown
    picture: bool = False  # one picture over the whole box, not a tile in every cell
    light: bool = False  # a hologram: added to the frame after the lighting (`projected.py`)

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


def screen_picture(assets: Assets, text: TextRenderer | None, name: str, caption: str,
                   size: tuple[int, int]) -> pygame.Surface | None:
    """A portrait (`assets/portraits/<name>.png`) as a big screen shows it: scaled to the screen's
    height above its caption, on the screen's dark, with scan lines over it."""
    rel = f"portraits/{name}.png"
    if not assets.exists(rel) or size[0] < 8 or size[1] < 8:
        return None
    w, h = size
    band = CAPTION_PX + 4 if caption and text is not None else 0
    out = pygame.Surface(size)
    out.fill(PALETTE["ink"])
    face = assets.image(rel)
    side = h - band - 2
    face = pygame.transform.scale(face, (side * face.get_width() // face.get_height(), side))
    out.blit(face, ((w - face.get_width()) // 2, 1))
    if band and text is not None:
        words = text.font(CAPTION_PX).render(caption, PALETTE["neon_yellow"])
        if words.get_width() > w - 4:
            words = pygame.transform.scale(words, (w - 4, words.get_height()))
        out.fill(PALETTE["blood"], (0, h - band, w, band))
        out.blit(words, ((w - words.get_width()) // 2, h - band + (band - words.get_height()) // 2))
    for y in range(0, h, 2):  # scan lines: a screen, not a window
        out.fill(SCAN, (0, y, w, 1), special_flags=pygame.BLEND_RGB_MULT)
    out.fill(PALETTE["neon_cyan"], (0, 0, w, 1))
    return out


def of_map(tm: TileMap, assets: Assets | None = None, text: TextRenderer | None = None) -> tuple[Shown, ...]:
    """The map's boxes that show something while lit, read once per map."""
    cached = getattr(tm, "_shown", None)
    if cached is None:
        out = []
        for o in tm.of_type("light"):
            what, kind = o.props.get("shows", ""), o.props.get("kind", "lamps")
            if what.startswith(PORTRAIT):
                pic = screen_picture(assets, text, what[len(PORTRAIT):], o.props.get("caption", ""),
                                     o.rect.size) if assets is not None else None
                if pic is not None:
                    out.append(Shown(pygame.Rect(o.rect), kind, (pic,), (1.0,), picture=True))
                continue
            if what.startswith(projected.PREFIX):
                holo = projected.picture(tm, what[len(projected.PREFIX):])
                if holo is not None:
                    out.append(Shown(pygame.Rect(o.rect), kind, (holo,), (1.0,), picture=True, light=True))
                continue
            got = _tile_frames(tm, what) if what else None
            if got is not None:
                out.append(Shown(pygame.Rect(o.rect), kind, *got))
        cached = tuple(out)
        tm._shown = cached  # type: ignore[attr-defined]
    return cached


def draw(surf: pygame.Surface, tm: TileMap, origin: tuple[int, int], view: pygame.Rect,
         lights: tuple[str, ...], t: float, reduce: bool, assets: Assets | None = None,
         text: TextRenderer | None = None) -> None:
    """Draw what the lights that are on show, the map's (0, 0) at `origin` on screen."""
    boxes = [s for s in of_map(tm, assets, text) if s.kind in lights and not s.light]
    if not boxes:
        return
    tw, th = tm.tile
    clip = surf.get_clip()
    surf.set_clip(view)
    for s in boxes:
        if s.picture:
            surf.blit(s.frames[0], (s.box.x + origin[0], s.box.y + origin[1]))
            continue
        for y in range(s.box.top, s.box.bottom, th):
            for x in range(s.box.left, s.box.right, tw):
                cell = x // tw + 3 * (y // th)
                img = s.frames[cell % len(s.frames)] if reduce else s.frame(t, cell)
                surf.blit(img, (x + origin[0], y + origin[1]))
    surf.set_clip(clip)


def draw_light(surf: pygame.Surface, tm: TileMap, origin: tuple[int, int], view: pygame.Rect,
               lights: tuple[str, ...], t: float, reduce: bool) -> None:
    """Add the holograms of the lights that are on, once the frame is lit: they are light themselves."""
    boxes = [s for s in of_map(tm) if s.light and s.kind in lights]
    if not boxes:
        return
    clip = surf.get_clip()
    surf.set_clip(view)
    for s in boxes:
        projected.draw(surf, s.frames[0], s.box, origin, t, reduce)
    surf.set_clip(clip)

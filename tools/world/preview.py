"""Pictures of what we made: whole-map previews with objects outlined and labelled, and sprite sheets.

The previews are for people (the README, a designer checking a change, a review), not for the game,
so their labels may use any colour; the map pixels under them are the real tiles.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from tools.world.tileset import TILE
from tools.world.tmxwrite import MapData

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
import pygame  # noqa: E402

OBJECT_COLOURS = {"start": (255, 255, 255), "entry": (170, 240, 70), "exit": (255, 220, 80),
                  "spot": (64, 232, 240), "npc": (255, 72, 160), "walker": (250, 140, 50)}


def render_layers(m: MapData, layers: tuple[str, ...] = ("ground", "detail", "above")) -> np.ndarray:
    """Composite the tile layers into one RGB array (frame 0 of every animation)."""
    tiles = {ts.name: ts.tile_rgba() for ts in m.sets}
    ids = {ts.name: ts for ts in m.sets}
    out = np.zeros((m.height * TILE, m.width * TILE, 3), dtype=np.uint8)
    out[:] = (12, 10, 24)
    for layer in layers:
        for y, row in enumerate(m.layers[layer]):
            for x, ref in enumerate(row):
                if ref is None:
                    continue
                rgba = tiles[ref[0]][ids[ref[0]].id(ref[1])]
                mask = rgba[:, :, 3] > 0
                dst = out[y * TILE:(y + 1) * TILE, x * TILE:(x + 1) * TILE]
                dst[mask] = rgba[:, :, :3][mask]
    return out


def _surface(rgb: np.ndarray) -> pygame.Surface:
    return pygame.surfarray.make_surface(np.ascontiguousarray(rgb.transpose(1, 0, 2)))


def _people(m: MapData, rgb: np.ndarray, sprites: dict[str, tuple[np.ndarray, tuple[int, int]]]) -> None:
    """Stand each person on the map (first frame, facing down) so a preview looks like the game."""
    for o in sorted(m.objects, key=lambda o: o.y):
        if o.type not in ("npc", "walker") or o.props.get("sprite") not in sprites:
            continue
        sheet, (w, h) = sprites[o.props["sprite"]]
        frame = sheet[0:h, 0:w]
        x0, y0 = int(o.x) - w // 2, int(o.y) + 6 - h
        for j in range(h):
            for i in range(w):
                y, x = y0 + j, x0 + i
                if frame[j, i, 3] and 0 <= y < rgb.shape[0] and 0 <= x < rgb.shape[1]:
                    rgb[y, x] = frame[j, i, :3]


def save_map_preview(m: MapData, path: Path, scale: int = 1, labels: bool = True,
                     collision: bool = False,
                     sprites: dict[str, tuple[np.ndarray, tuple[int, int]]] | None = None) -> None:
    """The whole map with its people; spots, exits and entries outlined and labelled."""
    pygame.font.init()
    rgb = render_layers(m)
    if sprites:
        _people(m, rgb, sprites)
    surf = _surface(rgb)
    if collision:
        shade = pygame.Surface((TILE, TILE), pygame.SRCALPHA)
        shade.fill((220, 40, 50, 90))
        for y, row in enumerate(m.layers["collision"]):
            for x, ref in enumerate(row):
                if ref is not None:
                    surf.blit(shade, (x * TILE, y * TILE))
    if scale != 1:
        surf = pygame.transform.scale_by(surf, scale)
    if labels:
        font = pygame.font.Font(None, 14 * scale if scale > 1 else 14)
        for o in m.objects:
            if o.type == "light":
                continue  # worked out from the lamp and sign tiles the preview already shows
            if sprites and o.type in ("npc", "walker"):
                if o.polyline:
                    pts = [((o.x + px) * scale, (o.y + py) * scale) for px, py in o.polyline]
                    pygame.draw.lines(surf, OBJECT_COLOURS["walker"], False, pts, 1)
                continue
            col = OBJECT_COLOURS.get(o.type, (255, 255, 255))
            x, y = o.x * scale, o.y * scale
            if o.polyline:
                pts = [(x + px * scale, y + py * scale) for px, py in o.polyline]
                pygame.draw.lines(surf, col, False, pts, 2)
                pygame.draw.circle(surf, col, (int(x), int(y)), 3 * scale)
            elif o.point:
                pygame.draw.circle(surf, col, (int(x), int(y)), 4 * scale, 2)
            else:
                pygame.draw.rect(surf, col, pygame.Rect(x, y, o.w * scale, o.h * scale), 2)
            label = o.props.get("node") or o.props.get("to") or o.props.get("sprite") or o.name
            text = font.render(f"{o.type}:{label}" if o.type not in ("npc", "walker") else label, True, col)
            back = pygame.Surface((text.get_width() + 2, text.get_height()))
            back.fill((0, 0, 0))
            back.set_alpha(170)
            surf.blit(back, (x + 2, y - text.get_height() - 1))
            surf.blit(text, (x + 3, y - text.get_height() - 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surf, str(path))


def save_scaled(rgba: np.ndarray, path: Path, scale: int, background: tuple[int, int, int] = (40, 36, 84)) -> None:
    """An RGBA picture blown up by a whole number on a plain background (contact sheets)."""
    h, w = rgba.shape[:2]
    base = np.zeros((h, w, 3), dtype=np.uint8)
    base[:] = background
    mask = rgba[:, :, 3] > 0
    base[mask] = rgba[:, :, :3][mask]
    surf = pygame.transform.scale_by(_surface(base), scale)
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surf, str(path))

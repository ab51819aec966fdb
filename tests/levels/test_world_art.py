"""The world's pictures keep to the rules: every pixel is a palette colour (or clear), sheets have the
sizes `sprites.json` promises, tilesets match their Tiled files, and animations point at real tiles."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from xml.etree import ElementTree

import numpy as np
import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
pygame = pytest.importorskip("pygame")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tools.palette import COLOURS  # noqa: E402

SPRITES = ROOT / "assets" / "sprites"
TILES = ROOT / "assets" / "tiles"
META = json.loads((SPRITES / "sprites.json").read_text())
IDS = ["mai", "7723", "molly", "momo", "rice", "pin", "ares", "ani", "greenwood", "qbot", "police", "alfredo",
       "crowd_a", "crowd_b", "crowd_c"]
FRAME = {"momo": (16, 16), "qbot": (16, 16), "alfredo": (16, 16), "7723": (32, 48), "ares": (64, 96),
         "police": (24, 32)}


def pixels(path: Path) -> np.ndarray:
    surf = pygame.image.load(str(path))
    rgb = pygame.surfarray.array3d(surf).transpose(1, 0, 2)
    alpha = pygame.surfarray.array_alpha(surf).T
    return np.dstack([rgb, alpha])


@pytest.mark.parametrize("path", sorted(TILES.glob("*.png")) + sorted(SPRITES.glob("*.png")), ids=lambda p: p.name)
def test_only_palette_colours(path: Path) -> None:
    px = pixels(path)
    assert set(np.unique(px[:, :, 3])) <= {0, 255}, "pixels are either clear or solid"
    solid = px[px[:, :, 3] == 255][:, :3]
    used = {tuple(int(v) for v in c) for c in np.unique(solid, axis=0)}
    assert used <= set(COLOURS), sorted(used - set(COLOURS))[:5]


@pytest.mark.parametrize("name", IDS)
def test_sprite_sheets(name: str) -> None:
    w, h = FRAME.get(name, (16, 32))
    assert META[name] == {"frame": [w, h], "frames": 4, "rows": ["down", "left", "right", "up"]}
    px = pixels(SPRITES / f"{name}.png")
    assert px.shape[:2] == (h * 4, w * 4)
    frames = [px[r * h:(r + 1) * h, f * w:(f + 1) * w, 3] for r in range(4) for f in range(4)]
    assert all(fr.any() for fr in frames), "no empty frame"
    for r in range(4):  # a walk cycle moves: the stepping frames differ from standing
        assert not np.array_equal(px[r * h:(r + 1) * h, 0:w], px[r * h:(r + 1) * h, w:2 * w])


@pytest.mark.parametrize("tsx", sorted((ROOT / "levels" / "tilesets").glob("*.tsx")), ids=lambda p: p.name)
def test_tilesets_match_their_pictures(tsx: Path) -> None:
    root = ElementTree.parse(tsx).getroot()
    image = root.find("image")
    png = (tsx.parent / image.get("source")).resolve()
    assert png.parent == TILES.resolve() and png.is_file()
    px = pixels(png)
    assert px.shape[1] == int(image.get("width")) and px.shape[0] == int(image.get("height"))
    count = int(root.get("tilecount"))
    assert count <= (px.shape[1] // 16) * (px.shape[0] // 16)
    animated = 0
    for tile in root.iter("tile"):
        anim = tile.find("animation")
        if anim is not None:
            animated += 1
            ids = [int(f.get("tileid")) for f in anim.iter("frame")]
            assert len(ids) >= 2 and all(0 <= i < count for i in ids)
    if root.get("name") != "collision":
        assert animated >= 1, "the city always moves a little"


def test_assets_stay_small() -> None:
    total = sum(p.stat().st_size for p in (ROOT / "assets").rglob("*") if p.is_file())
    assert total < 40 * 1024 * 1024

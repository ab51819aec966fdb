"""The game's art: every picture the window code loads exists, has its size, uses only the palette,
and `tools/make_art.py` rebuilds exactly the committed bytes."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import pygame  # noqa: E402
import pytest  # noqa: E402
import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
sys.path.insert(0, str(ROOT))

from game.scenes.pictures import MOOD_COLORS  # noqa: E402
from tools.palette import PALETTE  # noqa: E402

IDS = ["mai", "7723", "molly", "momo", "rice", "pin", "ares", "ani", "greenwood", "qbot", "police", "alfredo"]
FACES = ["neutral", "happy", "angry", "sad"]
MOODS = ["wonder", "resolve", "fear", "loneliness", "warmth", "comedy", "joy", "wild_joy", "peace",
         "tenderness", "belonging", "pride", "pride_and_hurt", "devotion", "repair", "grief", "relief",
         "silly", "comfort", "default"]
MEMORIES = ["first_face", "backpack", "sirens", "broken_sky", "returned", "bleep", "payback", "noodle_punk",
            "rooftop", "kickabout", "she_asked", "refusal", "promise", "taken", "down_here", "rices_truth",
            "molly_holds_mai", "claw_machine", "rain"]
NINE_SLICE = ["panel.png", "panel_light.png", "nameplate.png", "button.png", "button_focus.png"]
GLOW = {"ui/card_glow.png"}

EXPECTED: dict[str, tuple[int, int]] = {
    **{f"portraits/{i}_{f}.png": (96, 96) for i in IDS for f in FACES},
    **{f"ui/mood_{m}.png": (16, 16) for m in MOODS},
    **{f"ui/memories/{m}.png": (96, 64) for m in MEMORIES},
    **{f"ui/slot_{k}.png": (16, 16) for k in ("empty", "full", "weapon", "new")},
    "ui/weight_pip.png": (8, 8),
    "ui/card.png": (112, 144),
    "ui/gap.png": (112, 144),
    "ui/card_glow.png": (144, 176),
    "title/title.png": (640, 360),
    "title/logo.png": (320, 96),
}
LOOSE_SIZE = [f"ui/{n}" for n in NINE_SLICE] + ["ui/cursor.png", "ui/arrow_next.png"]
PALETTE_RGB = {tuple(v) for v in PALETTE.values()}


def pixels(rel: str) -> np.ndarray:
    """RGBA pixels as pygame loads them, the way the game will."""
    surf = pygame.image.load(str(ASSETS / rel))
    rgb = pygame.surfarray.array3d(surf).transpose(1, 0, 2)
    alpha = pygame.surfarray.array_alpha(surf).transpose(1, 0)
    return np.dstack([rgb, alpha])


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_picture_exists_with_its_size(rel: str) -> None:
    surf = pygame.image.load(str(ASSETS / rel))
    assert surf.get_size() == EXPECTED[rel], rel


@pytest.mark.parametrize("rel", sorted(set(EXPECTED) | set(LOOSE_SIZE)))
def test_only_palette_colours(rel: str) -> None:
    px = pixels(rel)
    a = px[..., 3]
    if rel in GLOW:
        # a premultiplied glow: every pixel a palette colour scaled by its own alpha
        assert a.max() > 0
        return
    assert set(np.unique(a).tolist()) <= {0, 255}, f"{rel}: partial transparency"
    used = {tuple(int(v) for v in p) for p in px[a == 255][:, :3]}
    stray = used - PALETTE_RGB
    assert not stray, f"{rel}: colours outside the palette: {sorted(stray)[:5]}"


def test_glow_is_premultiplied_palette_colour() -> None:
    px = pixels("ui/card_glow.png").astype(np.int32)
    lit = px[..., 3] > 0
    cyan = np.array(PALETTE["neon_cyan"])
    expected = np.round(cyan[None, :] * (px[lit][:, 3:4] / 255.0))
    assert np.abs(px[lit][:, :3] - expected).max() <= 1


def test_portraits_have_transparent_background() -> None:
    for i in IDS:
        for f in FACES:
            px = pixels(f"portraits/{i}_{f}.png")
            assert px[0, 0, 3] == 0 and px[0, -1, 3] == 0, f"{i}_{f}: opaque corner"
            assert (px[..., 3] == 255).mean() > 0.3, f"{i}_{f}: nearly empty"


def test_faces_differ() -> None:
    for i in IDS:
        seen = {pixels(f"portraits/{i}_{f}.png").tobytes() for f in FACES}
        assert len(seen) == 4, f"{i}: two faces are identical"


def test_memories_are_hologram_blues_with_one_accent() -> None:
    ramp = {tuple(PALETTE[n]) for n in ("ink", "night", "deep_blue", "bot_blue", "holo", "white")}
    for m in MEMORIES:
        px = pixels(f"ui/memories/{m}.png")
        assert (px[..., 3] == 255).all(), f"{m}: a hologram picture is opaque"
        used = {tuple(int(v) for v in p) for p in px.reshape(-1, 4)[:, :3]}
        assert len(used - ramp) <= 1, f"{m}: more than one accent colour"


def test_ui_json_describes_the_nine_slices() -> None:
    layout = json.loads((ASSETS / "ui" / "ui.json").read_text(encoding="utf-8"))
    for name in NINE_SLICE:
        s = layout[name]["slice"]
        w, h = pygame.image.load(str(ASSETS / "ui" / name)).get_size()
        assert 0 < s and 2 * s < min(w, h), name
        # edges stretch: every column of the top edge between the corners is the same
        px = pixels(f"ui/{name}")
        top = px[:s, s : w - s]
        assert (top == top[:, :1]).all(), f"{name}: top edge is not uniform"
        left = px[s : h - s, :s]
        assert (left == left[:1, :]).all(), f"{name}: left edge is not uniform"
    x, y, w, h = layout["card.png"]["picture"]
    assert (w, h) == (96, 64) and x + w <= 112 and y + h <= 144


def test_make_art_is_deterministic_and_committed(tmp_path: Path) -> None:
    """Two runs give the same bytes, and they are the bytes in assets/ (no stale art)."""
    outs = []
    for n in (1, 2):
        out = tmp_path / f"run{n}"
        subprocess.run([sys.executable, str(ROOT / "tools" / "make_art.py"), "--out", str(out)], check=True,
                       capture_output=True)
        outs.append(out)
    files = sorted(p.relative_to(outs[0]) for p in outs[0].rglob("*") if p.is_file())
    assert len(files) >= len(EXPECTED) + len(LOOSE_SIZE)
    for rel in files:
        a = (outs[0] / rel).read_bytes()
        assert a == (outs[1] / rel).read_bytes(), f"{rel} differs between runs"
        assert a == (ASSETS / rel).read_bytes(), f"{rel} is stale: run python tools/make_art.py"


def test_every_mood_a_memory_carries_has_its_own_icon_and_colour() -> None:
    """A memory's mood picks its card's icon and colour; one without them would silently fall back
    to the plain chip and the hologram blue."""
    memories = yaml.safe_load((ROOT / "story" / "memories.yaml").read_text(encoding="utf-8"))
    for mid, memory in memories.items():
        mood = memory["mood"]
        assert (ROOT / "assets" / "ui" / f"mood_{mood}.png").is_file(), (mid, mood)
        assert mood in MOOD_COLORS, (mid, mood)

"""Pictures the scenes draw that come from art files, each with a drawn stand-in.

Portraits (`assets/portraits/<speaker>_<face>.png`, 96×96), memory pictures
(`assets/ui/memories/<id>.png`) and mood icons (`assets/ui/mood_<mood>.png`). A face that is not
drawn falls back to the speaker's neutral face, then to a silhouette in their colour.
"""

from __future__ import annotations

import random

import pygame

from game.engine.assets import Assets
from game.engine.theme import PALETTE, Color

PORTRAIT = (96, 96)

MOOD_COLORS: dict[str, str] = {
    "wonder": "holo", "resolve": "bot_blue", "fear": "ares_red", "loneliness": "steel", "warmth": "lamp",
    "comedy": "orange", "joy": "neon_yellow", "silly": "neon_lime", "peace": "teal",
    "tenderness": "neon_pink", "wild_joy": "neon_yellow", "comfort": "cream", "belonging": "magenta",
    "pride": "neon_cyan", "pride_and_hurt": "neon_cyan", "devotion": "neon_pink", "grief": "dusk",
    "relief": "green", "repair": "lamp",
}


def mood_color(mood: str) -> Color:
    return PALETTE[MOOD_COLORS.get(mood, "holo")]


def portrait(assets: Assets, speaker: str, face: str, color: Color) -> pygame.Surface:
    face = face or "neutral"
    for name in (f"portraits/{speaker}_{face}.png", f"portraits/{speaker}_neutral.png"):
        if assets.exists(name):
            return assets.image_or(name, lambda: _silhouette(color))
    return assets.image_or(f"portraits/{speaker}_{face}.png", lambda: _silhouette(color))


def _silhouette(color: Color) -> pygame.Surface:
    s = pygame.Surface(PORTRAIT, pygame.SRCALPHA)
    s.fill((*PALETTE["ink"], 255))
    pygame.draw.circle(s, PALETTE["night"], (48, 48), 46)
    pygame.draw.ellipse(s, color, (18, 62, 60, 50))
    pygame.draw.circle(s, color, (48, 40), 20)
    pygame.draw.rect(s, PALETTE["neon_cyan"], s.get_rect(), 1)
    return s


def memory_picture(assets: Assets, memory: str, mood: str, size: tuple[int, int] = (96, 64)) -> pygame.Surface:
    """What the memory shows; until it is drawn, a hologram of soft shapes in the mood's colour."""

    def drawn() -> pygame.Surface:
        rng = random.Random(memory)
        s = pygame.Surface(size)
        c = mood_color(mood)
        s.fill(PALETTE["ink"])
        for y in range(size[1]):
            k = y / size[1]
            row = tuple(int(PALETTE["night"][i] * (1 - k) + c[i] * 0.35 * k) for i in range(3))
            s.fill(row, (0, y, size[0], 1))
        for _ in range(5):
            r = rng.randint(6, 18)
            pos = (rng.randint(8, size[0] - 8), rng.randint(10, size[1] - 6))
            pygame.draw.circle(s, tuple(min(255, int(v * 0.6)) for v in c), pos, r)
            pygame.draw.circle(s, c, pos, r, 1)
        for y in range(0, size[1], 3):
            s.fill(PALETTE["ink"], (0, y, size[0], 1), special_flags=pygame.BLEND_RGB_MIN)
        return s

    img = assets.image_or(f"ui/memories/{memory}.png", drawn)
    if img.get_size() != size:
        img = pygame.transform.scale(img, size)
    return img


def mood_icon(assets: Assets, mood: str) -> pygame.Surface:
    def drawn() -> pygame.Surface:
        s = pygame.Surface((16, 16), pygame.SRCALPHA)
        pygame.draw.circle(s, mood_color(mood), (8, 8), 6)
        pygame.draw.circle(s, PALETTE["ink"], (8, 8), 6, 1)
        return s

    name = f"ui/mood_{mood}.png"
    if not assets.exists(name) and assets.exists("ui/mood_default.png"):
        name = "ui/mood_default.png"
    return assets.image_or(name, drawn)


def painted_backdrop(key: str, size: tuple[int, int] = (640, 360)) -> pygame.Surface:
    """A night skyline: gradient sky, two layers of towers with lit windows, neon signs."""
    rng = random.Random(key)
    w, h = size
    s = pygame.Surface(size)
    top, bottom = PALETTE["ink"], PALETTE["dusk"]
    for y in range(h):
        k = y / h
        s.fill(tuple(int(top[i] * (1 - k) + bottom[i] * k) for i in range(3)), (0, y, w, 1))
    for _ in range(40):
        s.fill(PALETTE["mist"], (rng.randrange(w), rng.randrange(h // 2), 1, 1))
    for layer, (color, win, base) in enumerate(((PALETTE["indigo"], PALETTE["dusk"], 120),
                                                (PALETTE["night"], PALETTE["lamp"], 170))):
        x = -rng.randint(0, 30)
        while x < w:
            bw = rng.randint(36, 80)
            bh = rng.randint(base, base + 130)
            r = pygame.Rect(x, h - bh, bw, bh)
            pygame.draw.rect(s, color, r)
            for wy in range(r.y + 8, h - 8, 10):
                for wx in range(r.x + 5, r.right - 6, 8):
                    if rng.random() < (0.22 if layer else 0.12):
                        s.fill(win if layer else PALETTE["steel"], (wx, wy, 3, 4))
            if layer and rng.random() < 0.35:
                neon = rng.choice((PALETTE["neon_pink"], PALETTE["neon_cyan"], PALETTE["neon_lime"]))
                sign = pygame.Rect(r.x + 6, r.y + 12, max(8, bw - 12), 6)
                pygame.draw.rect(s, neon, sign, 1)
            x += bw + rng.randint(2, 10)
    s.fill(PALETTE["ink"], (0, h - 18, w, 18))
    return s

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
    "comedy": "orange", "joy": "neon_yellow", "silly": "neon_lime", "peace": "teal", "tenderness": "neon_pink",
    "comfort": "cream", "belonging": "magenta", "pride": "neon_cyan", "devotion": "neon_pink",
    "grief": "dusk", "relief": "green", "repair": "lamp",
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

"""A memory coming apart: the card breaks into small squares that drift up and out and go dark.

Drawn in code from the card's own picture, so every memory dissolves into its own colours. The
squares leave one by one, from the picture's edges inwards, each fading as it drifts: no square ever
brightens, so nothing flashes. Under reduce motion the card simply fades, slowly, where it lies.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pygame

BLOCK = 4  # the squares the card breaks into, in logical pixels


@dataclass(frozen=True)
class Piece:
    img: pygame.Surface
    at: tuple[int, int]  # where it sits on the card
    drift: tuple[float, float]  # how far it goes by the time it is gone
    start: float  # when (0..1 of the dissolve) it lets go


def pieces(card: pygame.Surface, seed: str) -> list[Piece]:
    """The card cut into squares, each with its own drift and moment to let go."""
    rng = random.Random(seed)
    w, h = card.get_size()
    cx, cy = w / 2, h / 2
    far = (cx * cx + cy * cy) ** 0.5
    out = []
    for y in range(0, h, BLOCK):
        for x in range(0, w, BLOCK):
            img = card.subsurface((x, y, min(BLOCK, w - x), min(BLOCK, h - y))).copy()
            dx, dy = x + BLOCK / 2 - cx, y + BLOCK / 2 - cy
            edge = ((dx * dx + dy * dy) ** 0.5) / far  # the edges go first
            start = max(0.0, min(0.6, 0.6 * (1 - edge) + rng.uniform(-0.12, 0.12)))
            drift = (dx * 0.35 + rng.uniform(-10, 10), -rng.uniform(18, 46))
            out.append(Piece(img, (x, y), drift, start))
    return out


class Dissolve:
    """Cuts each card once and draws it `k` (0..1) of the way gone."""

    def __init__(self) -> None:
        self._cut: dict[str, list[Piece]] = {}

    def draw(self, surf: pygame.Surface, key: str, card: pygame.Surface, pos: tuple[int, int], k: float,
             reduce: bool) -> None:
        if k <= 0:
            surf.blit(card, pos)
            return
        if reduce:  # a plain slow fade
            img = card.copy()
            img.set_alpha(int(255 * max(0.0, 1 - k)))
            surf.blit(img, pos)
            return
        cut = self._cut.get(key)
        if cut is None:
            cut = self._cut[key] = pieces(card, key)
        for p in cut:
            e = (k - p.start) / (1 - p.start)
            if e <= 0:
                surf.blit(p.img, (pos[0] + p.at[0], pos[1] + p.at[1]))
                continue
            if e >= 1:
                continue
            ease = e * e
            p.img.set_alpha(int(255 * (1 - e)))
            surf.blit(p.img, (round(pos[0] + p.at[0] + p.drift[0] * ease), round(pos[1] + p.at[1] + p.drift[1] * ease)))

"""The farewell's pictures: the night sky behind the reboot and the credits, and Mai as a hologram."""

from __future__ import annotations

import math

import pygame

from game.engine.theme import PALETTE


def night(surf: pygame.Surface, t: float, stars: list[tuple[int, int, int]]) -> None:
    surf.fill(PALETTE["ink"])
    for x, y, p in stars:
        if math.sin(t * 1.5 + p) > -0.6:
            surf.fill(PALETTE["dusk"] if p % 3 else PALETTE["holo"], (x, y, 1, 1))


def hologram(face: pygame.Surface, strength: float) -> pygame.Surface:
    """Mai as 7723 remembers her: a cyan, scanlined ghost, added to the dark as light."""
    grey = pygame.transform.grayscale(face)
    img = pygame.Surface(grey.get_size())
    img.fill((0, 0, 0))
    grey.set_colorkey(None)
    img.blit(grey, (0, 0))
    if face.get_flags() & pygame.SRCALPHA:  # nothing where the portrait is transparent
        mask = pygame.mask.from_surface(face, 40).to_surface(setcolor=(255, 255, 255), unsetcolor=(0, 0, 0))
        img.blit(mask, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
    tint = tuple(int(v * 0.75 * strength) for v in PALETTE["holo"])
    img.fill(tint, special_flags=pygame.BLEND_RGB_MULT)
    for y in range(0, img.get_height(), 3):
        img.fill((0, 0, 0), (0, y, img.get_width(), 1))
    edge = pygame.mask.from_surface(face, 40).outline() if face.get_flags() & pygame.SRCALPHA else []
    rim = tuple(int(v * strength) for v in PALETTE["neon_cyan"])
    for x, y in edge[::2]:
        img.set_at((x, y), rim)
    return img

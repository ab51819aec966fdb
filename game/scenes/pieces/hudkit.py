"""What the Freeway and Payback painters share: the effect strips, and their words and meters as
the window's own text (crisp at any window size, in the reader's chosen font and size)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.theme import PALETTE
from game.scenes.pieces.house import image

if TYPE_CHECKING:
    from game.action.kit import Fx
    from game.engine.canvas import Canvas

STRIPS = {"block": "spark", "hit": "hit", "boom": "dust", "dust": "dust", "smoke": "smoke", "spark": "spark"}
Colour = tuple[int, int, int]


def strips(surface: pygame.Surface, fx: list[Fx], off: tuple[int, int] = (0, 0)) -> None:
    """Each effect's frame of its 4-frame strip, by its age."""
    for f in fx:
        if f.kind in STRIPS:
            frame = min(3, int(f.k * 4))
            pic = image(f"action/fx_{STRIPS[f.kind]}.png").subsurface(pygame.Rect(frame * 32, 0, 32, 32))
            surface.blit(pic, (round(f.x) - 16 + off[0], round(f.y) - 16 + off[1]))


def words(canvas: Canvas, fx: list[Fx]) -> None:
    """The effects that are words ("SORRY", "BONK"), rising a little as they fade."""
    for f in fx:
        if f.text:
            x = min(600.0, max(40.0, f.x))
            canvas.text(f.text, (x, max(70.0, f.y - 10 - 10 * f.k)), 15, PALETTE["neon_yellow"], anchor="center",
                        shadow_color=PALETTE["ink"])


def label(canvas: Canvas, text: str, pos: tuple[float, float], colour: Colour = PALETTE["cream"], size: float = 12,
          anchor: str = "topleft") -> None:
    canvas.text(text, pos, size, colour, anchor=anchor, shadow_color=PALETTE["ink"])


def cells(surface: pygame.Surface, x: int, y: int, value: float, most: int, colour: Colour) -> None:
    """A row of cells: how much of something is left (or used)."""
    for i in range(most):
        pygame.draw.rect(surface, colour if i < value else PALETTE["indigo"], pygame.Rect(x + i * 9, y, 7, 9))


def bar(surface: pygame.Surface, rect: pygame.Rect, k: float, colour: Colour) -> None:
    """A bar filled `k` (0..1) of the way: how far to the end."""
    pygame.draw.rect(surface, PALETTE["indigo"], rect)
    pygame.draw.rect(surface, colour, (rect.x, rect.y, int(rect.w * max(0.0, min(1.0, k))), rect.h))
    pygame.draw.rect(surface, PALETTE["steel"], rect, 1)

"""What the Freeway and Payback painters share: the effect strips, and their words and meters as
the window's own text (crisp at any window size, in the reader's chosen font and size)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine import motion
from game.engine.theme import PALETTE
from game.scenes.pieces.art import image as sprite

if TYPE_CHECKING:
    from game.action.kit import Fx
    from game.engine.canvas import Canvas

FRAMES = {"mai": (16, 32), "7723": (32, 48)}  # the walk sheets' frame sizes, of those drawn here

STRIPS = {"block": "spark", "hit": "hit", "boom": "dust", "dust": "dust", "smoke": "smoke", "spark": "spark"}
Colour = tuple[int, int, int]


def figure(name: str, facing: str, frame: int) -> pygame.Surface:
    """One frame of a character's walk sheet (rows: down, left, right, up), converted."""
    w, h = FRAMES[name]
    row = ("down", "left", "right", "up").index(facing)
    return sprite(f"{name}.png").subsurface(pygame.Rect(frame * w, row * h, w, h))


def panel(surface: pygame.Surface, rect: pygame.Rect) -> None:
    """A dark see-through box under HUD text."""
    box = pygame.Surface(rect.size, pygame.SRCALPHA)
    box.fill((*PALETTE["ink"], 200))
    surface.blit(box, rect)
    pygame.draw.rect(surface, PALETTE["steel"], rect, 1)


def jolt(fx: list[Fx], t: float, reduce: bool) -> tuple[int, int]:
    """A short sideways shake while a fresh blow lands; none with reduce motion."""
    fresh = any(f.kind in ("hit", "boom") and f.age < 0.25 for f in fx)
    return (motion.shake(t, 3, reduce), 0) if fresh else (0, 0)


def strips(surface: pygame.Surface, fx: list[Fx], off: tuple[int, int] = (0, 0)) -> None:
    """Each effect's frame of its 4-frame strip, by its age."""
    for f in fx:
        if f.kind in STRIPS:
            frame = min(3, int(f.k * 4))
            strip = sprite(f"action/fx_{STRIPS[f.kind]}.png").subsurface(pygame.Rect(frame * 32, 0, 32, 32))
            surface.blit(strip, (round(f.x) - 16 + off[0], round(f.y) - 16 + off[1]))


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

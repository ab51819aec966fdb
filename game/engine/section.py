"""A part of a scene with its own rectangle, input, update and draw (as Arcade's sections).

The dialogue box, the HUD and the memory slot meter are sections: each knows where it is, answers
the mouse only inside its rectangle, and can be reused by several scenes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from .input import POINT, InputEvent

if TYPE_CHECKING:
    from .canvas import Canvas


class Section:
    modal = False  # keeps input from the sections below it

    def __init__(self, rect: pygame.Rect | tuple[int, int, int, int]) -> None:
        self.rect = pygame.Rect(rect)
        self.enabled = True
        self.visible = True

    def accepts(self, ev: InputEvent) -> bool:
        """Mouse events only count inside the section; keys and pads always do."""
        if ev.source == "mouse" and ev.pos is not None and ev.action in ("confirm", "back", POINT):
            return self.rect.collidepoint(ev.pos)
        return True

    def handle(self, ev: InputEvent) -> bool:
        """Return True if the event was used."""
        return False

    def update(self, dt: float) -> None:
        pass

    def draw(self, canvas: Canvas) -> None:
        pass

    def spoken(self) -> list[str]:
        """What self-voicing reads of this section (speech.py); the focused control last."""
        return []

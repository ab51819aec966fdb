"""The set-piece painters' pictures, through the engine's `Assets`: each file under
assets/sprites/ is loaded once, converted for the display when a window exists (the painters blit
dozens a frame), and a missing one is named in the log once while a grey box stands in."""

from __future__ import annotations

import pygame

from game.engine.assets import Assets
from game.engine.theme import PALETTE

ART = Assets()
pygame.register_quit(ART.clear)  # surfaces made for one display are not kept past it


def _stand_in() -> pygame.Surface:
    box = pygame.Surface((16, 16))
    box.fill(PALETTE["steel"])
    return box


def image(rel: str) -> pygame.Surface:
    """The picture at assets/sprites/`rel`, or the grey stand-in while it is missing."""
    return ART.image_or(f"sprites/{rel}", _stand_in)

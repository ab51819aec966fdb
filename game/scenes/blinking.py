"""Props with a light that blinks (the bomb on Rice's bench): lying about, such a prop shows its
picture and the same picture with the light off (`assets/props/<art>_dark.png`, drawn by
`tools/art/props.py`) by turns, slowly, like a heartbeat: once a second and a bit, far under the
flashing limit, so it needs no gentler form under reduce motion.

A prop with no dark picture is left alone, so a new blinking prop needs only its drawing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.engine.assets import Assets

    from .props import PropSprite

LIT, DARK = 0.7, 0.5  # seconds the light is on, then off


def dark_frame(assets: Assets, art: str) -> pygame.Surface | None:
    """The prop's picture as it lies with its light off, or None when it has no such picture."""
    rel = f"props/{art}_dark.png"
    if not assets.exists(rel):
        return None
    image = assets.image(rel)
    w, h = image.get_size()
    return image.subsurface((0, 0, max(1, w // 2), h))


class Blinks:
    """The stage's clock for blinking props, and their dark pictures, read once per art."""

    def __init__(self, assets: Assets) -> None:
        self.assets = assets
        self.t = 0.0
        self.dark: dict[str, pygame.Surface | None] = {}

    def tick(self, dt: float) -> None:
        self.t += dt

    def lit(self) -> bool:
        return self.t % (LIT + DARK) < LIT

    def show(self, sprite: PropSprite) -> None:
        """Give a lying prop its picture for now: lit or dark by turns, if it has a dark one."""
        if sprite.art not in self.dark:
            self.dark[sprite.art] = dark_frame(self.assets, sprite.art)
        dark = self.dark[sprite.art]
        if dark is not None:
            sprite.image = sprite.frames[0] if self.lit() else dark

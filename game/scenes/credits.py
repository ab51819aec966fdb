"""The credits rolling over pictures: the title art, then the garage at dawn, slowly crossfading.

The pictures are dimmed and a dark band lies under the lines, so the words read on any of them (in
high contrast the band is solid). The first line is the game's title; the closing line (the
libraries it was made with) is small and quiet. The crossfades take seconds: nothing flashes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.assets import Assets
from game.engine.theme import BODY, LARGE, PALETTE, SMALL

from .pictures import painted_backdrop

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.theme import Theme

PICTURES = ("title/title.png", "backdrops/garage_dawn.png")
HOLD = 9.0  # seconds each picture stays
BLEND = 3.0  # seconds one takes to become the next
DIM = (120, 120, 130)  # the pictures, multiplied down under the words
BAND = pygame.Rect(100, 0, 440, 360)
SOFT = 40  # pixels over which the band fades out at each side
LINE = 22  # logical pixels from one line to the next


class CreditsRoll:
    """Draws the roll: `lines` scrolled up by `offset` pixels over the pictures at time `t`."""

    def __init__(self, assets: Assets, lines: list[str], small: set[int]) -> None:
        self.assets = assets
        self.lines = lines
        self.small = small  # indexes of lines set small (the closing line)
        self._pictures: list[pygame.Surface] | None = None
        self._band: dict[bool, pygame.Surface] = {}

    def pictures(self) -> list[pygame.Surface]:
        if self._pictures is None:
            out = []
            for name in PICTURES:
                img = self.assets.image_or(name, lambda n=name: painted_backdrop(n), alpha=False)
                if img.get_size() != (640, 360):
                    img = pygame.transform.smoothscale(img, (640, 360))
                img = img.copy()
                img.fill(DIM, special_flags=pygame.BLEND_RGB_MULT)
                out.append(img)
            self._pictures = out
        return self._pictures

    def band(self, solid: bool) -> pygame.Surface:
        img = self._band.get(solid)
        if img is None:
            img = self._band[solid] = pygame.Surface(BAND.size, pygame.SRCALPHA)
            most = 255 if solid else 175
            for x in range(BAND.w):  # soft at the sides, so the band sits in the picture
                edge = min(x, BAND.w - 1 - x)
                img.fill((*PALETTE["ink"], int(most * min(1.0, edge / SOFT))), (x, 0, 1, BAND.h))
        return img

    def draw_pictures(self, surf: pygame.Surface, t: float) -> None:
        pics = self.pictures()
        cycle = HOLD + BLEND
        i = int(t // cycle) % len(pics)
        surf.blit(pics[i], (0, 0))
        k = (t % cycle - HOLD) / BLEND
        if k > 0:
            nxt = pics[(i + 1) % len(pics)].copy()
            nxt.set_alpha(int(255 * min(1.0, k)))
            surf.blit(nxt, (0, 0))

    def draw(self, canvas: Canvas, theme: Theme, t: float, offset: float) -> None:
        self.draw_pictures(canvas.surface, t)
        canvas.surface.blit(self.band(theme.large), BAND)
        y = 360 - offset
        for i, line in enumerate(self.lines):
            yy = y + i * LINE
            if not (-20 < yy < 370 and line):
                continue
            if i == 0:
                canvas.text(line, (320, yy), LARGE, theme.accent, anchor="midtop")
            elif i in self.small:
                canvas.text(line, (320, yy + 4), SMALL, theme.muted, anchor="midtop", width=BAND.w - 2 * SOFT,
                            align="center")
            else:
                canvas.text(line, (320, yy), BODY, theme.text, anchor="midtop")  # one line each: never wrapped

"""The REBOOT as a short sequence: his chest light goes out, the dark, his boot text, the first light.

It follows the farewell of the memories. 7723's face, close, with his chest light dimming to nothing;
the screen goes dark (the reboot music falls silent here: `FLASH`, timed by the audio code); a boot
text types line by line in his colours, teal on black; a slow glow rises; and the first thing he
sees comes out of it: Mai's face. Nothing in it flashes: every change is a fade of a second or more,
and the cursor blinks once a second. With reduce motion the lines appear whole and the glow stays low.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine import motion
from game.engine.assets import Assets
from game.engine.theme import BODY, PALETTE

from .garage_stage import radial
from .pictures import portrait

if TYPE_CHECKING:
    from game.engine.canvas import Canvas

DIM = 0.9  # his chest light goes out
FLASH = 1.6  # by here the screen is dark (and the reboot music silent)
TYPED = 3.1  # the boot text is written
RISE = 3.7  # the glow has risen
SEQUENCE = 4.4  # the first thing he sees has come into focus
BOOT_LINES = (
    "7723 . . . . . . . . . . . . . REBOOT",
    "memory . . . . . . . . . . . . . EMPTY",
    "optics . . . . . . . . . . . . . ONLINE",
    "hello?",
)
TEXT = PALETTE["neon_cyan"]  # his colour: the light of his eyes and chest
FACE = 192
LEFT = 170  # where the boot lines start


def phase(t: float, start: float, end: float) -> float:
    """0 before `start`, 1 after `end`, and the share of the way between."""
    return max(0.0, min(1.0, (t - start) / (end - start)))


class BootSequence:
    """Draws the sequence at time `t` (seconds since the last memory faded)."""

    def __init__(self, assets: Assets) -> None:
        self.assets = assets
        self._bot: pygame.Surface | None = None
        self._mai: pygame.Surface | None = None
        self._glows = [radial(200, (64, 232, 240), 0.5 * i / 8) for i in range(1, 9)]

    def bot(self) -> pygame.Surface:
        if self._bot is None:
            img = portrait(self.assets, "7723", "neutral", PALETTE["bot_blue"])
            self._bot = pygame.transform.scale(img, (FACE, FACE))
        return self._bot

    def mai(self) -> pygame.Surface:
        if self._mai is None:
            img = portrait(self.assets, "mai", "happy", PALETTE["neon_pink"])
            self._mai = pygame.transform.scale(img, (FACE, FACE))
        return self._mai

    def draw(self, canvas: Canvas, t: float, reduce: bool) -> None:
        surf = canvas.surface
        surf.fill(PALETTE["shadow"])
        if t < FLASH:
            self._fading_bot(surf, t)
            return
        rise = phase(t, TYPED, RISE)
        if rise > 0:
            level = rise * (0.5 if reduce else 1.0)
            glow = self._glows[max(0, min(7, round(level * 8) - 1))]
            surf.blit(glow, (320 - 200, 180 - 200), special_flags=pygame.BLEND_RGB_ADD)
        seen = phase(t, RISE, SEQUENCE)
        if seen > 0:
            face = self.mai().copy()
            face.set_alpha(int(255 * seen))
            surf.blit(face, (320 - FACE // 2, 180 - FACE // 2))
        self._boot_text(canvas, t, reduce, fade=1.0 - phase(t, TYPED + 0.2, RISE))

    def _fading_bot(self, surf: pygame.Surface, t: float) -> None:
        """His face, and the light in his chest going out; then the face goes into the dark too."""
        k = 1.0 - phase(t, 0.0, DIM)
        at = (320 - FACE // 2, 180 - FACE // 2 - 10)
        face = self.bot().copy()
        dark = int(255 * (0.35 + 0.65 * (1.0 - phase(t, DIM * 0.5, FLASH))))
        face.fill((dark, dark, dark), special_flags=pygame.BLEND_RGB_MULT)
        surf.blit(face, at)
        if k > 0:
            chest = (at[0] + FACE // 2, at[1] + round(FACE * 0.875))
            glow = self._glows[max(0, min(7, round(k * 4) - 1))]
            surf.blit(glow, (chest[0] - 200, chest[1] - 200), special_flags=pygame.BLEND_RGB_ADD)

    def _boot_text(self, canvas: Canvas, t: float, reduce: bool, fade: float) -> None:
        """The lines typed a letter at a time (whole, one by one, under reduce motion), then a cursor."""
        if fade <= 0:
            return
        start = FLASH + 0.1
        typed = phase(t, start, TYPED)
        shown = round(typed * sum(len(line) for line in BOOT_LINES))
        per_line = (TYPED - start) / len(BOOT_LINES)
        color = tuple(int(v * fade) for v in TEXT)
        y = 96
        for i, line in enumerate(BOOT_LINES):
            reveal = None if reduce else min(len(line), shown)
            if (reduce and t < start + i * per_line) or (reveal is not None and reveal <= 0):
                return
            shown -= len(line)
            canvas.text(line, (LEFT, y), BODY, color, reveal=reveal, shadow=False)
            y += 26
        if reduce or motion.wave(t, 1.0) > 0.5:  # a cursor, once a second (steady under reduce motion)
            pygame.draw.rect(canvas.surface, color, (LEFT, y + 2, 8, 15))

"""The stage's named screen effects: flash, fade_out, fade_in, hologram_flare, glitch, sparks, weeks_pass,
sunrise.

Each is a short timed picture over the map (fade_out stays dark until a fade_in). All of them keep
the game's motion rules (`game.engine.motion`): a flash rises and falls once and the next cannot
start within a third of a second of it, so nothing flashes more than three times a second; with
reduce motion a flash is a slow pale fade, a glitch a still tint instead of jumping bands, and the
sparks fall without the jolt of a burst.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import pygame

from game.engine.motion import MAX_FLASH_HZ
from game.engine.theme import PALETTE

from . import calendar, sunrise

# each of `game.story.stagewords.EFFECTS`, how long it plays (seconds)
LENGTH = {"flash": 0.3, "fade_out": 0.6, "fade_in": 0.6, "hologram_flare": 0.9, "glitch": 0.5, "sparks": 0.8,
          "weeks_pass": 3.0, "sunrise": 2.5, "lanterns": 4.0}  # lanterns: drawn by `lanterns.py`
# drawn over the dark a fade left, as a card between two scenes: a calendar's days crossed off
# (calendar.py), a morning (sunrise.py)
CARDS = {"weeks_pass": calendar.draw, "sunrise": sunrise.draw}
SOFT_FLASH = 1.0  # reduce motion: a flash is a fade this long
FLASH_GAP = 1.5 / MAX_FLASH_HZ  # seconds between the starts of two flashes: two a second at most, under the ceiling
GLITCH_HZ = MAX_FLASH_HZ  # the glitch's bands jump no more often than a flash may
SPARKS = 26
GRAVITY = 260.0


@dataclass
class Spark:
    pos: pygame.Vector2
    vel: pygame.Vector2


@dataclass
class Playing:
    """One effect under way: its name, its age and how long it lasts (it may wait to start)."""

    name: str
    length: float
    age: float = 0.0
    at: tuple[int, int] = (320, 180)
    sparks: list[Spark] = field(default_factory=list)

    @property
    def k(self) -> float:
        return max(0.0, min(1.0, self.age / self.length))


class Effects:
    """The effects playing over the stage, and how dark a fade has left it."""

    def __init__(self) -> None:
        self.playing: list[Playing] = []
        self.dark = 0.0  # what fade_out left: 0 clear .. 1 black, until a fade_in
        self.next_flash = 0.0  # seconds until another flash may begin
        self.reduce = False
        self._veil: pygame.Surface | None = None

    def start(self, name: str, at: tuple[int, int] = (320, 180)) -> None:
        if name not in LENGTH:
            return
        length = SOFT_FLASH if name == "flash" and self.reduce else LENGTH[name]
        p = Playing(name, length, at=at)
        if name == "flash":  # a flash too soon after the last one waits its turn
            p.age = -self.next_flash
            self.next_flash += max(FLASH_GAP, length)
        if name == "sparks":
            rng = random.Random(len(self.playing) + at[0] * 7 + at[1])
            p.sparks = [Spark(pygame.Vector2(at), pygame.Vector2(rng.uniform(-90, 90), rng.uniform(-150, -30)))
                        for _ in range(SPARKS // (2 if self.reduce else 1))]
        if name == "fade_in" and self.dark == 0:
            self.dark = 1.0  # a fade in with no fade out before it comes up from black
        self.playing.append(p)

    @property
    def busy(self) -> bool:
        return bool(self.playing)

    def hurry(self) -> None:
        """Every effect to its end at once (the player skipped the wait)."""
        for p in self.playing:
            self._end(p)
        self.playing = []

    def update(self, dt: float) -> None:
        self.next_flash = max(0.0, self.next_flash - dt)
        for p in list(self.playing):
            p.age += dt
            for s in p.sparks:
                s.vel.y += GRAVITY * dt
                s.pos += s.vel * dt
            if p.name == "fade_out":
                self.dark = max(self.dark, p.k)
            elif p.name == "fade_in":
                self.dark = min(self.dark, 1.0 - p.k)
            if p.age >= p.length:
                self._end(p)
                self.playing.remove(p)

    def _end(self, p: Playing) -> None:
        if p.name == "fade_out":
            self.dark = 1.0
        elif p.name == "fade_in":
            self.dark = 0.0

    # --- drawing -------------------------------------------------------------------------------

    def draw(self, surf: pygame.Surface, view: pygame.Rect) -> None:
        for p in self.playing:
            if p.age >= 0 and p.name not in CARDS:
                getattr(self, f"_draw_{p.name}", self._draw_none)(surf, view, p)
        if self.dark > 0:
            self._wash(surf, view, PALETTE["ink"], round(255 * self.dark))
        for p in self.playing:
            if p.age >= 0 and p.name in CARDS:
                CARDS[p.name](surf, view, p.k)

    def _wash(self, surf: pygame.Surface, view: pygame.Rect, color: tuple[int, int, int], alpha: int) -> None:
        if self._veil is None or self._veil.get_size() != view.size:
            self._veil = pygame.Surface(view.size)
        self._veil.fill(color)
        self._veil.set_alpha(max(0, min(255, alpha)))
        surf.blit(self._veil, view)

    def _draw_none(self, surf: pygame.Surface, view: pygame.Rect, p: Playing) -> None:
        """fade_out and fade_in draw through `dark`."""

    def _draw_flash(self, surf: pygame.Surface, view: pygame.Rect, p: Playing) -> None:
        swell = math.sin(math.pi * p.k)  # up once and down once
        self._wash(surf, view, PALETTE["cream"] if self.reduce else PALETTE["white"],
                   round((90 if self.reduce else 210) * swell))

    def _draw_hologram_flare(self, surf: pygame.Surface, view: pygame.Rect, p: Playing) -> None:
        swell = math.sin(math.pi * p.k)
        r = round(30 + 90 * p.k)
        glow = pygame.Surface((r * 2, r * 2))
        for i in range(r, 0, -3):
            f = (1 - i / r) * swell
            pygame.draw.circle(glow, (round(60 * f), round(200 * f), round(230 * f)), (r, r), i)
        surf.blit(glow, (p.at[0] - r, p.at[1] - r), special_flags=pygame.BLEND_RGB_ADD)

    def _draw_glitch(self, surf: pygame.Surface, view: pygame.Rect, p: Playing) -> None:
        if self.reduce:  # a still tint, no jumping bands
            self._wash(surf, view, PALETTE["magenta"], round(60 * math.sin(math.pi * p.k)))
            return
        rng = random.Random(int(p.age * GLITCH_HZ))  # the bands change at most three times a second
        for _ in range(6):
            y, h, dx = rng.randrange(view.top, view.bottom - 8), rng.randrange(3, 14), rng.randrange(-14, 15)
            band = pygame.Rect(view.left, y, view.width, h).clip(view)
            surf.blit(surf.subsurface(band).copy(), (band.x + dx, band.y))
            tint = PALETTE["neon_cyan"] if dx > 0 else PALETTE["neon_pink"]
            surf.fill(tuple(v // 5 for v in tint), band, special_flags=pygame.BLEND_RGB_ADD)

    def _draw_sparks(self, surf: pygame.Surface, view: pygame.Rect, p: Playing) -> None:
        fade = 1.0 - p.k
        hot = tuple(round(v * fade) for v in PALETTE["neon_yellow"])
        for s in p.sparks:
            if view.collidepoint(s.pos):
                surf.fill(hot, (round(s.pos.x), round(s.pos.y), 2, 2), special_flags=pygame.BLEND_RGB_ADD)

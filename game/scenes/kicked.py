"""A prop sent flying off the map: `props: {ball: {fly: up}}` (or `{at: kick_foot, fly: up}`).

Where the words say a thing is kicked or thrown away out of sight (7723 tries Mai's trick and the ball
"goes into orbit"), it has to be seen going, not only be gone. The prop rests where it lies for a
moment (the kick coming), then shoots off the way the direction says, fast at first and slowing as it
goes, spinning, until it is past that edge of the view; a streak of paler copies of it trails back
towards where it was kicked from and fades after it, so a still shows that it went, and which way;
its shadow stays on the ground where it was, shrinking, when it goes up. It is then off the map, as
`leave` takes it. Drawn over the map, as what flies over the people is; under reduce motion it does
not spin and leaves no streak.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

REST = 0.35  # seconds it lies still first: the kick coming
GO = 1.9  # seconds from the kick until it is out of the view
FADE = 0.8  # seconds its streak lingers after it is out
PAST = 24  # map pixels past the view's edge it goes, before it counts as out
SPIN = 14.0  # radians a second, at first
COPIES = 6  # the streak behind it
WAYS = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0)}


@dataclass
class Kick:
    """One prop flying: its picture (as it lies), where it was kicked from (the middle of its bottom
    edge, map pixels), which way, and how long since."""

    image: pygame.Surface
    start: tuple[float, float]
    way: str
    age: float = 0.0
    far: float = 0.0  # map pixels from its start to out of the view, measured once it is first drawn

    @property
    def over(self) -> bool:
        return self.age >= REST + GO + FADE

    def k(self) -> float:
        """How far on it is, 0 (still lying) .. 1 (out of the view)."""
        return max(0.0, min(1.0, (self.age - REST) / GO))


class Kicks:
    """The props flying off the map now."""

    def __init__(self) -> None:
        self.flying: list[Kick] = []
        self.calm = False  # reduce motion: no spin, no streak

    def launch(self, image: pygame.Surface, start: tuple[float, float], way: str) -> None:
        self.flying.append(Kick(image, start, way if way in WAYS else "up"))

    @property
    def busy(self) -> bool:
        return any(not k.over for k in self.flying)

    def tick(self, dt: float) -> None:
        for kick in self.flying:
            kick.age += dt
        self.flying = [k for k in self.flying if not k.over]

    def clear(self) -> None:
        self.flying = []

    def draw(self, surf: pygame.Surface, offset: tuple[int, int]) -> None:
        """Each flying prop over the map whose (0, 0) is at `offset` on `surf`."""
        for kick in self.flying:
            _draw(surf, offset, kick, self.calm)


def _distance(surf: pygame.Surface, offset: tuple[int, int], kick: Kick) -> float:
    """Map pixels from where it starts to a little past the view's edge the way it goes."""
    x, y = kick.start[0] + offset[0], kick.start[1] + offset[1]
    w, h = surf.get_size()
    edge = {"up": y, "down": h - y + kick.image.get_height(), "left": x, "right": w - x}[kick.way]
    return max(0.0, edge) + kick.image.get_height() + PAST


def _draw(surf: pygame.Surface, offset: tuple[int, int], kick: Kick, calm: bool) -> None:
    if not kick.far:
        kick.far = _distance(surf, offset, kick)
    dx, dy = WAYS[kick.way]
    img = kick.image
    base = (kick.start[0] + offset[0], kick.start[1] + offset[1] - img.get_height() / 2)
    k = kick.k()
    gone = 1 - (1 - k) ** 2  # fast off the foot, slowing as it goes
    if kick.way == "up" and k < 1:  # its shadow on the ground where it was, shrinking as it rises
        r = max(1, round(img.get_width() / 2 * (1 - k)))
        shadow = pygame.Surface((2 * r, r), pygame.SRCALPHA)
        pygame.draw.ellipse(shadow, (0, 0, 0, 90), shadow.get_rect())
        surf.blit(shadow, shadow.get_rect(center=(round(base[0]), round(kick.start[1] + offset[1] - 1))))
    if not calm and k > 0:  # the streak back towards the foot, fading once it is out
        fade = 1.0 - max(0.0, kick.age - REST - GO) / FADE
        for i in range(1, COPIES + 1):
            back = gone * (1 - i / (COPIES + 1))
            ghost = img.copy()
            ghost.set_alpha(round(150 * fade * (1 - i / (COPIES + 1))))
            surf.blit(ghost, ghost.get_rect(center=(round(base[0] + dx * kick.far * back),
                                                      round(base[1] + dy * kick.far * back))))
    if k >= 1:
        return
    turned = img if calm or k == 0 else pygame.transform.rotate(img, math.degrees(SPIN * (kick.age - REST) * (1 - k / 2)))
    surf.blit(turned, turned.get_rect(center=(round(base[0] + dx * kick.far * gone),
                                              round(base[1] + dy * kick.far * gone))))

"""Someone sent flying: a direction's `pace: fly` with `walk:`. A Q-Bot flicked right across the
schoolyard by 7723 sails over the lunch tables and lands in the recycling.

The map is seen from above, so a flight is drawn as the figure lifted off the ground above its own
shadow: straight to the spot over whatever lies between (no way round the tables, as a walk takes),
much faster than a run, rising and falling on an arc as high as a share of the way is long, and
turning over and over as it goes. The shadow stays on the ground under it, so a still shows where it
is over the yard and that it is in the air, not standing on the roofs of things. It lands on the pose
the direction gives it (`knocked_down`, in the bin).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

FLY = "fly"
SPEED = 3.2  # times walking speed, over the straight way
HEIGHT = 0.3  # the top of the arc, as a share of the way's length
HIGHEST = 72  # map pixels: however long the way, no higher than this
TURNS = 2  # whole turns over the way, so that it comes down the right way up
SHADOW = (0, 0, 0, 90)


@dataclass
class Flight:
    """The way someone is flying: from where they were to where they land (map pixels)."""

    start: pygame.Vector2
    end: pygame.Vector2

    def share(self, pos: pygame.Vector2) -> float:
        """How much of the way is behind them at `pos` (0 .. 1)."""
        length = self.start.distance_to(self.end)
        return 1.0 if length < 1 else max(0.0, min(1.0, self.start.distance_to(pos) / length))

    def lift(self, pos: pygame.Vector2) -> int:
        """How high above the ground they are at `pos`: nothing at either end, most halfway."""
        k = self.share(pos)
        top = min(HIGHEST, HEIGHT * self.start.distance_to(self.end))
        return round(4 * k * (1 - k) * top)

    def turn(self, pos: pygame.Vector2) -> float:
        """How far over they have turned at `pos`, in degrees: the way they fly, over and over."""
        side = -1 if self.end.x >= self.start.x else 1  # rotozoom turns anticlockwise for positive angles
        return side * 360.0 * TURNS * self.share(pos)


def flying(frame: pygame.Surface, flight: Flight, pos: pygame.Vector2) -> pygame.Surface:
    """`frame` in the air at `pos`: turned over about its middle and lifted by the arc, its shadow on
    the ground at the bottom of the picture (which is drawn with its bottom at the feet, as any figure is)."""
    img = pygame.transform.rotate(frame, flight.turn(pos))
    lift = flight.lift(pos)
    shadow_h = max(3, frame.get_width() // 4)
    ground = math.ceil(frame.get_height() / 2 + img.get_height() / 2) + lift  # from the top to the feet
    w = max(img.get_width(), frame.get_width())
    out = pygame.Surface((w, ground + shadow_h // 2), pygame.SRCALPHA)
    size = 1.0 - 0.5 * min(1.0, lift / HIGHEST)  # the higher it is, the smaller its shadow
    shade = pygame.Rect(0, 0, max(2, round(frame.get_width() * 0.8 * size)), max(2, round(shadow_h * size)))
    shade.midbottom = (w // 2, out.get_height())
    pygame.draw.ellipse(out, SHADOW, shade)
    middle = ground - lift - frame.get_height() / 2  # where the figure's middle is, standing, lifted
    out.blit(img, img.get_rect(center=(w // 2, round(middle))))
    return out

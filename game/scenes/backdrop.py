"""What stands behind a beat nobody walks: its map, looked over by a camera that drifts to the spot
of the node the story has reached, or, with no map to show, a night skyline painted in code."""

from __future__ import annotations

import random

import pygame

from game.engine.theme import PALETTE
from game.engine.tilemap import MapObject

DRIFT = 2.0  # how quickly the camera closes on its spot: the share of the way per second, roughly


class Backdrop:
    """The camera of a map nobody walks. It is told each node the story enters (`look_at`) and
    drifts to the spot of that node; until a node has a spot, to the spot named after the beat."""

    def __init__(self, spots: list[MapObject], beat_id: str) -> None:
        self.spots = spots  # the map's story spots, each with the `node` it shows
        self.beat_id = beat_id
        self.focus: MapObject | None = None  # the spot the camera is heading for

    def look_at(self, node: str) -> None:
        spot = self._spot(node)
        if spot is None and self.focus is None:
            spot = self._spot(self.beat_id)
        if spot is not None:
            self.focus = spot

    def _spot(self, node: str) -> MapObject | None:
        return next((o for o in self.spots if o.props.get("node") == node), None)

    def drift(self, camera: pygame.Vector2, dt: float) -> bool:
        """Move `camera` (in place) a step towards the spot; False while there is none to go to."""
        if self.focus is None:
            return False
        camera += (pygame.Vector2(self.focus.rect.center) - camera) * min(1.0, dt * DRIFT)
        return True


def painted_backdrop(key: str, size: tuple[int, int] = (640, 360)) -> pygame.Surface:
    """A night skyline: gradient sky, two layers of towers with lit windows, neon signs."""
    rng = random.Random(key)
    w, h = size
    s = pygame.Surface(size)
    top, bottom = PALETTE["ink"], PALETTE["dusk"]
    for y in range(h):
        k = y / h
        s.fill(tuple(int(top[i] * (1 - k) + bottom[i] * k) for i in range(3)), (0, y, w, 1))
    for _ in range(40):
        s.fill(PALETTE["mist"], (rng.randrange(w), rng.randrange(h // 2), 1, 1))
    for layer, (color, win, base) in enumerate(((PALETTE["indigo"], PALETTE["dusk"], 120),
                                                (PALETTE["night"], PALETTE["lamp"], 170))):
        x = -rng.randint(0, 30)
        while x < w:
            bw = rng.randint(36, 80)
            bh = rng.randint(base, base + 130)
            r = pygame.Rect(x, h - bh, bw, bh)
            pygame.draw.rect(s, color, r)
            for wy in range(r.y + 8, h - 8, 10):
                for wx in range(r.x + 5, r.right - 6, 8):
                    if rng.random() < (0.22 if layer else 0.12):
                        s.fill(win if layer else PALETTE["steel"], (wx, wy, 3, 4))
            if layer and rng.random() < 0.35:
                neon = rng.choice((PALETTE["neon_pink"], PALETTE["neon_cyan"], PALETTE["neon_lime"]))
                sign = pygame.Rect(r.x + 6, r.y + 12, max(8, bw - 12), 6)
                pygame.draw.rect(s, neon, sign, 1)
            x += bw + rng.randint(2, 10)
    s.fill(PALETTE["ink"], (0, h - 18, w, 18))
    return s

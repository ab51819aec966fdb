"""Sitting reads as seated, on real frames: the head and body as drawn standing, not squashed, the
figure lower by its legs, and the legs folded (laid out in front, seen from the side)."""

from __future__ import annotations

import pygame
from test_props_drawn import on_the_map

from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def posed(p, who: str, pose: str, face: str) -> pygame.Surface:
    direct(p.play.stage, ev.Stage("s", cast=(Cast(who, "bench", face=face, pose=pose),)))
    p.run(4)
    return p.play.stage.direction.find(who).image


def rows(image: pygame.Surface, top: int, bottom: int) -> list:
    return [[tuple(image.get_at((x, y))) for x in range(image.get_width())] for y in range(top, bottom)]


def test_someone_sitting_is_lower_with_the_body_as_drawn_and_the_legs_folded(launch) -> None:
    p = on_the_map(launch)
    for face in ("right", "down"):
        standing, sitting = posed(p, "mai", "stand", face), posed(p, "mai", "sit", face)
        sh, th = standing.get_height(), sitting.get_height()
        assert sitting.get_width() == standing.get_width()
        assert th < sh * 0.85, (face, sh, th)
        head = standing.get_bounding_rect().top
        body = head + (sh - head) // 2
        assert rows(sitting, 0, body) == rows(standing, 0, body), f"{face}: head and body as drawn, not squashed"
        legs = standing.subsurface((0, sh - th // 4, standing.get_width(), th // 4))
        low = sitting.subsurface((0, th - th // 4, sitting.get_width(), th // 4))
        assert rows(low, 0, low.get_height()) != rows(legs, 0, legs.get_height()), f"{face}: the legs folded"
    standing, sitting = posed(p, "mai", "stand", "right"), posed(p, "mai", "sit", "right")
    reach = standing.get_bounding_rect().right
    assert sitting.get_bounding_rect().right > reach, "from the side the legs lie out in front, the way she faces"

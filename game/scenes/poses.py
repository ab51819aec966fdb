"""How someone on the map holds themselves besides standing: sitting, curled up, lying, knocked down.

The sprite sheets draw walking only, so a pose is made from the standing frame: sitting and curling
up squash it towards the ground, lying and being knocked down turn it on its side (head towards the
way they face, or away from it when knocked down). The images are kept on the sheet, so each pose
of each frame is made once.
"""

from __future__ import annotations

import pygame

from game.engine.sprites import Sheet
from game.story.stagewords import POSES

SQUASH = {"sit": (1.0, 0.74), "curled": (1.12, 0.52)}  # width, height as shares of the standing frame
FALLEN_SHADE = (200, 200, 210)  # knocked down: a little greyer than lying down to rest


def posed(sheet: Sheet, frame: pygame.Surface, pose: str, facing: str) -> pygame.Surface:
    """`frame` (a standing frame of `sheet`) held in `pose`; the frame itself for standing or an
    unknown pose."""
    if pose not in POSES or pose == "stand":
        return frame
    cache = sheet.extra.setdefault("poses", {})
    assert isinstance(cache, dict)
    key = (id(frame), pose, facing)
    if key not in cache:
        cache[key] = _make(frame, pose, facing)
    return cache[key]


def _make(frame: pygame.Surface, pose: str, facing: str) -> pygame.Surface:
    w, h = frame.get_size()
    if pose in SQUASH:
        sx, sy = SQUASH[pose]
        return pygame.transform.scale(frame, (max(1, round(w * sx)), max(1, round(h * sy))))
    head_left = facing in ("left", "up")
    if pose == "knocked_down":
        head_left = not head_left  # thrown back, away from where they faced
    img = pygame.transform.rotate(frame, 90 if head_left else -90)
    if pose == "knocked_down":
        img = img.copy()
        img.fill(FALLEN_SHADE, special_flags=pygame.BLEND_RGB_MULT)
    return img

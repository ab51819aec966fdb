"""A close-up: the camera word `close:<who>` follows someone as `follow:` does, and shows the stage's
picture round them twice as big, so that a first sight (the face over the cradle) fills the window.

It is a cut, not a zoom that moves: nothing swims under reduce motion, and the window stays a
picture of the map (the same people, props and lights), only nearer. The lit picture is taken
before the screen effects and the walking marks are drawn over it, so a flash still covers the whole
window and the hints keep their size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.story.stagewords import CAMERA_CLOSE

if TYPE_CHECKING:
    from game.scenes.stage import Stage

SCALE = 2  # how much nearer a close-up is


def close_on(stage: Stage) -> pygame.Rect | None:
    """Who the camera is close on, as their rectangle on the map; None when it is not a close-up
    (or they are not on the map)."""
    how, _, who = stage.direction.camera.partition(":")
    if how != CAMERA_CLOSE or not who:
        return None
    w = stage.direction.find(who)
    return w.rect.copy() if w is not None else None


def window(view: pygame.Rect, centre: tuple[int, int]) -> pygame.Rect:
    """The part of `view` a close-up on `centre` (screen pixels) shows: a SCALE-th of it, round the
    centre, kept inside the view."""
    part = pygame.Rect(0, 0, view.width // SCALE, view.height // SCALE)
    part.center = centre
    return part.clamp(view)


def magnify(stage: Stage, surf: pygame.Surface) -> None:
    """Draw the stage's picture nearer round whoever the camera is close on (nothing otherwise)."""
    rect = close_on(stage)
    if rect is None or stage.map is None:
        return
    ox, oy = stage.offset()
    part = window(stage.view, (rect.centerx + ox, rect.centery + oy))
    near = pygame.transform.scale(surf.subsurface(part), stage.view.size)  # a new picture: no copy first
    surf.blit(near, stage.view.topleft)

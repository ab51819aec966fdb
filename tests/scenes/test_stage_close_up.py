"""`camera: close:<who>`: the window shows the stage's picture twice as big round them (the part
`closeup.window` names, scaled up), and goes back to the plain picture when the camera moves on."""

from __future__ import annotations

import numpy as np
import pygame
from test_props_drawn import on_the_map

from game.scenes import closeup
from game.scenes.staging import direct
from game.story import events as ev


def screen(p) -> np.ndarray:
    return pygame.surfarray.array3d(p.app.canvas.surface).copy()


def alike(a: np.ndarray, b: np.ndarray, box: pygame.Rect) -> float:
    """The share of pixels inside `box` (screen) that are the same in both pictures."""
    x, y, w, h = box
    return float((a[x:x + w, y:y + h] == b[x:x + w, y:y + h]).all(axis=2).mean())


def test_a_close_up_draws_the_picture_round_them_twice_as_big(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", camera="follow:mai"))
    p.run(60)
    plain = screen(p)
    mai = stage.direction.find("mai")
    ox, oy = stage.offset()
    part = closeup.window(stage.view, (mai.rect.centerx + ox, mai.rect.centery + oy))
    picture = p.app.canvas.surface.copy()
    picture.blit(pygame.transform.scale(picture.subsurface(part).copy(), stage.view.size), stage.view.topleft)
    expected = pygame.surfarray.array3d(picture)
    direct(stage, ev.Stage("s", camera="close:mai"))
    p.run(2)
    close = screen(p)
    box = pygame.Rect(0, 0, 64, 48)
    box.center = stage.view.center  # round her, clear of the text box and the menu
    assert stage.view.contains(box)
    assert alike(close, expected, box) > 0.9, "the part round her, scaled up"
    changed = (1 - alike(close, plain, stage.view)) * stage.view.width * stage.view.height
    assert changed > 500, f"not the plain picture: only {changed:.0f} pixels differ"
    direct(stage, ev.Stage("s", camera="follow:mai"))
    p.run(2)
    assert alike(screen(p), plain, box) > 0.9, "back to the plain picture"


def test_no_close_up_without_the_word(launch) -> None:
    p = on_the_map(launch)
    assert closeup.close_on(p.play.stage) is None

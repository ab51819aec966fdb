"""`guards`: the red eyes of the robots on duty, not a household's own. When the launch hall's
security turns on Mai, every security Q-Bot's eye goes red, while Bubbles, the family's Q-Bot at
Molly's heel, keeps its colour; `eye` lights every red eye, Bubbles' too. The window really shows
it: the red round each of them is counted."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import on_the_map

from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def round_them(w) -> pygame.Rect:
    return w.rect.inflate(8, 8)


def redness(p, box: pygame.Rect) -> float:
    """How much redder than grey the window is over `box` (map pixels), on average."""
    p.run(2)
    ox, oy = p.play.stage.offset()
    area = box.move(ox, oy).clip(p.app.canvas.surface.get_rect())
    rgb = pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area)).astype(float)
    return float(np.mean(rgb[..., 0] - (rgb[..., 1] + rgb[..., 2]) / 2))


def test_the_guards_eyes_go_red_but_not_the_family_robots(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    cast = (Cast("bubbles", "bench", face="down"), Cast("qbot", "bench", face="down"))
    direct(stage, ev.Stage("s", time="night", lights=(), cast=cast))
    family, guard = stage.direction.find("bubbles"), stage.direction.find("qbot")
    family.pos += pygame.Vector2(0, 48)
    guard.pos = family.pos + pygame.Vector2(80, 0)  # well apart: neither in the other's light
    for w in (family, guard):
        w.refresh()
    dark = redness(p, round_them(family)), redness(p, round_them(guard))
    direct(stage, ev.Stage("s", lights=("guards",)))
    assert redness(p, round_them(guard)) > dark[1] + 8, "the guard's eye glows red"
    assert redness(p, round_them(family)) <= dark[0] + 1, "Bubbles keeps its colour"
    direct(stage, ev.Stage("s", lights=("eye",)))
    assert redness(p, round_them(family)) > dark[0] + 8, "every red eye, Bubbles' too"

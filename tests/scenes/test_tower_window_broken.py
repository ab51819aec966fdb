"""The tower lab's window is drawn broken by the tower's `moon` lights that show it: the window is
whole until a direction lets the morning in (as the one that throws Ares out through it does), then
the hole stands in the wall right over the `window` mark he is thrown from."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import STORY
from test_stage_shown import picture, without_flames

from game.scenes import shown
from game.scenes.staging import direct
from game.story import events as ev


def in_the_tower_lab(launch):
    p = launch("inside_iq", story=STORY)
    p.until(lambda: p.play is not None and p.play.stage.map is not None and p.top is p.play, key="return", limit=3000)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="dawn", lights=("screens", "lamps"), camera="pan:window"))
    p.run(240)  # the camera reaches the window
    return p


def window_on_screen(p) -> pygame.Rect:
    stage = p.play.stage
    boxes = [b for b in shown.of_map(stage.map) if b.kind == "moon"]
    assert len(boxes) == 6, "the broken window, two tiles by three: the wall and the glass on the floor"
    ox, oy = stage.offset()
    area = boxes[0].box.unionall([b.box for b in boxes[1:]]).move(ox, oy).clip(stage.view)
    mark = stage.direction.spot("window")
    assert mark is not None and area.left <= mark.rect.centerx + ox <= area.right, "over where he is thrown from"
    return area


def test_the_window_is_whole_until_the_morning_is_let_in_then_broken(launch) -> None:
    p = in_the_tower_lab(launch)
    stage = p.play.stage
    area = window_on_screen(p)
    assert area.w >= 24 and area.h >= 40, f"the window's box is on screen: {area}"
    assert (picture(p, area) == without_flames(p, area)).all(), "no moon: the window is whole"
    direct(stage, ev.Stage("s", lights=("screens", "lamps", "moon")))
    p.run(3)
    broken, whole = picture(p, area), without_flames(p, area)
    changed = (np.abs(broken - whole).sum(axis=2) > 60).mean()
    assert changed > 0.25, ("the hole stands where the window was", changed)

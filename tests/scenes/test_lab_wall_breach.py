"""The hole 7723 leaves in the wall of Rice's lab is drawn by the lab's `fire` lights that show it: the
wall is whole until a direction lights the fire (as the one that sends him through it does), then the
hole stands where the wall was, beside the mark he walks to."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import STORY
from test_stage_shown import picture, without_flames

from game.scenes import shown
from game.scenes.staging import direct
from game.story import events as ev


def in_the_lab(launch):
    p = launch("bot_for_every_home", story=STORY)
    p.until(lambda: p.play is not None and p.play.stage.walking and p.top is p.play, key="return", limit=3000)
    stage = p.play.stage
    direct(stage, ev.Stage("s", map="rice_lab", time="night", lights=("screens", "lamps"), camera="pan:the_wall"))
    p.until(lambda: stage.map is not None and stage.map.name == "rice_lab" and stage.curtain == 0, limit=600)
    p.run(240)  # the camera reaches the wall
    return p


def breach_on_screen(p) -> pygame.Rect:
    stage = p.play.stage
    boxes = [b for b in shown.of_map(stage.map) if b.kind == "fire"]
    assert len(boxes) == 6, "the hole, two tiles by three, over the wall"
    ox, oy = stage.offset()
    area = boxes[0].box.unionall([b.box for b in boxes[1:]]).move(ox, oy).clip(stage.view)
    wall = stage.direction.spot("the_wall")
    assert wall is not None and abs(wall.rect.centerx + ox - area.left) <= 16, "right beside where he walks to"
    return area


def test_the_wall_is_whole_until_the_fire_is_lit_then_holed(launch) -> None:
    p = in_the_lab(launch)
    stage = p.play.stage
    area = breach_on_screen(p)
    assert area.w >= 24 and area.h >= 40, f"the hole's box is on screen: {area}"
    assert (picture(p, area) == without_flames(p, area)).all(), "no fire: the wall is whole"
    direct(stage, ev.Stage("s", lights=("screens", "lamps", "fire")))
    p.run(3)
    holed, bare = picture(p, area), without_flames(p, area)
    changed = (np.abs(holed - bare).sum(axis=2) > 60).mean()
    assert changed > 0.3, ("the hole stands where the wall was", changed)

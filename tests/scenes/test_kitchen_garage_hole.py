"""The hole 7723 breaks through the garage wall of the wrecked kitchen is drawn by the kitchen's
`chest` lights that show it (his chest light, which he brings in lit): the wall is whole until the
direction that brings him through lights it, then the hole stands where the wall was, beside the
mark he comes in at. The torn roof over the kitchen lets the rain in, and Molly has a mark under it
to be lifted out from."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import STORY
from test_stage_shown import picture, without_flames

from game.scenes import shown
from game.scenes.staging import direct
from game.story import events as ev


def in_the_wrecked_kitchen(launch):
    p = launch("house_attack", story=STORY)
    p.until(lambda: p.play is not None and p.play.stage.map is not None and p.top is p.play, key="return", limit=3000)
    stage = p.play.stage
    direct(stage, ev.Stage("s", map="kitchen_wrecked", time="night", lights=("moon", "fire"),
                           camera="pan:garage_breach"))
    p.until(lambda: stage.map is not None and stage.map.name == "kitchen_wrecked" and stage.curtain == 0, limit=600)
    p.run(240)  # the camera reaches the wall
    return p


def hole_on_screen(p) -> pygame.Rect:
    stage = p.play.stage
    boxes = [b for b in shown.of_map(stage.map) if b.kind == "chest"]
    assert len(boxes) == 6, "the hole, two tiles by three, in the garage wall"
    ox, oy = stage.offset()
    area = boxes[0].box.unionall([b.box for b in boxes[1:]]).move(ox, oy).clip(stage.view)
    mark = stage.direction.spot("garage_breach")
    assert mark is not None and abs(mark.rect.centerx + ox - area.left) <= 32, "right beside where he comes in"
    return area


def test_the_garage_wall_is_whole_until_he_comes_through_it(launch) -> None:
    p = in_the_wrecked_kitchen(launch)
    stage = p.play.stage
    area = hole_on_screen(p)
    assert area.w >= 24 and area.h >= 40, f"the hole's box is on screen: {area}"
    assert (picture(p, area) == without_flames(p, area)).all(), "not lit: the wall is whole"
    direct(stage, ev.Stage("s", lights=("moon", "fire", "chest")))
    p.run(3)
    holed, whole = picture(p, area), without_flames(p, area)
    changed = (np.abs(holed - whole).sum(axis=2) > 60).mean()
    assert changed > 0.3, ("the hole stands where the wall was", changed)


def test_the_rain_comes_in_under_the_torn_roof_and_molly_is_lifted_out_there(launch) -> None:
    p = in_the_wrecked_kitchen(launch)
    tm = p.play.stage.map
    names = {str((tm.tmx.get_tile_properties_by_gid(g) or {}).get("name", ""))
             for layer in tm.tmx.visible_tile_layers for _, _, g in tm.tmx.layers[layer].iter_data() if g}
    assert {"roofrain", "roofslates0", "fallen_beam@0,0"} <= names, "the rain, the slates and the beam are on the map"
    hole = p.play.stage.direction.spot("up_through_the_roof")
    assert hole is not None and hole.rect.centery < 5 * 16, "under the gap in the roof, by the torn wall"

"""The kitchen's roof going up in Ares's claws, the open storm drain they go down into, and tears on a
face seen close: the window really draws them where they are put (its pixels are compared with the
same frame without them), and the tears held by someone sitting lie over their face."""

from __future__ import annotations

import pygame
from test_props_drawn import on_the_map
from test_stage_reach_slack import picture

from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast, Prop


def test_the_roof_and_the_drain_are_drawn_where_they_are_put(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day"))
    bench = stage.direction.spot("bench").rect
    box = pygame.Rect(0, 0, 60, 40)
    box.midbottom = bench.center
    before = picture(p, box)
    for name in ("roof_lid", "storm_drain"):
        direct(stage, ev.Stage("s", props=(Prop(name, name, "arms", spot="bench"),)))
        p.run(8)
        item = stage.direction.props.items[name]
        placed = picture(p, box)
        assert box.colliderect(item.rect) and placed != before, f"{name} is drawn where it was put"
        direct(stage, ev.Stage("s", props=(Prop(name, name, "arms", leave=True),)))
        p.run(8)
        assert not item.alive() and picture(p, box) != placed, f"{name} is gone once taken away"


def test_tears_held_by_someone_sitting_lie_over_their_face(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day", cast=(Cast("greenwood", "bench", face="down", pose="sit"),)))
    p.run(4)
    who = stage.direction.find("greenwood")
    assert who is not None
    face = pygame.Rect(who.rect.x, who.rect.y, who.rect.w, who.rect.h * 2 // 3)
    before = picture(p, face)
    direct(stage, ev.Stage("s", props=(Prop("tears", "tears", "hand", holder="greenwood"),)))
    p.run(8)
    tears = stage.direction.props.items["tears"]
    assert tears.rect.colliderect(face) and picture(p, face) != before, "the tears are on her face"

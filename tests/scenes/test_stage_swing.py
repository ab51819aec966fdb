"""`swing`: whoever holds the bat swings it out in front of them, level at their hands, the way they
face; Mai from a sheet of her own with her arms out (`mai_swing`), anyone else as they stand. On
`pose: stand` it goes back over the shoulder. A bag on the back is not swung."""

from __future__ import annotations

import pygame
from test_props_drawn import on_the_map, pixels

from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast, Prop


def shows(p, image: pygame.Surface, rect: pygame.Rect) -> float:
    """The share of `image`'s solid pixels (the bat, not the see-through blur of its swing) the
    screen shows, in their own colours, at `rect` (map)."""
    seen = pixels(p, rect)
    own = pygame.surfarray.array3d(image)
    solid = pygame.surfarray.array_alpha(image) == 255
    return float((seen == own).all(axis=2)[solid].mean())


def holding_the_bat(p, who: str, face: str):
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day", cast=(Cast(who, "bench", face=face),),
                           props=(Prop("bat", "bat", "shoulder", holder=who),)))
    p.run(4)
    return stage, stage.direction.find(who), stage.direction.props.items["bat"]


def test_mai_swings_the_bat_out_in_front_of_her_and_shoulders_it_again(launch) -> None:
    p = on_the_map(launch)
    stage, mai, bat = holding_the_bat(p, "mai", "right")
    on_shoulder = pygame.Rect(bat.rect)
    assert mai.rect.contains(on_shoulder.clip(mai.rect)) and on_shoulder.colliderect(mai.rect)
    direct(stage, ev.Stage("s", cast=(Cast("mai", pose="swing"),)))
    p.run(4)
    assert mai.image is mai.sheet.extra["drawn"]["swing"].frame("right", 0, False), "drawn from mai_swing"
    assert bat.rect.centerx > mai.rect.right, "the bat out in front of her, the way she faces"
    assert bat.rect.width > bat.rect.height, "level, not upright over her shoulder"
    assert mai.rect.top + mai.rect.height // 2 <= bat.rect.centery <= mai.rect.bottom - 6, "at her hands"
    assert shows(p, bat.image, bat.rect) > 0.8, "the window draws it there"
    direct(stage, ev.Stage("s", cast=(Cast("mai", face="left"),)))
    p.run(4)
    assert bat.rect.centerx < mai.rect.left, "turned the other way, it is out the other side"
    direct(stage, ev.Stage("s", cast=(Cast("mai", pose="stand"),)))
    p.run(4)
    assert bat.rect.colliderect(mai.rect) and bat.image is bat.frames[1], "back over her shoulder"


def test_anyone_holding_the_bat_swings_it(launch) -> None:
    p = on_the_map(launch)
    stage, her, bat = holding_the_bat(p, "greenwood", "left")
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="swing"),)))
    p.run(4)
    assert bat.rect.centerx < her.rect.left and bat.rect.width > bat.rect.height
    assert shows(p, bat.image, bat.rect) > 0.8


def test_a_bag_on_the_back_is_not_swung(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("mai", "bench", face="right"),),
                           props=(Prop("backpack", "backpack", "back", holder="mai"),)))
    p.run(4)
    bag = stage.direction.props.items["backpack"]
    before = pygame.Rect(bag.rect)
    direct(stage, ev.Stage("s", cast=(Cast("mai", pose="swing"),)))
    p.run(4)
    assert bag.rect.colliderect(stage.direction.find("mai").rect) and bag.rect.size == before.size

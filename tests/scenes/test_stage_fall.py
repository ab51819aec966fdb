"""`fall`: someone going down off a height, seen from above (7723 shot off the Skyway). The window
really shows it: from the moment the pose is given the figure is drawn tipped over, smaller and
smaller, and at last not at all, where it was put; the clock runs for the lead as for anyone else, and
what they hold goes down with them. And the fire that knocks someone down: a sight on whoever lies
`knocked_down` is shots landing on them, bursts of fire, not a thin red line."""

from __future__ import annotations

import pygame
from test_stage_aim import facing_each_other
from test_stage_gunfire import aiming_at_her_by_night, hot_pixels
from test_stage_play import on_the_map
from test_stage_reach_slack import picture

from game.scenes import falling as fl
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def drawn(image: pygame.Surface) -> int:
    """How many pixels of `image` are drawn at all."""
    return int((pygame.surfarray.array_alpha(image) > 0).sum())


def test_someone_falling_tumbles_away_smaller_and_smaller_until_gone(launch) -> None:
    p = on_the_map(launch)
    stage, _, her = facing_each_other(p)
    standing = her.sheet.frame(her.facing, 0, False)
    box = her.rect.inflate(40, 40)
    before = picture(p, box)
    her.t = 5.0  # a stride long walked: the fall starts from the edge all the same
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="fall"),)))
    assert her.t == 0.0 and her.pose == "fall"
    assert picture(p, box) != before, "the window shows her going over"
    her.t = fl.SECONDS * 0.2
    her.refresh()
    early = drawn(her.image)
    tipped = her.image.get_bounding_rect()
    assert tipped.width > standing.get_bounding_rect().width, "tipped over, not upright"
    her.t = fl.SECONDS * 0.7
    her.refresh()
    late = drawn(her.image)
    assert 0 < late < early < drawn(standing) * 1.5, (late, early)
    her.t = fl.SECONDS
    her.refresh()
    assert drawn(her.image) == 0, "gone into the dark"
    assert her.rect.bottom == round(her.pos.y), "where she was put: she does not fly off anywhere"


def test_the_fall_goes_on_by_itself_for_the_lead_too(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    mai = stage.mai
    direct(stage, ev.Stage("s", cast=(Cast("mai", pose="fall"),)))
    first = drawn(mai.image)
    p.run(60)
    assert mai.t > 0.5, "her fall runs on while nothing else moves"
    assert drawn(mai.image) < first


def test_what_they_hold_goes_down_with_them(launch) -> None:
    p = on_the_map(launch)
    stage, _, her = facing_each_other(p)
    direct(stage, ev.Stage("s", props=(ev.Prop("bat", "bat", holder="greenwood"),)))
    bat = stage.direction.props.items["bat"]
    held = drawn(bat.image)
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="fall"),)))
    her.t = fl.SECONDS * 0.7
    stage.direction.place_props()
    assert 0 < drawn(bat.image) < held, "smaller with her"
    assert bat.rect.center == her.rect.center


def test_a_sight_on_someone_knocked_down_is_fire_landing_on_them(launch) -> None:
    p = on_the_map(launch)
    stage, _, her = aiming_at_her_by_night(p)
    sight = hot_pixels(p, her.rect.inflate(16, 16))
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="knocked_down"),)))
    assert hot_pixels(p, her.rect.inflate(16, 16)) > sight + 30, "bursts of fire on her where the shot lands"
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="stand"),)))
    assert hot_pixels(p, her.rect.inflate(16, 16)) <= sight, "up again: only the sight"

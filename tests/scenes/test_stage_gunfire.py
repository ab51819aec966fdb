"""`aim` at someone lying in pieces (`apart`): the thin red sight becomes the shot that did it, a thick
white-hot bolt from his barrel to the wreck with fire on it; the sight does not run on past the wreck
to whoever stands further off. The window really shows it: its pixels are counted."""

from __future__ import annotations

import pygame
from test_stage_aim import facing_each_other
from test_stage_play import on_the_map

from game.scenes.gunfire import wreck_ahead
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def hot_pixels(p, box: pygame.Rect) -> int:
    """How many white-hot or orange pixels of fire the window shows over `box` (map pixels)."""
    p.run(2)
    ox, oy = p.play.stage.offset()
    area = box.move(ox, oy).clip(p.app.canvas.surface.get_rect())
    rgb = pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area)).astype(int)
    return int(((rgb[..., 0] > 230) & (rgb[..., 1] > 150)).sum())


def between(bot, her) -> pygame.Rect:
    """The road between his barrel and her, short of both figures."""
    left, right = sorted((bot.rect.centerx, her.rect.centerx))
    return pygame.Rect(left + 12, bot.rect.top, right - left - 24, bot.rect.height)


def aiming_at_her_by_night(p):  # noqa: ANN001, ANN201 - the scene-test driver, its stage and two walkers
    """7723 five tiles to her right, facing her with his arm up, in the dark so fire shows: (stage,
    him, her)."""
    stage, bot, her = facing_each_other(p)
    direct(stage, ev.Stage("s", time="night", lights=(), blackout=False))
    bot.pos = her.pos + pygame.Vector2(80, 0)
    bot.refresh()
    direct(stage, ev.Stage("s", cast=(Cast("7723", face="left", pose="aim"),)))
    return stage, bot, her


def test_the_shot_is_a_bolt_to_the_wreck_not_a_sight_on_her(launch) -> None:
    p = on_the_map(launch)
    stage, bot, her = aiming_at_her_by_night(p)
    sight = hot_pixels(p, between(bot, her))
    assert wreck_ahead(bot, stage.direction.on_map(), 240) is None, "nobody in pieces yet"
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="apart"),)))
    assert wreck_ahead(bot, stage.direction.on_map(), 240) is not None
    assert hot_pixels(p, between(bot, her)) > sight + 20, "a bolt of fire along the way to the wreck"
    direct(stage, ev.Stage("s", cast=(Cast("7723", pose="stand"),)))
    assert hot_pixels(p, between(bot, her)) <= sight, "the arm comes down: no bolt"


def test_a_wreck_behind_the_one_the_sight_is_on_was_not_his_shot(launch) -> None:
    p = on_the_map(launch)
    stage, bot, her = facing_each_other(p)
    bot.pos = her.pos + pygame.Vector2(80, 0)
    bot.refresh()
    direct(stage, ev.Stage("s", cast=(Cast("7723", face="left", pose="aim"), Cast("greenwood", pose="apart"))))
    people = stage.direction.on_map()
    assert wreck_ahead(bot, people, 240, sighted=(round(her.pos.x), round(her.pos.y))) is not None, "the sight on the wreck"
    nearer = (round(bot.pos.x) - 30, round(bot.pos.y))
    assert wreck_ahead(bot, people, 240, sighted=nearer) is None, "someone nearer is in his sight"

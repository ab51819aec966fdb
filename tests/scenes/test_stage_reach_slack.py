"""`reach`: 7723's arm up the way he faces with nothing left in it, drawn from a sheet of its own
(`7723_reach`): an empty hand, no barrel and no red dot on whoever he faces. `slack`: someone gone
limp, head down and greyed, standing or walked (the loose run). The window really shows them: its
pixels are compared with the same frame without the pose."""

from __future__ import annotations

import pygame
from test_stage_aim import chest, facing_each_other, red_pixels
from test_stage_play import on_the_map

from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def picture(p, box: pygame.Rect) -> bytes:
    """The window's pixels over `box` (map pixels)."""
    p.run(2)
    ox, oy = p.play.stage.offset()
    area = box.move(ox, oy).clip(p.app.canvas.surface.get_rect())
    return pygame.image.tobytes(p.app.canvas.surface.subsurface(area), "RGB")


def colourful(image: pygame.Surface) -> int:
    """How far its drawn pixels are from grey, added up: a greyed figure has less of it."""
    total = 0
    for x in range(image.get_width()):
        for y in range(image.get_height()):
            c = image.get_at((x, y))
            if c.a > 200:
                total += max(c.r, c.g, c.b) - min(c.r, c.g, c.b)
    return total


def test_7723_reaching_is_drawn_from_his_own_sheet_with_no_red_dot(launch) -> None:
    p = on_the_map(launch)
    stage, bot, her = facing_each_other(p)
    before = picture(p, bot.rect.inflate(24, 0))
    direct(stage, ev.Stage("s", cast=(Cast("7723", pose="reach"),)))
    assert bot.image is bot.sheet.extra["drawn"]["reach"].frame("left", 0, False), "drawn from 7723_reach"
    assert bot.image.get_width() > bot.sheet.frame("left", 0, False).get_width(), "the arm reaches out past him"
    assert picture(p, bot.rect.inflate(24, 0)) != before, "the window shows his arm up"
    assert red_pixels(p, chest(her)) == 0, "nothing to fire: no dot on her"
    assert red_pixels(p, bot.rect.inflate(8, 0)) == 0, "and no red at his hand"
    direct(stage, ev.Stage("s", cast=(Cast("7723", pose="stand"),)))
    assert bot.image is bot.sheet.frame("left", 0, False)


def test_someone_slack_is_drawn_drooped_and_greyed_standing_and_walking(launch) -> None:
    p = on_the_map(launch)
    stage, _, her = facing_each_other(p)
    standing = her.sheet.frame(her.facing, 0, False)
    box = her.rect.inflate(16, 8)
    before = picture(p, box)
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="slack"),)))
    assert her.image is not standing and colourful(her.image) < colourful(standing) * 0.6, "greyed"
    assert picture(p, box) != before, "the window shows her gone slack"
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", walk="bench", pace="run"),)))
    p.run(3)
    assert her.pose == "slack", "a slack run: walked in the pose"
    walking = her.sheet.frame(her.facing, her.t, True)
    assert colourful(her.image) < colourful(walking) * 0.6

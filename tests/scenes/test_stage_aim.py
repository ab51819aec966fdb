"""`aim`: 7723's arm cannon up, drawn from a sheet of its own (`7723_aim`), its barrel glowing red and a
small red dot on whoever he faces within a few tiles; `pose: stand` puts it away. The window really
shows the red: its pixels are compared with the same frame without the pose."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import on_the_map

from game.scenes.aiming import CHEST, REACH, aimed_at
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def red_pixels(p, box: pygame.Rect) -> int:
    """How many strongly red pixels the window shows over `box` (map pixels)."""
    p.run(2)
    ox, oy = p.play.stage.offset()
    area = box.move(ox, oy).clip(p.app.canvas.surface.get_rect())
    rgb = pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area)).astype(int)
    return int(((rgb[..., 0] > 180) & (rgb[..., 1] < 110) & (rgb[..., 2] < 110)).sum())


def facing_each_other(p):
    """7723 a couple of tiles to the right of Greenwood, facing her, by day (below the bench, where
    no mark of the explore points)."""
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day", cast=(Cast("greenwood", "bench", face="right"),)))
    her = stage.direction.find("greenwood")
    her.pos += pygame.Vector2(0, 48)
    her.refresh()
    direct(stage, ev.Stage("s", cast=(Cast("7723", "bench", face="left"),)))
    bot = stage.direction.find("7723")
    bot.pos = her.pos + pygame.Vector2(40, 0)
    bot.refresh()
    return stage, bot, her


def chest(w) -> pygame.Rect:
    box = pygame.Rect(0, 0, 12, 12)
    box.center = (w.rect.centerx, w.rect.top + round(w.rect.height * CHEST))
    return box


def test_7723_aiming_is_drawn_from_his_own_sheet_with_a_red_dot_on_who_he_faces(launch) -> None:
    p = on_the_map(launch)
    stage, bot, her = facing_each_other(p)
    assert red_pixels(p, chest(her)) == 0, "no dot on her while his arm is down"
    direct(stage, ev.Stage("s", cast=(Cast("7723", pose="aim"),)))
    drawn = bot.sheet.extra["drawn"]["aim"]
    assert bot.image is drawn.frame("left", 0, False), "drawn from 7723_aim"
    assert bot.image.get_width() > bot.sheet.frame("left", 0, False).get_width(), "the barrel reaches out past him"
    assert red_pixels(p, chest(her)) >= 4, "a red dot on her chest, in the window's picture"
    direct(stage, ev.Stage("s", cast=(Cast("7723", pose="stand"),)))
    assert bot.image is bot.sheet.frame("left", 0, False)
    assert red_pixels(p, chest(her)) == 0, "the arm comes down: no dot"


def test_the_dot_is_on_the_one_he_faces_not_the_one_behind_him(launch) -> None:
    p = on_the_map(launch)
    stage, bot, her = facing_each_other(p)
    direct(stage, ev.Stage("s", cast=(Cast("7723", face="right", pose="aim"),)))
    assert aimed_at(bot, stage.direction.on_map()) is None or her.pos.x > bot.pos.x
    assert red_pixels(p, chest(her)) == 0, "she is behind him"
    bot.pos = her.pos + pygame.Vector2(REACH + 40, 0)
    direct(stage, ev.Stage("s", cast=(Cast("7723", face="left"),)))
    assert aimed_at(bot, [bot, her]) is None, "too far off for the dot"


def test_the_barrel_glows_red_in_the_dark_too(launch) -> None:
    p = on_the_map(launch)
    stage, bot, _ = facing_each_other(p)
    direct(stage, ev.Stage("s", time="night", lights=(), blackout=False))
    box = bot.rect.inflate(8, 0)
    before = red_pixels(p, box)
    direct(stage, ev.Stage("s", cast=(Cast("7723", pose="aim"),)))
    box = bot.rect.inflate(8, 0)
    assert red_pixels(p, box) > before, "the muzzle shows at night"


def test_the_aim_sheet_points_the_barrel_the_way_he_faces(launch) -> None:
    p = on_the_map(launch)
    stage, bot, _ = facing_each_other(p)
    drawn = bot.sheet.extra["drawn"]["aim"]
    for facing, side in (("left", 0), ("right", -1)):
        alpha = pygame.surfarray.array_alpha(drawn.frame(facing, 0, False))
        column = alpha[side]
        assert np.count_nonzero(column) > 0, f"the barrel at the {facing} edge of the picture"


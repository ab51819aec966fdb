"""`dance`: someone rocking from side to side on the beat, a note by their head (the noodle robot,
its jingle gone punk). The window really shows it: the figure is drawn tipped over, the other way on
the next beat, and standing again once a direction says so."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_aim import facing_each_other
from test_stage_play import on_the_map
from test_stage_reach_slack import picture

from game.scenes import dancing as dn
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def test_someone_dancing_rocks_over_one_way_then_the_other(launch) -> None:
    p = on_the_map(launch)
    stage, _, her = facing_each_other(p)
    standing = her.sheet.frame(her.facing, 0, False)
    box = her.rect.inflate(24, 8)
    before = picture(p, box)
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="dance"),)))
    her.t = 0.0
    her.refresh()
    first = her.image
    assert first is not standing and first.get_width() > standing.get_width(), "tipped over, a note beside"
    assert picture(p, box) != before, "the window shows her dancing"
    her.t = 1 / dn.BEATS  # the next beat
    her.refresh()
    second = pygame.surfarray.array_alpha(her.image)
    assert not np.array_equal(pygame.surfarray.array_alpha(first), second), "the other way on the next beat"
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="stand"),)))
    her.refresh()
    assert her.image is her.sheet.frame(her.facing, 0, False)


def test_a_dancer_keeps_time_while_standing_still(launch) -> None:
    p = on_the_map(launch)
    stage, _, her = facing_each_other(p)
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="dance"),)))
    t = her.t
    p.run(10)
    assert her.t > t, "the beat goes on where she stands"


def test_a_still_of_it_has_its_note() -> None:
    pygame.init()
    frame = pygame.Surface((16, 32), pygame.SRCALPHA)
    frame.fill((200, 200, 200, 255), (4, 4, 8, 28))
    out = dn.dancing(frame, 0.0)
    yellow = [(x, y) for x in range(out.get_width()) for y in range(out.get_height())
              if out.get_at((x, y))[:3] == dn.NOTE]
    assert yellow, "a music note by its head"

"""Night and the map's edges, played on real frames: night reads as night, with the lamps the bright
places and the people still made out in the dark between them; and whoever speaks at the bottom
edge of a map is seen above the text box, not under it."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import in_the_backyard, luminance, map_area

from game.scenes.dialogue import BOX
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast

TILE = 16


def test_night_is_dark_but_for_the_lamps_and_people_are_still_made_out(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("mai", "start"),)))
    p.run(3)
    day = luminance(p, map_area(p))
    direct(stage, ev.Stage("s", time="night", lights=("lamps", "moon")))
    p.run(3)
    night = luminance(p, map_area(p))
    assert np.median(night) < 0.25 * np.median(day), "most of the yard is dark at a glance"
    assert np.percentile(night, 99.5) > 0.6 * np.percentile(day, 99.5), "the lamps are still bright places"
    mai = stage.direction.find("mai")
    ox, oy = stage.offset()
    body = mai.rect.move(ox, oy).clip(map_area(p))
    ground = body.move(3 * TILE, 0)
    lum = luminance(p)
    seen = lum[body.left:body.right, body.top:body.bottom].max()
    around = np.median(lum[ground.left:ground.right, ground.top:ground.bottom])
    assert seen > around + 20, ("Mai is made out against the dark ground", seen, around)


def test_someone_speaking_at_the_bottom_edge_is_above_the_text_box(launch) -> None:
    p = in_the_backyard(launch)
    play, stage = p.play, p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("7723", "start"),)))
    bot = stage.direction.find("7723")
    tm = stage.map
    bot.pos = pygame.Vector2(bot.pos.x, tm.size[1] - 1.5 * TILE)  # on the last row above the fence
    bot.refresh()
    play.present(ev.Line("l", "7723", "7723", "Down here.", "neutral", node="yard"))
    p.run(240)
    ox, oy = stage.offset()
    assert bot.rect.move(ox, oy).bottom <= BOX.y, (bot.rect.move(ox, oy), BOX)

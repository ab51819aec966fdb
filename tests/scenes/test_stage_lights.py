"""The lights people carry, played on real frames: 7723's chest lights whoever sits a few tiles from
him in a blackout, a Q-Bot's red eye is a light that goes where it goes, and two Q-Bots on one map
are placed and walked apart by the names directions give them."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import in_the_backyard, luminance, on_the_map

from game.scenes.carried import carried
from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast

TILE = 16


def on_screen(p, w) -> pygame.Rect:
    ox, oy = p.play.stage.offset()
    return w.rect.move(ox, oy)


def rgb(p, area: pygame.Rect) -> np.ndarray:
    return pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area)).astype(float)


def test_the_chest_lights_someone_two_tiles_off_in_a_blackout_and_no_further(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("7723", "start", face="right", pose="sit"), Cast("momo", "start"))))
    bot, momo = stage.direction.find("7723"), stage.direction.find("momo")
    momo.pos = pygame.Vector2(bot.pos) + (2 * TILE, 0)
    momo.refresh()
    p.run(3)
    by_day = luminance(p, on_screen(p, momo)).mean()
    direct(stage, ev.Stage("s", time="midnight", lights=("chest",), blackout=True))
    p.run(3)
    lit = luminance(p, on_screen(p, momo)).mean()
    assert lit > 0.4 * by_day, ("Momo two tiles off is seen by the chest's light", by_day, lit)
    momo.pos = pygame.Vector2(bot.pos) + (8 * TILE, 0)
    momo.refresh()
    p.run(3)
    assert luminance(p, on_screen(p, momo)).mean() < 0.1 * by_day, "eight tiles off she is in the dark"


def test_a_qbots_eye_is_a_red_light_that_follows_it(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="midnight", lights=(), blackout=True, cast=(Cast("qbot", "start"),)))
    p.run(3)
    bot = stage.direction.find("qbot")
    assert rgb(p, on_screen(p, bot).inflate(8, 0)).max() < 8, "with its eye not lit, a blackout hides it"
    direct(stage, ev.Stage("s", lights=("eye",)))
    p.run(3)
    lit = rgb(p, on_screen(p, bot).inflate(8, 0))
    assert lit[..., 0].max() > 150 and lit[..., 0].mean() > 2 * lit[..., 1].mean(), "a red glow on its face"
    before = pygame.Rect(bot.rect)
    bot.pos += (6 * TILE, 0)
    bot.refresh()
    p.run(3)
    ox, oy = stage.offset()
    assert rgb(p, before.move(ox, oy).inflate(8, 0))[..., 0].max() < 8, "the light went with it"
    assert rgb(p, on_screen(p, bot).inflate(8, 0))[..., 0].max() > 150


def test_two_qbots_are_placed_and_walked_apart_by_their_names(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    d = stage.direction
    direct(stage, ev.Stage("s", cast=(Cast("qbot#1", "start"), Cast("qbot#2", "bench"))))
    one, two = d.find("qbot#1"), d.find("qbot#2")
    assert one is not None and two is not None and one is not two
    assert one.who == two.who == "qbot", "both drawn as Q-Bots"
    home = pygame.Vector2(one.pos)
    assert two.pos == pygame.Vector2(d.spot("bench").rect.center)
    direct(stage, ev.Stage("s", cast=(Cast("qbot#2", "start", walk=True, face="left"),)))
    frames = 0
    while busy(stage):
        p.run(1)
        frames += 1
        assert frames < 600, "the second Q-Bot never arrived"
    assert two.pos.distance_to(home) <= TILE + 1 and two.facing == "left", "beside the first, which holds the spot"
    assert one.pos == home, "the first stayed where it was put"
    direct(stage, ev.Stage("s", cast=(Cast("qbot#1", leave=True),)))
    assert d.find("qbot#1") is None and d.find("qbot#2") is two


def test_people_of_the_map_answer_to_their_objects_name_and_their_place_among_their_sprite(launch) -> None:
    p = on_the_map(launch)
    d = p.play.stage.direction
    momo = d.find("momo")
    assert momo is not None and d.find("momo#1") is momo and momo.name == "momo"
    assert d.find("momo#2") is None


def test_a_qbot_by_another_name_carries_the_same_eye(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("bubbles", "start"), Cast("7723", "start"))))
    on = carried(stage.direction.on_map(), (0, 0), ("eye", "chest"))
    assert sorted(s.kind for s in on) == ["chest", "eye"], "bubbles is drawn as a Q-Bot, and has its eye"
    assert carried(stage.direction.on_map(), (0, 0), ("chest",))[0].kind == "chest", "an eye not on is not shone"

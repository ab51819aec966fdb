"""Poses walked in, drawn on sheets of their own: 7723 carrying Mai (her magenta hoodie across his
chest, on screen) stays carrying her while he walks, and a Gen 6 crawls low on all fours, walking too;
a sprite with no such sheet still takes the pose, made from its walk."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import on_the_map

from game.engine.theme import PALETTE
from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast

HOODIE = PALETTE["magenta"]


def hoodie_pixels(p, w) -> int:
    """How many pixels of Mai's hoodie colour the window shows where `w` stands."""
    p.run(2)
    ox, oy = p.play.stage.offset()
    box = w.rect.move(ox, oy).clip(p.app.canvas.surface.get_rect())
    rgb = pygame.surfarray.array3d(p.app.canvas.surface.subsurface(box)).astype(int)
    return int((np.abs(rgb - np.array(HOODIE[:3])).sum(axis=2) < 40).sum())


def test_7723_carries_mai_on_screen_and_goes_on_carrying_her_as_he_walks(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day", cast=(Cast("7723", "bench", face="down"),)))
    bot = stage.direction.find("7723")
    standing = bot.image
    assert hoodie_pixels(p, bot) == 0, "no Mai in his arms yet"
    direct(stage, ev.Stage("s", cast=(Cast("7723", pose="carry"),)))
    carry = bot.sheet.extra["drawn"]["carry"]
    assert bot.image is carry.frame("down", 0, False) and bot.image is not standing, "drawn from 7723_carry"
    assert hoodie_pixels(p, bot) > 20, "her hoodie across his chest, in the window's picture"
    direct(stage, ev.Stage("s", cast=(Cast("7723", "momo", walk=True),)))
    p.run(10)
    assert busy(stage) and bot.pose == "carry" and bot.moving
    assert any(bot.image is f for row in carry.frames.values() for f in row), "he walks carrying her"
    while busy(stage):
        p.run(1)
    assert bot.pose == "carry", "still carrying her once there"


def test_a_gen6_crawls_low_and_keeps_crawling_as_it_moves(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("gen6#1", "start", face="left"),)))
    unit = stage.direction.find("gen6#1")
    upright = unit.image.get_bounding_rect().height
    direct(stage, ev.Stage("s", cast=(Cast("gen6#1", "bench", walk=True, pose="crawl"),)))
    p.run(10)
    assert unit.moving and unit.pose == "crawl", "crawling there, not walking upright"
    crawl = unit.sheet.extra["drawn"]["crawl"]
    assert any(unit.image is f for row in crawl.frames.values() for f in row), "drawn from gen6_crawl"
    assert unit.image.get_bounding_rect().height < upright * 0.8, "on all fours: lower than on its feet"


def test_a_sprite_without_a_crawling_sheet_crawls_as_its_walk_pressed_low(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    momo = stage.direction.find("momo")
    assert "crawl" not in momo.sheet.extra.get("drawn", {})
    height = momo.image.get_height()
    direct(stage, ev.Stage("s", cast=(Cast("momo", pose="crawl"),)))
    assert momo.image.get_height() < height

"""`hold`: both arms wrapped round whoever is before them, made from the figure's own frame. The
window draws the arms past the body the way they face (the picture differs from the same person
standing), keeps the feet where they stood, and someone holding walks on holding."""

from __future__ import annotations

import numpy as np
import pygame
from test_props_drawn import pixels
from test_stage_play import on_the_map

from game.scenes.holding import holding, torso_colour
from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast


def shown(p, w) -> np.ndarray:
    """The window's pixels round where `w` stands (a box wider than they are)."""
    p.run(2)
    box = pygame.Rect(0, 0, 96, 64)
    box.midbottom = (round(w.pos.x), round(w.pos.y))
    return pixels(p, box).astype(int)


def test_7723_holding_is_drawn_with_his_arms_out_before_him(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day", cast=(Cast("7723", "bench", face="left"),)))
    bot = stage.direction.find("7723")
    standing, feet = shown(p, bot), bot.rect.midbottom
    width = bot.image.get_width()
    direct(stage, ev.Stage("s", cast=(Cast("7723", pose="hold"),)))
    held = shown(p, bot)
    assert bot.image.get_width() > width, "his arms reach out past him"
    assert bot.rect.midbottom == feet, "he stands where he stood"
    changed = (np.abs(held - standing).sum(axis=2) > 30)
    assert changed.sum() > 40, "the window shows his arms"
    cols = np.nonzero(changed.any(axis=1))[0]
    assert cols.min() < held.shape[0] // 2 - width // 2, "out to the left, the way he faces"


def test_someone_holding_walks_on_holding(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("7723", "bench", face="left", pose="hold"),)))
    direct(stage, ev.Stage("s", cast=(Cast("7723", "momo", walk=True),)))
    bot = stage.direction.find("7723")
    p.run(10)
    assert busy(stage) and bot.pose == "hold" and bot.moving
    assert bot.image.get_width() > bot.sheet.frame(bot.facing, 0, False).get_width(), "his arms still round"
    while busy(stage):
        p.run(1)
    assert bot.pose == "hold"


def test_the_arms_are_the_colour_of_the_body_and_go_the_way_they_face() -> None:
    frame = pygame.Surface((16, 32), pygame.SRCALPHA)
    frame.fill((200, 40, 150), pygame.Rect(3, 10, 10, 12))
    assert tuple(torso_colour(frame))[:3] == (200, 40, 150)
    left, right = holding(frame, "left"), holding(frame, "right")
    assert left.get_size() == right.get_size() == (32, 32)
    y = round(32 * 0.5) + 1
    assert left.get_at((4, y)).a == 255 and left.get_at((28, y)).a == 0, "reaching left"
    assert right.get_at((27, y)).a == 255 and right.get_at((3, y)).a == 0, "reaching right"
    down = holding(frame, "down")
    assert down.get_at((4, y)).a == 255 and down.get_at((27, y)).a == 255, "round both sides"

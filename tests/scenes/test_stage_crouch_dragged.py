"""`crouch`: down on the heels where they stand, the knees folded up under the body: shorter than
standing, on the same feet, and not the legs laid out along the floor of `sit`. `dragged`: leaning
back with the feet trailing, kept while walked (taken along between two others) and not stepping.
The window really shows them: its pixels are compared with the same frame without the pose."""

from __future__ import annotations

import pygame
from test_stage_aim import facing_each_other
from test_stage_play import on_the_map
from test_stage_reach_slack import picture

from game.scenes.crouching import crouching
from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast


def test_someone_crouching_is_lower_on_the_same_feet_and_not_sitting(launch) -> None:
    p = on_the_map(launch)
    stage, _, her = facing_each_other(p)
    standing = her.sheet.frame(her.facing, 0, False)
    feet = her.rect.midbottom
    box = her.rect.inflate(16, 8)
    before = picture(p, box)
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="crouch"),)))
    assert her.rect.midbottom == feet, "down where she stood"
    assert her.image.get_height() < standing.get_height() * 0.9, "lower than standing"
    assert her.image.get_width() == standing.get_width(), "the knees folded under her, not the legs laid out"
    assert picture(p, box) != before, "the window shows her crouched"
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="sit"),)))
    sitting = her.image
    assert pygame.image.tobytes(sitting, "RGBA") != pygame.image.tobytes(crouching(standing, her.facing), "RGBA")


def test_someone_dragged_leans_back_and_is_walked_without_a_step(launch) -> None:
    p = on_the_map(launch)
    stage, _, her = facing_each_other(p)
    standing = her.sheet.frame(her.facing, 0, False)
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", pose="dragged"),)))
    assert her.image.get_width() > standing.get_width() * 1.3, "leant back, at a slant"
    direct(stage, ev.Stage("s", cast=(Cast("greenwood", "momo", walk=True, pace="run", pose="dragged"),)))
    seen: dict[str, set[bytes]] = {}
    for _ in range(16):
        p.run(2)
        if her.moving:
            seen.setdefault(her.facing, set()).add(pygame.image.tobytes(her.image, "RGBA"))
    assert seen and busy(stage) or her.pose == "dragged"
    assert her.pose == "dragged", "taken along in the pose"
    assert all(len(images) == 1 for images in seen.values()), "one leant-back figure each way: the feet trail, they do not step"
    assert her.image.get_width() > standing.get_width() * 1.3

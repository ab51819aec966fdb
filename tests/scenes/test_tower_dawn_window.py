"""The window in the tower's outer wall by the side door shows the dawn sky: drawn by the map's
`screens` lights that show it (the screens with Pin's face beside it are pictures, not windows), so it is there while the tower's screens are lit (all of the beat in
the tower, which begins at dawn) and not when they are off."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import STORY
from test_stage_shown import picture, without_flames

from game.scenes import shown
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def by_the_side_door(launch):
    p = launch("bot_for_every_home", story=STORY)
    p.until(lambda: p.play is not None and p.play.stage.walking and p.top is p.play, key="return", limit=3000)
    stage = p.play.stage
    direct(stage, ev.Stage("s", map="iq_tower", time="dawn", lights=()))
    p.until(lambda: stage.map is not None and stage.map.name == "iq_tower" and stage.curtain == 0, limit=600)
    direct(stage, ev.Stage("s", cast=(Cast("mai", "from_sewers"),), camera="pan:from_sewers"))
    p.run(240)  # the camera reaches the door
    return p


def window_on_screen(p) -> pygame.Rect:
    stage = p.play.stage
    by_door = 3 * 16  # map pixels: the outer wall by the side door (the lab's own dawn windows are far off)
    boxes = [b for b in shown.of_map(stage.map) if b.kind == "screens" and not b.picture and b.box.x < by_door]
    assert len(boxes) == 4, "the window, two tiles by two, over the wall by the door"
    ox, oy = stage.offset()
    return boxes[0].box.unionall([b.box for b in boxes[1:]]).move(ox, oy).clip(stage.view)


def pink(area: np.ndarray) -> float:
    """The share of the pixels that are warm and pink or orange: the dawn sky."""
    r, g, b = area[..., 0], area[..., 1], area[..., 2]
    return float(((r > 170) & (r > g + 40) & (r > b - 20)).mean())


def test_the_dawn_window_shows_only_while_the_screens_are_lit(launch) -> None:
    p = by_the_side_door(launch)
    stage = p.play.stage
    area = window_on_screen(p)
    assert area.w >= 24 and area.h >= 24, f"the window is on screen: {area}"
    assert (picture(p, area) == without_flames(p, area)).all(), "screens off: a plain wall"
    direct(stage, ev.Stage("s", lights=("screens",)))
    p.run(3)
    lit, bare = picture(p, area), without_flames(p, area)
    assert (np.abs(lit - bare).sum(axis=2) > 60).mean() > 0.3, "the window stands in the wall"
    assert pink(lit) > pink(bare) + 0.1, ("the dawn sky in it", pink(lit), pink(bare))


def test_the_lab_has_the_dawn_in_its_windows_too(launch) -> None:
    """The lab, where most of the morning in the tower is spent, has two of the same windows in its
    north wall, so that the morning reads there as well."""
    p = by_the_side_door(launch)
    boxes = [b for b in shown.of_map(p.play.stage.map) if b.kind == "screens" and not b.picture and b.box.x >= 3 * 16]
    assert len(boxes) == 8 and all(b.box.y < 4 * 16 for b in boxes), "two windows in the lab's north wall"

"""What lights show, played on real frames: the backyard's fire lights have flames drawn over them
only while a direction has `fire` on, the flames move no faster than the flash ceiling allows and
hold still under reduce motion; the launch hall's big screen shows Mai's scowl once `feed` is on."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import STORY, in_the_backyard

from game.engine.motion import MAX_FLASH_HZ
from game.scenes import shown
from game.scenes.staging import direct
from game.story import events as ev


def box_on_screen(p) -> pygame.Rect:
    stage = p.play.stage
    boxes = shown.of_map(stage.map)
    assert boxes, "the backyard names flames for its house fire"
    ox, oy = stage.offset()
    on = [b.box.move(ox, oy).clip(stage.view) for b in boxes]
    return max(on, key=lambda r: r.w * r.h)


def picture(p, area: pygame.Rect) -> np.ndarray:
    return pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area)).astype(int)


def without_flames(p, area: pygame.Rect) -> np.ndarray:
    tm = p.play.stage.map
    kept = shown.of_map(tm)
    tm._shown = ()
    p.run(1)
    got = picture(p, area)
    tm._shown = kept
    return got


def test_flames_burn_only_while_the_fire_is_on(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    stage.camera = pygame.Vector2(stage.camera.x, 0)  # the camera up on the house
    direct(stage, ev.Stage("s", time="night", lights=("moon", "lamps"), camera="hold"))
    p.run(3)
    area = box_on_screen(p)
    assert area.w and area.h, "a box of flames is on screen"
    quiet = picture(p, area)
    assert (quiet == without_flames(p, area)).all(), "no fire on: nothing drawn over the house"
    direct(stage, ev.Stage("s", lights=("moon", "lamps", "fire")))
    p.run(3)
    burning, bare = picture(p, area), without_flames(p, area)
    changed = (np.abs(burning - bare).sum(axis=2) > 60).mean()
    assert changed > 0.15, ("flames stand over the house", changed)
    red = burning[..., 0] > 1.6 * np.maximum(burning[..., 1], 1)
    assert red.mean() > 0.1, "the flames are fire-coloured"


def test_flames_change_no_faster_than_the_ceiling_and_hold_still_under_reduce_motion(launch) -> None:
    p = in_the_backyard(launch)
    tm = p.play.stage.map
    for box in shown.of_map(tm):
        assert min(box.holds) >= 1 / (2 * MAX_FLASH_HZ), box.holds
    surf = pygame.Surface((tm.size[0], tm.size[1]))
    shots = []
    for t in (0.0, 0.3, 0.6):
        surf.fill((0, 0, 0))
        shown.draw(surf, tm, (0, 0), surf.get_rect(), ("fire",), t, reduce=True)
        shots.append(pygame.surfarray.array3d(surf).copy())
    assert all((s == shots[0]).all() for s in shots), "reduce motion: the flames hold still"
    surf.fill((0, 0, 0))
    shown.draw(surf, tm, (0, 0), surf.get_rect(), ("fire",), 0.3, reduce=False)
    assert not (pygame.surfarray.array3d(surf) == shots[0]).all(), "otherwise they lick"


def test_the_big_screen_shows_mais_face_once_the_feed_is_on(launch) -> None:
    p = launch("launch_day", story=STORY)
    p.until(lambda: p.play is not None and p.play.stage.map is not None and p.top is p.play, key="return", limit=3000)
    stage = p.play.stage
    stage.walking = False  # the camera on what is directed, not on Mai at the explore choice
    joy = stage.direction.spot("joy_screen")
    assert joy is not None and joy.props.get("kind") == "feed"
    direct(stage, ev.Stage("s", time="dusk", lights=("screens", "hologram", "lamps"), camera="pan:joy_screen"))
    p.run(240)
    ox, oy = stage.offset()
    area = joy.rect.move(ox, oy).clip(stage.view)
    assert area.w > 64 and area.h > 32, "the camera is on the big screen"
    advert = picture(p, area)
    direct(stage, ev.Stage("s", lights=("screens", "hologram", "lamps", "feed")))
    p.run(3)
    face = picture(p, area)
    changed = (np.abs(face - advert).sum(axis=2) > 60).mean()
    assert changed > 0.3, ("her face is on the screen", changed)
    pink = (face[..., 0] > 150) & (face[..., 2] > 90) & (face[..., 1] < face[..., 0] * 0.6)
    assert pink.mean() > 0.02, "her magenta hoodie shows"
    direct(stage, ev.Stage("s", lights=("screens", "hologram", "lamps")))
    p.run(3)
    assert (np.abs(picture(p, area) - advert).sum(axis=2) > 60).mean() < 0.1, "off again: the advert"

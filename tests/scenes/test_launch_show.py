"""The launch hall's show, played on real frames: the big screen runs the ROBO-LEAGUE advert the
words describe (a green pitch of chrome players under yellow lettering) until the feed covers it, and
the hologram of Pin stands over the stage, a big blue figure, only while the holograms are lit; it
holds still under reduce motion."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import STORY

from game.scenes import projected, shown
from game.scenes.staging import direct
from game.story import events as ev

LIT = ("screens", "hologram", "lamps")


def in_the_hall(launch):
    p = launch("launch_day", story=STORY)
    p.until(lambda: p.play is not None and p.play.stage.map is not None and p.top is p.play, key="return", limit=3000)
    p.play.stage.walking = False  # the camera on what is directed, not on Mai at the explore choice
    return p


def picture(p, area: pygame.Rect) -> np.ndarray:
    return pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area)).astype(int)


def on_screen(p, name: str) -> pygame.Rect:
    stage = p.play.stage
    obj = stage.direction.spot(name)
    assert obj is not None, name
    ox, oy = stage.offset()
    return obj.rect.move(ox, oy).clip(stage.view)


def test_the_big_screen_runs_the_robo_league_advert_until_the_feed_covers_it(launch) -> None:
    p = in_the_hall(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="dusk", lights=LIT, camera="pan:joy_screen"))
    p.run(240)
    area = on_screen(p, "joy_screen")
    assert area.w > 64 and area.h > 32, "the camera is on the big screen"
    advert = picture(p, area)
    r, g, b = advert[..., 0], advert[..., 1], advert[..., 2]
    pitch = (g > r * 1.2) & (g > 60)
    chrome = (r > 150) & (g > 150) & (b > 150)
    title = (r > 150) & (g > 60) & (b < r * 0.5)
    assert pitch.mean() > 0.1, ("a pitch across the screen", pitch.mean())
    assert chrome.mean() > 0.04, ("chrome players and white lettering", chrome.mean())
    assert title.mean() > 0.01, ("ROBO-LEAGUE in yellow over them", title.mean())
    direct(stage, ev.Stage("s", lights=(*LIT, "feed")))
    p.run(3)
    changed = (np.abs(picture(p, area) - advert).sum(axis=2) > 60).mean()
    assert changed > 0.3, ("her scowl covers the advert", changed)


def test_the_hologram_of_pin_stands_over_the_stage_only_while_the_holograms_are_lit(launch) -> None:
    p = in_the_hall(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="dusk", lights=("screens", "lamps"), camera="pan:pin_hologram"))
    p.run(240)
    area = on_screen(p, "pin_hologram")
    assert area.w >= 90 and area.h >= 150, ("the whole of him is in view", area)
    dark = picture(p, area)
    direct(stage, ev.Stage("s", lights=LIT))
    p.run(3)
    lit = picture(p, area)
    changed = np.abs(lit - dark).sum(axis=2) > 60
    assert 0.15 < changed.mean() < 0.8, ("a figure, not a glow over the whole box", changed.mean())
    bluer = (lit[..., 2] - lit[..., 0]) - (dark[..., 2] - dark[..., 0])
    assert (bluer[changed] > 20).mean() > 0.6, "he is in hologram blue"
    rows = changed.mean(axis=0)  # pygame arrays are [x][y]: the share of each row that changed
    assert (rows > 0.1).sum() > 0.8 * area.h, "he stands from the stage's front up over the wall"


def test_the_hologram_turns_but_holds_still_under_reduce_motion(launch) -> None:
    p = in_the_hall(launch)
    tm = p.play.stage.map
    holo = [s for s in shown.of_map(tm) if s.light]
    assert len(holo) == 1 and holo[0].kind == "hologram"
    pic = holo[0].frames[0]
    assert pic.get_size() == holo[0].box.size
    still = [pygame.surfarray.array3d(projected.frame(pic, t, reduce=True)[0]) for t in (0.0, 2.0, 5.0)]
    assert all(s.shape == still[0].shape and (s == still[0]).all() for s in still), "reduce motion: he stands still"
    assert still[0].shape[0] == pic.get_width(), "facing the hall"
    turned = projected.frame(pic, 2.0, reduce=False)[0]
    assert turned.get_width() < pic.get_width(), "otherwise he turns"

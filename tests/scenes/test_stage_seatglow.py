"""The lights `gen6` and `gen6_red`: the Gen 6 in their boxes under every seat of the stadium's stands,
a warm orange glow under each, and the same gone red. The window really draws them: the stands'
pixels are compared with the same frame without them, and the red is redder than the orange."""

from __future__ import annotations

import numpy as np
from test_stage_stands import at_the_stadium, stands_picture

from game.scenes import seatglow
from game.scenes.staging import direct
from game.scenes.stands import twins
from game.story import events as ev


def test_every_seat_has_its_gift_full_or_empty(launch) -> None:
    p = at_the_stadium(launch)
    tm = p.play.stage.map
    fans = twins(tm.tmx)
    tiles = seatglow.seats(tm)
    assert len(tiles) > 100
    direct(p.play.stage, ev.Stage("s", stands="empty"))
    assert seatglow.seats(tm) == tiles and len(fans) > 0, "the gifts stay when the fans go"


def test_the_gifts_glow_orange_under_the_seats_then_red(launch) -> None:
    p = at_the_stadium(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", camera="pan:north_stand", time="night", lights=("lamps",), blackout=False))
    p.run(240)  # the camera there and still
    plain = stands_picture(p)
    direct(stage, ev.Stage("s", lights=("lamps", "gen6")))
    p.run(2)
    warm = stands_picture(p)
    lit = np.abs(warm - plain).sum(axis=2) > 40
    assert lit.mean() > 0.01, "a glow under the seats in the window's picture"
    direct(stage, ev.Stage("s", lights=("lamps", "gen6_red")))
    p.run(2)
    red = stands_picture(p)
    assert (np.abs(red - plain).sum(axis=2) > 40).mean() > 0.01
    assert red[..., 1][lit].mean() < warm[..., 1][lit].mean() - 10, "the orange gone red: less green in it"
    direct(stage, ev.Stage("s", lights=("lamps",)))
    p.run(2)
    off = stands_picture(p)
    glow_off, glow_on = (np.abs(pic - plain).sum(axis=2)[lit].mean() for pic in (off, warm))
    assert glow_off < glow_on / 2, "and off again (the fans still bob)"

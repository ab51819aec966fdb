"""The stadium's stands emptied and filled by a direction (`stands: empty` / `half` / `full`): every seat tile
with fans in it gives way to its empty twin, the picture of the stands changes, the fans come back,
and a game loaded after the direction shows the stands as it left them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from game.scenes.staging import direct
from game.scenes.stands import twins
from game.story import events as ev

STORY = Path(__file__).resolve().parents[2] / "story"


def at_the_stadium(launch):
    p = launch("stadium", story=STORY)
    p.until(lambda: p.play is not None and p.play.stage.map is not None and type(p.top).__name__ == "DialogueScene",
            key="return", limit=3000)
    return p


def seat_tiles(tm, gids) -> list[tuple[int, int]]:
    return [(x, y) for layer in tm.tmx.visible_tile_layers for y, row in enumerate(tm.tmx.layers[layer].data)
            for x, g in enumerate(row) if g in gids]


def seats(tm, gids) -> int:
    return len(seat_tiles(tm, gids))


def stands_picture(p) -> np.ndarray:
    area = p.play.stage.view.clip(pygame.Rect(0, 24, 640, 200))
    return pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area)).astype(int)


def test_the_stands_empty_of_their_fans_and_fill_again(launch) -> None:
    p = at_the_stadium(launch)
    stage = p.play.stage
    tm = stage.map
    fans = twins(tm.tmx)
    seated = seats(tm, set(fans))
    assert seated > 100, "the stadium's stands are full of fans"
    direct(stage, ev.Stage("s", camera="pan:north_stand", time="day", lights=()))
    p.run(30)
    full = stands_picture(p)
    direct(stage, ev.Stage("s", stands="empty"))
    p.run(3)
    assert seats(tm, set(fans)) == 0 and seats(tm, set(fans.values())) >= seated
    empty = stands_picture(p)
    assert (np.abs(full - empty).sum(axis=2) > 30).mean() > 0.05, "the stands look emptied"
    direct(stage, ev.Stage("s", stands="full"))
    p.run(3)
    assert seats(tm, set(fans)) == seated, "every fan back in their seat"


def test_stepping_back_past_the_emptying_fills_the_stands_again(launch) -> None:
    p = at_the_stadium(launch)
    stage = p.play.stage
    tm = stage.map
    fans = set(twins(tm.tmx))
    seated = seats(tm, fans)
    stage.takes.note(ev.Stage("s", stands="empty"))
    direct(stage, ev.Stage("s", stands="empty"))
    stage.takes.answered()  # as the director does once a direction has played
    assert seats(tm, fans) == 0
    stage.takes.stepped(-1, 1)
    assert seats(tm, fans) == seated, "back before the direction: the fans are in their seats"
    stage.takes.stepped(1, 1)
    assert seats(tm, fans) == 0, "forward again: gone again"


def test_half_the_stands_empty_from_the_top_tier_down_and_stepping_back_fills_them(launch) -> None:
    p = at_the_stadium(launch)
    stage = p.play.stage
    tm = stage.map
    fans = twins(tm.tmx)
    seated = seats(tm, set(fans))
    stage.takes.note(ev.Stage("s", stands="half"))
    direct(stage, ev.Stage("s", stands="half"))
    stage.takes.answered()
    still = seats(tm, set(fans))
    assert seated * 0.4 < still < seated * 0.6, (still, seated)
    cx, cy = tm.tmx.width / 2, tm.tmx.height / 2

    def far(tiles) -> float:
        return float(np.mean([max(abs(x + 0.5 - cx) / cx, abs(y + 0.5 - cy) / cy) for x, y in tiles]))

    gone, sitting = seat_tiles(tm, set(fans.values())), seat_tiles(tm, set(fans))
    assert far(gone) > far(sitting), "the top tier is out; those nearest the pitch are still in their seats"
    direct(stage, ev.Stage("s", stands="empty"))
    assert seats(tm, set(fans)) == 0
    direct(stage, ev.Stage("s", stands="half"))
    assert seats(tm, set(fans)) == still, "half again: the same half"
    stage.takes.stepped(-1, 1)
    assert seats(tm, set(fans)) == seated, "back before it: every fan in their seat"

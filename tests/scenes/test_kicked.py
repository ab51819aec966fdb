"""A prop sent flying (`props: {ball: {at: kick_foot, fly: up}}`): the ball 7723 kicks into orbit is
seen going, up and out of the picture, not only gone. It rests a moment at his foot, then rises off
the top of the view, a streak behind it, and is off the map."""

from __future__ import annotations

from types import SimpleNamespace

import pygame

from game.scenes import kicked
from game.scenes.props import Props
from game.story.events import Prop


def ball() -> pygame.Surface:
    img = pygame.Surface((6, 6), pygame.SRCALPHA)
    pygame.draw.circle(img, (255, 255, 255, 255), (3, 3), 3)
    return img


def lit_rows(surf: pygame.Surface) -> list[int]:
    return [y for y in range(surf.get_height()) if any(surf.get_at((x, y))[0] > 200 for x in range(surf.get_width()))]


def test_it_rests_then_flies_up_out_of_the_view_and_is_gone() -> None:
    pygame.init()
    kicks = kicked.Kicks()
    kicks.launch(ball(), (50, 150), "up")
    frames = []
    for t in (0.1, kicked.REST + 0.3, kicked.REST + 0.9):
        kicks.tick(t - sum(k.age for k in kicks.flying))
        surf = pygame.Surface((100, 200))
        kicks.draw(surf, (0, 0))
        frames.append(lit_rows(surf))
    assert min(frames[0]) >= 140, "still at his foot a moment"
    assert min(frames[1]) < 100 and min(frames[2]) < min(frames[1]), "then up, and further up"
    assert kicks.busy
    kicks.tick(kicked.GO + kicked.FADE)
    assert not kicks.busy and not kicks.flying, "out of the picture, and gone"


def test_a_direction_sends_it_off_the_map() -> None:
    pygame.init()
    sheet = pygame.Surface((12, 6), pygame.SRCALPHA)
    props = Props(SimpleNamespace(image=lambda rel: sheet, missing=set()))
    spot = SimpleNamespace(rect=pygame.Rect(40, 100, 1, 1))
    props.direct((Prop("ball", "ball", spot="foot"),), lambda name: spot, lambda who: None)
    assert "ball" in props.items
    props.direct((Prop("ball", "ball", spot="foot", fly="up"),), lambda name: spot, lambda who: None)
    assert "ball" not in props.items, "off the map as `leave` takes it"
    assert props.kicks.busy, "but seen going"
    props.tick(kicked.REST + kicked.GO + kicked.FADE)
    assert not props.kicks.busy

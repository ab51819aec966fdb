"""A drone on the map flies: brought on at a spot, its pod hangs high over its own shadow and bobs
there, frame after frame, while it stays put; someone who walks does not stir while they stand."""

from __future__ import annotations

import pygame
from test_props_drawn import on_the_map

from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def rows_drawn(image: pygame.Surface) -> list[int]:
    """The rows of `image` with anything opaque on them."""
    alpha = pygame.surfarray.array_alpha(image)
    return [y for y in range(image.get_height()) if alpha[:, y].any()]


def test_a_police_drone_hovers_over_its_shadow_where_it_was_put(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("police_drone", "bench", face="down"),)))
    drone = stage.direction.find("police_drone")
    assert drone is not None and not drone.sheet.stand_in
    pictures, tops = set(), set()
    for _ in range(90):
        p.run(1)
        assert not drone.moving
        pictures.add(id(drone.image))
        tops.add(rows_drawn(drone.image)[0])
    assert len(pictures) >= 3 and len(tops) >= 2, "it bobs in the air while it stays put"
    rows = rows_drawn(drone.image)
    h = drone.image.get_height()
    assert rows[-1] >= h - 3, "its shadow is on the ground, at its feet"
    alpha = pygame.surfarray.array_alpha(drone.image)
    pod = [y for y in rows if alpha[:, y].sum() > 6 * 255 and y < h - 4]
    assert pod and max(pod) < h - 12, "the pod hangs well above its shadow"
    momo = stage.direction.find("momo")
    still = {id(momo.image)}
    for _ in range(30):
        p.run(1)
        still.add(id(momo.image))
    assert len(still) == 1, "someone standing does not move"

"""Props played by the window, on real frames: a prop put at a spot is drawn there, one given to
someone goes where they walk, and one taken away is gone; stepping back puts them as they were."""

from __future__ import annotations

import numpy as np
import pygame

from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast, Prop


def on_the_map(launch):
    """The garden, its explore choice up: Mai on the map with Momo by the wall."""
    p = launch("garden")
    p.until(lambda: p.play is not None and p.play.stage.walking, key="return")
    return p


def pixels(p, rect: pygame.Rect) -> np.ndarray:
    """The screen's pixels over `rect`, a rectangle of the map."""
    stage = p.play.stage
    ox, oy = stage.offset()
    area = rect.move(ox, oy).clip(p.app.canvas.surface.get_rect())
    return pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area)).copy()


def shows(p, image: pygame.Surface, rect: pygame.Rect) -> float:
    """The share of `image`'s opaque pixels the screen shows, in their own colours, at `rect` (map)."""
    seen = pixels(p, rect)
    own = pygame.surfarray.array3d(image)
    solid = pygame.surfarray.array_alpha(image) > 0
    return float((seen == own).all(axis=2)[solid].mean())


def test_a_placed_prop_is_drawn_at_its_spot_and_gone_once_taken_away(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    bench = stage.direction.spot("bench")
    direct(stage, ev.Stage("s", props=(Prop("bat", "bat", "shoulder", spot="bench"),)))
    p.run(8)
    bat = stage.direction.props.items["bat"]
    image, rect = bat.image, pygame.Rect(bat.rect)
    assert bat.alive() and bench.rect.inflate(24, 24).contains(rect), (rect, bench.rect)
    assert shows(p, image, rect) > 0.9, "the bat is drawn where it was put"
    direct(stage, ev.Stage("s", props=(Prop("bat", "bat", "shoulder", leave=True),)))
    p.run(8)
    assert "bat" not in stage.direction.props.items and not bat.alive()
    assert shows(p, image, rect) < 0.3, "nothing of it is left"


def test_a_held_prop_goes_where_its_holder_walks(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    momo = stage.direction.find("momo")
    direct(stage, ev.Stage("s", props=(Prop("bat", "bat", "shoulder", holder="momo"),)))
    p.run(4)
    bat = stage.direction.props.items["bat"]
    assert bat in stage.direction.props.shown and momo.rect.colliderect(bat.rect)
    start = pygame.Rect(bat.rect)
    direct(stage, ev.Stage("s", cast=(Cast("momo", "bench", walk=True),)))
    frames = 0
    while busy(stage):
        p.run(1)
        frames += 1
        assert frames < 600
        assert momo.rect.colliderect(bat.rect), "the bat stays on her all the way"
    p.run(8)
    assert bat.rect.center != start.center and momo.rect.colliderect(bat.rect)
    assert shows(p, bat.image, bat.rect) > 0.5, "drawn on her where she stands now"
    # laid down, it stays where she stood when she walks on
    direct(stage, ev.Stage("s", props=(Prop("bat", "bat", "shoulder", down=True),)))
    p.run(2)
    lying = pygame.Rect(bat.rect)
    assert bat.alive() and not bat.holder
    direct(stage, ev.Stage("s", cast=(Cast("momo", "start", walk=True),)))
    while busy(stage):
        p.run(1)
    assert bat.rect == lying


def test_stepping_back_puts_the_props_as_they_were(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", props=(Prop("bat", "bat", "shoulder", spot="bench"),)))
    p.run(2)
    stage.takes.note(ev.Stage("t", props=(Prop("bat", "bat", "shoulder", holder="momo"),)))
    direct(stage, ev.Stage("t", props=(Prop("bat", "bat", "shoulder", holder="momo"),)))
    p.run(2)
    assert stage.direction.props.items["bat"].holder == "momo"
    stage.takes.stepped(-1, 1)
    p.run(2)
    bat = stage.direction.props.items["bat"]
    assert not bat.holder and bat.alive() and stage.direction.spot("bench").rect.inflate(24, 24).contains(bat.rect)


def test_a_prop_held_by_someone_who_leaves_goes_with_them(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", props=(Prop("bat", "bat", "shoulder", holder="momo"),)))
    p.run(2)
    direct(stage, ev.Stage("s", cast=(Cast("momo", leave=True),)))
    p.run(2)
    assert not stage.direction.props.shown, "not drawn without her"

"""`pace: fly`: someone sent flying (Greenwood's Q-Bot, flicked across the schoolyard into the
recycling). The window shows the flight, not a figure gone from one place and back at another: it
goes straight there, not round by the walkable grid; halfway it is up in the air over its shadow,
turned over; it gets there quicker than a run; and it comes down on the pose the direction gave it."""

from __future__ import annotations

import pygame
from test_stage_pace import frames_to
from test_stage_play import on_the_map

from game.scenes import flying as fl
from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast


def off_the_line(a: pygame.Vector2, b: pygame.Vector2, at: pygame.Vector2) -> float:
    """How far `at` is from the straight way from `a` to `b`."""
    way = b - a
    return abs(way.cross(at - a)) / way.length()


def test_someone_sent_flying_sails_straight_there_in_the_air_and_lands_on_the_pose(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    momo = stage.direction.find("momo")
    start = momo.pos.copy()
    standing = momo.sheet.frame(momo.facing, 0, False).get_height()
    end = pygame.Vector2(stage.direction.spot("bench").rect.center)
    ran, _ = frames_to(p, Cast("momo", "bench", walk=True, pace="run"))
    momo.pos = start.copy()
    direct(stage, ev.Stage("s", cast=(Cast("momo", "bench", walk=True, pace=fl.FLY, pose="knocked_down"),)))
    frames, highest, wide = 0, 0, 0.0
    while busy(stage):
        p.run(1)
        frames += 1
        assert frames < 300
        wide = max(wide, off_the_line(start, end, momo.pos))
        if momo.flight is not None:
            shown = momo.image.get_bounding_rect()
            highest = max(highest, momo.image.get_height() - shown.top - standing)  # above where it would stand
            assert momo.rect.bottom == round(momo.pos.y), "its shadow stays on the ground under it"
    assert highest > 8, "up in the air on the way, not walking"
    assert wide < 2, "straight there, over whatever is between"
    assert frames < ran, (frames, ran)
    assert momo.flight is None and momo.pose == "knocked_down", "down on the pose it was given"
    assert momo.pos.distance_to(end) < 1.5


def test_a_flight_turns_over_and_is_highest_halfway() -> None:
    f = fl.Flight(pygame.Vector2(0, 0), pygame.Vector2(200, 0))
    assert f.lift(pygame.Vector2(0, 0)) == 0 == f.lift(pygame.Vector2(200, 0))
    assert f.lift(pygame.Vector2(100, 0)) > f.lift(pygame.Vector2(40, 0)) > 0
    assert f.turn(pygame.Vector2(200, 0)) % 360 == 0, "it comes down the right way up"
    frame = pygame.Surface((10, 20), pygame.SRCALPHA)
    frame.fill((255, 255, 255, 255))
    tipped = fl.flying(frame, f, pygame.Vector2(25, 0))
    assert tipped.get_bounding_rect().width > 10, "turned over on the way"

"""`pace: run` on the map: someone sent running gets where they are going in well under the time a
walk takes, legs going faster, and a group told to run off goes at a run too."""

from __future__ import annotations

from test_props_drawn import on_the_map

from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast


def frames_to(p, cast: Cast) -> tuple[int, float]:
    """Frames until the direction's walk is done, and how far the walker's stride clock went."""
    stage = p.play.stage
    w = stage.direction.find(cast.who)
    t0 = w.t
    direct(stage, ev.Stage("s", cast=(cast,)))
    frames = 0
    while busy(stage):
        p.run(1)
        frames += 1
        assert frames < 900
    return frames, w.t - t0


def test_running_there_is_more_than_twice_as_quick_as_walking(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    start = stage.direction.find("momo").pos.copy()
    walked, stride_walked = frames_to(p, Cast("momo", "bench", walk=True))
    stage.direction.find("momo").pos = start
    ran, stride_ran = frames_to(p, Cast("momo", "bench", walk=True, pace="run"))
    assert walked > 20 and ran < walked * 0.55, (walked, ran)
    assert abs(stride_ran - stride_walked) < stride_walked * 0.25, "the legs step as often over the same way"
    assert stage.direction.find("momo").rect.colliderect(stage.direction.spot("bench").rect.inflate(24, 24))

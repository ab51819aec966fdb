"""The light `memories`: 7723's memories as small glowing pictures in a ring round him. The window
draws them round him (the picture there differs from the one without them), one for each memory
his core holds and a grey frame for each gap; still turning, slowly, under reduce motion."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pygame
from test_props_drawn import pixels
from test_stage_play import on_the_map

from game.scenes import memories
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast
from game.story.state import CoreState


def round_him(p, w) -> np.ndarray:
    """The window's pixels in a box round where `w` stands."""
    p.run(1)
    box = pygame.Rect(0, 0, 120, 80)
    box.center = w.rect.center
    return pixels(p, box).astype(int)


def test_the_ring_is_drawn_round_7723(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day", cast=(Cast("7723", "bench", face="down"),)))
    bot = stage.direction.find("7723")
    runtime = stage.ctx.session.runtime
    some = list(runtime.story.memories)[:3]
    runtime.state.core = CoreState(held=some, gaps=["x"])
    stage.t = 0.0
    without = round_him(p, bot)
    direct(stage, ev.Stage("s", lights=("memories",)))
    assert "memories" in stage.lighting.lights
    stage.t = 0.0
    ring = round_him(p, bot)
    assert (np.abs(ring - without).sum(axis=2) > 40).sum() > 200, "pictures hang round him"
    direct(stage, ev.Stage("s", lights=()))
    gone = round_him(p, bot)
    assert (np.abs(gone - without).sum(axis=2) > 40).sum() < 50, "and go when the lights change"


def test_the_ring_holds_what_the_core_holds_and_its_gaps() -> None:
    story = SimpleNamespace(memories={"a": SimpleNamespace(mood="joy"), "b": SimpleNamespace(mood="fear")})
    state = SimpleNamespace(core=CoreState(held=["a"], pending=["b"], gaps=["c"]), farewell=[])
    session = SimpleNamespace(runtime=SimpleNamespace(state=state, story=story))
    assert memories.held(session) == [("a", "joy"), ("b", "fear"), ("", "")]
    state.core, state.farewell = CoreState(gaps=["c"]), ["b", "a"]  # wiped by a reboot: what rose out of him
    assert memories.held(session) == [("b", "fear"), ("a", "joy"), ("", "")]
    assert memories.held(None) == []


def test_it_still_turns_under_reduce_motion() -> None:
    pygame.init()
    assets = SimpleNamespace(image_or=lambda name, make: make())

    def frame(t: float, calm: bool) -> np.ndarray:
        surf = pygame.Surface((160, 120))
        memories.draw(surf, assets, [("a", "joy"), ("", "")], (80, 60), t, calm)
        return pygame.surfarray.array3d(surf)

    assert frame(0.0, True).any(), "drawn"
    assert not np.array_equal(frame(0.0, True), frame(3.0, True)), "turning, if slowly"
    assert not np.array_equal(frame(0.0, False), frame(3.0, False))


def test_those_that_do_not_fit_hang_in_red_frames() -> None:
    pygame.init()
    story = SimpleNamespace(memories={}, capacity=3, weapons_slots=1)
    state = SimpleNamespace(core=CoreState(held=["a"], pending=["b", "c", "d"], weapons=True), farewell=[])
    session = SimpleNamespace(runtime=SimpleNamespace(state=state, story=story))
    assert memories.spilled(session) == {"c", "d"}, "the newest, as many as are past the end of the core"
    state.core = CoreState(held=["a"], pending=["b"], weapons=True)
    assert memories.spilled(session) == frozenset()
    assert memories.spilled(None) == frozenset()
    assets = SimpleNamespace(image_or=lambda name, make: make())

    def frame(spill: frozenset[str]) -> np.ndarray:
        surf = pygame.Surface((160, 120))
        memories.draw(surf, assets, [("a", "joy"), ("b", "joy")], (80, 60), 0.0, True, spill)
        return pygame.surfarray.array3d(surf).astype(int)

    red = frame(frozenset({"b"}))
    assert (red[..., 0] - red[..., 1] > 80).sum() > (frame(frozenset())[..., 0] - frame(frozenset())[..., 1] > 80).sum()


def test_what_the_review_let_go_goes_one_line_at_a_time() -> None:
    story = SimpleNamespace(memories={m: SimpleNamespace(mood="joy") for m in "abcd"}, capacity=8, weapons_slots=3)
    state = SimpleNamespace(core=CoreState(held=["a"], gaps=["b", "c", "d"]), farewell=[], mourning=["b", "c", "d"])
    session = SimpleNamespace(runtime=SimpleNamespace(state=state, story=story))
    # the line that says b goes: b is gone (a gap), c and d still hang beside the ring, red
    assert memories.held(session) == [("a", "joy"), ("c", "joy"), ("d", "joy"), ("", "")]
    assert memories.spilled(session) == {"c", "d"}
    state.mourning = ["d"]  # the last line: the third gap with it
    assert memories.held(session) == [("a", "joy"), ("", ""), ("", ""), ("", "")]
    assert memories.spilled(session) == frozenset()

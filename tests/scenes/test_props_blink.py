"""A prop with a light that blinks (the bomb: `assets/props/bomb_dark.png` is its picture with the
light off) is drawn lit and dark by turns while it lies about, slowly; one with no dark picture
(the bat) stays as it is."""

from __future__ import annotations

import pygame
from test_props_drawn import on_the_map, shows

from game.scenes import blinking
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Prop


def seen_over(p, name: str, frames: int) -> list[bool]:
    """For each of `frames` frames, whether the screen shows the prop's lit picture where it lies."""
    stage = p.play.stage
    sprite = stage.direction.props.items[name]
    lit, rect = sprite.frames[0], pygame.Rect(sprite.rect)
    out = []
    for _ in range(frames):
        p.run(1)
        out.append(shows(p, lit, rect) > 0.999)  # the dark picture differs from it only at the light
    return out


def test_the_bomb_blinks_lit_and_dark_by_turns_slowly(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", props=(Prop("bomb", "bomb", "arms", spot="bench"),)))
    p.run(4)
    bomb = stage.direction.props.items["bomb"]
    assert stage.direction.props.blinks.dark["bomb"] is not None, "the bomb has its picture with the light off"
    seen = seen_over(p, "bomb", 150)  # two and a half seconds
    assert any(seen) and not all(seen), "drawn lit, and dark, by turns"
    changes = sum(a != b for a, b in zip(seen, seen[1:], strict=False))
    assert 2 <= changes <= 6, ("a heartbeat, not a flicker", changes)
    assert bomb.rect.size == bomb.frames[0].get_size(), "the dark picture is the same size: it does not jump"


def test_a_prop_with_no_dark_picture_does_not_blink(launch) -> None:
    p = on_the_map(launch)
    direct(p.play.stage, ev.Stage("s", props=(Prop("bat", "bat", "shoulder", spot="bench"),)))
    p.run(4)
    assert all(seen_over(p, "bat", 90)), "the bat is drawn as it is, every frame"
    assert blinking.LIT + blinking.DARK >= 1.0, "under once a second: far from the flashing limit"

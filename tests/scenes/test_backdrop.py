"""The camera of a map nobody walks, without a window: told each node the story enters, it drifts
to that node's spot (and, until a node has one, to the spot named after the beat)."""

from __future__ import annotations

import pygame

from game.engine.tilemap import MapObject
from game.scenes.backdrop import Backdrop


def spot(node: str, x: int, y: int) -> MapObject:
    return MapObject("spot", node, pygame.Rect(x, y, 16, 16), {"node": node})


SPOTS = [spot("stadium", 600, 600), spot("pods", 100, 100), spot("booth", 900, 200)]


def settle(b: Backdrop, camera: pygame.Vector2, frames: int = 300) -> pygame.Vector2:
    for _ in range(frames):
        b.drift(camera, 1 / 60)
    return camera


def test_it_turns_to_the_spot_of_each_node_the_story_enters() -> None:
    b = Backdrop(SPOTS, "stadium")
    camera = pygame.Vector2(0, 0)
    b.look_at("pods")
    assert settle(b, camera).distance_to((108, 108)) < 1
    b.look_at("booth")
    assert settle(b, camera, 20).distance_to((908, 208)) > 50, "it drifts, not jumps"
    assert settle(b, camera).distance_to((908, 208)) < 1


def test_a_node_without_a_spot_leaves_the_camera_where_it_looks() -> None:
    b = Backdrop(SPOTS, "stadium")
    b.look_at("tunnel")
    assert b.focus is SPOTS[0], "at first, the spot named after the beat"
    b.look_at("pods")
    b.look_at("tunnel")
    assert b.focus is SPOTS[1], "then it stays on the last spot the story was at"


def test_with_nothing_to_look_at_the_camera_stays() -> None:
    b = Backdrop([spot("pods", 100, 100)], "stadium")
    camera = pygame.Vector2(5, 5)
    b.look_at("tunnel")
    assert not b.drift(camera, 1 / 60) and camera == (5, 5)

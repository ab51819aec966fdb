"""A directed camera may look a little past the map's edge that the text box covers, so that someone
standing at that edge is seen beside the box, not under it: past the bottom edge with the box at the
bottom, past the top edge with the box at the top (and then not past the bottom)."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.engine.assets import Assets
from game.engine.tilemap import TileMap
from game.scenes.backdrop import TEXT_ROOM, TOP_ROOM
from game.scenes.dialogue import BOX, TOP_BOX
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast

STORY = Path(__file__).resolve().parents[2] / "story"


def directed_at(launch, box: str, spot: str):
    """The shipped backyard (a map taller than the screen), the box where `box` says, 7723 placed
    at `spot` and the camera panned there while a line is said."""
    p = launch("backyard", story=STORY)
    p.until(lambda: p.play is not None and p.play.stage.walking and p.top is p.play, key="return", limit=3000)
    p.ctx.settings.box_position = box
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("7723", spot),), camera=f"pan:{spot}"))
    p.play.present(ev.Line("l", "7723", "7723", "Up here.", "neutral", node="look"))
    p.run(240)
    return stage


def on_screen_y(stage, spot: str) -> int:
    return stage.map.to_screen(stage.direction.spot(spot).rect.center)[1] + stage.view.y


def test_with_the_box_at_the_top_someone_at_the_top_edge_is_seen_below_it(launch) -> None:
    stage = directed_at(launch, "top", "to_kitchen")  # the kitchen door, at the backyard's top edge
    assert stage.direction.spot("to_kitchen").rect.centery < TOP_BOX.bottom, "the mark is where a box would hide it"
    assert on_screen_y(stage, "to_kitchen") > TOP_BOX.bottom, (on_screen_y(stage, "to_kitchen"), TOP_BOX)
    assert stage.map.renderer.view_rect.top >= -TOP_ROOM


def test_with_the_box_at_the_bottom_the_camera_stops_at_the_top_edge_as_before(launch) -> None:
    stage = directed_at(launch, "bottom", "to_kitchen")
    assert stage.map.renderer.view_rect.top == 0
    assert on_screen_y(stage, "to_kitchen") < BOX.top


def test_with_the_box_at_the_top_the_camera_stops_at_the_bottom_edge(launch) -> None:
    stage = directed_at(launch, "top", "from_streets")  # an entry at the backyard's bottom edge
    assert stage.map.renderer.view_rect.bottom == stage.map.size[1]


def test_with_the_box_at_the_bottom_the_camera_looks_past_the_bottom_edge(launch) -> None:
    stage = directed_at(launch, "bottom", "from_streets")
    assert stage.map.size[1] < stage.map.renderer.view_rect.bottom <= stage.map.size[1] + TEXT_ROOM
    assert on_screen_y(stage, "from_streets") < BOX.top


def test_the_top_edge_is_left_as_far_below_the_top_box_as_the_bottom_edge_is_above_the_bottom_box() -> None:
    pygame.display.init()
    pygame.display.set_mode((8, 8))  # pytmx converts the tiles for a display
    try:
        tm = TileMap(Assets(STORY.parent), "backyard")  # taller than the screen
        w, h = tm.size
        tm.center((w / 2, 0), above=TOP_ROOM)
        top_edge = tm.to_screen((0, 0))[1]
        tm.center((w / 2, h), below=TEXT_ROOM)
        bottom_edge = tm.to_screen((0, h))[1]
    finally:
        pygame.display.quit()
    assert top_edge - TOP_BOX.bottom == BOX.top - bottom_edge > 0, (top_edge, bottom_edge)

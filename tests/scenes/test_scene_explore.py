"""Walking Mai around a map: walls stop her, spots start their scenes, talk and choices follow."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.scenes.stage import Stage
from game.story import events as ev

STORY = Path(__file__).resolve().parents[2] / "story"


def walk_ready(p) -> None:
    """Past the beat card and the opening line, until the player can walk."""
    p.until(lambda: p.play is not None and p.play.stage.walking and p.top is p.play, key="return")


def test_walking_into_a_wall_stops_mai(launch):
    p = launch("garden")
    walk_ready(p)
    mai = p.top.stage.mai
    x0 = mai.pos.x
    p.hold("right", 90)  # far more than the distance to the wall
    assert mai.pos.x > x0 + 30, "she walked"
    assert mai.feet.right <= 112, "the wall down the middle stopped her"
    assert mai.facing == "right"


def test_talking_at_a_spot_plays_its_scene(launch):
    p = launch("garden")
    walk_ready(p)
    stage = p.top.stage
    p.press("return")
    assert isinstance(p.rt.event, ev.Choice), "nothing happens away from a spot"
    p.hold("up", 30)
    assert stage.near is not None and stage.near.props["node"] == "bench"
    p.press("return")
    p.on("DialogueScene")
    line = p.top.box.line
    assert line.speaker == "mai" and "bench" in line.text
    # the typewriter finishes on a key, then the next key moves on
    assert not p.top.box.done
    p.press("return")
    assert p.top.box.done
    p.press("return")
    p.until(lambda: p.top is p.play and p.play.stage.walking)
    assert "returned" in p.rt.core.pending, "the bench gave 7723 memories"
    assert [s.text for s in p.history][-1].startswith("A bench")


def test_a_place_missing_from_the_map_is_still_reachable(launch):
    p = launch("garden")
    walk_ready(p)
    assert p.top.hud.extra == ["The gate"]
    p.press("left ctrl")
    p.on("DialogueScene")
    assert [i.label for i in p.top.menu.items] == ["The gate", "Never mind"]
    p.press("return")
    p.until(lambda: isinstance(p.rt.event, ev.Line) and "go" in p.rt.event.text)


def test_choosing_with_the_mouse(launch):
    p = launch("garden")
    walk_ready(p)
    p.press("left ctrl")
    p.on("DialogueScene")
    p.press("return")  # the gate
    p.until(lambda: isinstance(p.rt.event, ev.Choice), key="return")
    menu = p.top.menu
    walk = next(i for i, it in enumerate(menu.items) if it.label == "Walk")
    p.click(menu.item_rect(walk).center)
    assert isinstance(p.rt.event, ev.Review)
    assert p.history[-1].text == "› Walk"


def test_a_gamepad_plays_too(launch):
    p = launch("garden")
    for _ in range(40):
        if p.play is not None and p.play.stage.walking and p.top is p.play:
            break
        p.pad(pygame.CONTROLLER_BUTTON_A)
    assert p.play.stage.walking
    p.pad(pygame.CONTROLLER_BUTTON_START)
    assert p.names()[-1] == "PauseScene"


def test_a_missing_map_draws_a_backdrop_and_names_the_file(launch):
    p = launch()
    stage = Stage(p.ctx, "garden", "nowhere", walkable=True)
    assert stage.map is None and stage.backdrop is not None
    assert "levels/nowhere.tmx" in stage.problem
    stage.draw(p.app.canvas)  # and it draws


def test_narration_takes_a_short_box_and_a_speaker_a_tall_one(launch):
    from game.scenes.dialogue import BOX

    p = launch("black_eye", story=STORY)
    p.on("BeatCard", limit=60)
    p.press("return")  # past the beat's card, to its first line
    p.on("DialogueScene", limit=120)
    p.run(2)
    box = p.top.box
    assert box.line.speaker is None
    assert box.rect.bottom == BOX.bottom and box.rect.h < BOX.h - 20, "a two-line narration, a short box"
    walk_ready(p)
    stage = p.play.stage
    mom = next(o for o in stage.spots if o.props["node"] == "black_eye_talk")
    p.walk(stage.map.tiles_of(mom.rect))
    p.press("return")  # talk to Mom: speakers with portraits
    p.until(lambda: type(p.top).__name__ == "DialogueScene" and p.top.box.line is not None
            and p.top.box.line.speaker is not None, key="return", limit=600)
    p.run(2)
    assert p.top.box.rect == BOX, "room for the portrait"


def test_the_walking_hint_shows_until_she_has_walked(launch):
    p = launch("garden")
    walk_ready(p)
    hud = p.play.hud
    assert hud.hint.startswith("[Arrows] or click: walk"), hud.hint
    p.hold("up", 10)
    p.run(2)
    assert "walk" not in hud.hint and "look" in hud.hint

"""A crowd directed as one (`fan*`): the window takes every one of them off the map at once, walks them
off by a spot and only then takes them away, keeps them gone when the map is stood up again after a
doorway, and a game loaded after the direction shows the place emptied."""

from __future__ import annotations

from pathlib import Path

import pygame
from garden_steps import garden_beat
from test_stage_moves import at_line, staged
from test_stage_resume import reloaded

from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast

FANS = "".join(
    f'  <object id="{20 + n}" name="fan{suffix}" type="npc" x="{24 + 24 * n}" y="72">'
    f'<properties><property name="sprite" value="crowd_a"/></properties><point/></object>\n'
    for n, suffix in enumerate(("", "_1", "_2"))
)

EMPTIED = garden_beat("""  look:
    - "The garden is full of fans."
    - stage: {cast: {"fan*": leave}}
    - "The fans are gone."
    - explore:
        - {text: "The bench", goto: bench}
  bench:
    - mai: "A bench."
    - beat: end
""")


def with_fans(tmp_path: Path, beat: str = EMPTIED) -> Path:
    """The garden story with `beat`, three passers-by (fan, fan_1, fan_2, drawn as crowd_a) on its map."""
    story = staged(tmp_path, beat)
    garden = story.parent / "levels" / "garden.tmx"
    text = garden.read_text(encoding="utf-8")
    garden.write_text(text.replace(" </objectgroup>", FANS + " </objectgroup>", 1), encoding="utf-8")
    return story


def fans(stage) -> list:
    return [w for w in stage.direction.on_map() if w.name.startswith("fan")]


def test_a_group_leaves_together_and_no_one_else_goes(launch, tmp_path) -> None:
    p = launch("garden", story=with_fans(tmp_path))
    at_line(p, "The garden is full of fans.")
    stage = p.play.stage
    crowd = fans(stage)
    assert len(crowd) == 3 and all(w.alive() for w in crowd)
    area = stage.view.clip(pygame.Rect(0, 24, 640, 312))
    p.run(2)
    full = pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area)).copy()
    at_line(p, "The fans are gone.")
    p.run(2)
    assert fans(stage) == [] and not any(w.alive() for w in crowd), "every fan is off the map"
    assert stage.direction.find("momo") is not None and stage.mai is not None, "the dog and Mai stay"
    empty = pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area))
    assert (full != empty).any(), "the picture without them is not the picture with them"


def test_a_group_walks_off_by_a_spot_and_goes_once_there(launch, tmp_path) -> None:
    p = launch("garden", story=with_fans(tmp_path))
    at_line(p, "The garden is full of fans.")
    stage = p.play.stage
    crowd = fans(stage)
    starts = [pygame.Vector2(w.pos) for w in crowd]
    direct(stage, ev.Stage("s", cast=(Cast("fan*", "bench", walk=True, leave=True),)))
    assert busy(stage) and all(w.alive() for w in crowd), "they set off; they do not vanish"
    p.run(20)
    assert any(w.pos != s for w, s in zip(crowd, starts, strict=True)), "they walk towards the bench"
    frames = 0
    while busy(stage):
        p.run(1)
        frames += 1
        assert frames < 900, [w.pos for w in crowd]
    assert not any(w.alive() for w in crowd), "gone once they reached the bench"


def test_a_group_sent_off_stays_gone_when_the_map_is_stood_up_again(launch, tmp_path) -> None:
    p = launch("garden", story=with_fans(tmp_path))
    at_line(p, "The fans are gone.")
    stage = p.play.stage
    stage.here.arrive(stage.map, None)  # as coming back through a doorway does
    assert fans(stage) == [], "the map's own fans do not come back"
    assert stage.direction.find("momo") is not None


def test_a_game_loaded_after_the_crowd_left_shows_them_gone(launch, tmp_path) -> None:
    p = launch("garden", story=with_fans(tmp_path))
    at_line(p, "The fans are gone.")
    reloaded(p, "1")
    assert fans(p.play.stage) == [], "rebuilt from the directions behind the point: the fans are gone"
    assert p.play.stage.direction.find("momo") is not None


def test_a_group_walked_to_a_spot_stands_round_it_each_on_a_tile_of_their_own(launch, tmp_path) -> None:
    p = launch("garden", story=with_fans(tmp_path))
    at_line(p, "The garden is full of fans.")
    stage = p.play.stage
    crowd = fans(stage)
    direct(stage, ev.Stage("s", cast=(Cast("fan*", "bench", walk=True, face="up"),)))
    while busy(stage):
        p.run(1)
    tm, bench = stage.map, stage.direction.spot("bench")
    tiles = {tm.tile_of(w.feet.center) for w in crowd}
    assert len(tiles) == 3, [w.pos for w in crowd]
    assert all(w.alive() and w.facing == "up" for w in crowd), "they stay, turned as told"
    assert all(w.pos.distance_to(bench.rect.center) <= 3 * 16 for w in crowd), "round the bench"


def test_stepping_back_past_the_group_brings_them_back_and_forward_again_takes_them(launch, tmp_path) -> None:
    p = launch("garden", story=with_fans(tmp_path))
    at_line(p, "The fans are gone.")
    stage = p.play.stage
    assert fans(stage) == []
    p.press("pageup")
    at_line(p, "The garden is full of fans.")
    assert len(fans(stage)) == 3, "stepped back before they left: all three are there"
    stage.here.arrive(stage.map, None)  # and stay, through a doorway and back
    assert len(fans(stage)) == 3
    p.press("pagedown")
    at_line(p, "The fans are gone.")
    assert fans(stage) == []

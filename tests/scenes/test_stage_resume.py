"""A game loaded in the middle of a beat shows the stage as the directions so far left it: the light
they set and the people they placed, on the beat's own map as on a map a direction moved to, at
once (nobody walking, no flash)."""

from __future__ import annotations

import pygame
from garden_steps import garden_beat
from test_stage_moves import at_line, staged
from test_stage_play import luminance, map_area

from game.scenes.staging import busy, direct
from game.scenes.walking import Pacer
from game.story import events as ev

DARKENED = garden_beat("""  look:
    - "The garden is quiet."
    - stage:
        time: night
        blackout: true
        lights: [chest]
        effect: flash
        shake: 0.5
        cast: {"7723": {at: bench, face: left, pose: sit}}
    - "The lights go out. 7723 sits by the bench."
    - stage: {cast: {"7723": {walk: momo, face: down}}}
    - "7723 gets up and goes over to the dog."
    - "It is cold."
    - explore:
        - {text: "The bench", goto: bench}
  bench:
    - mai: "A bench."
    - beat: end
""")


def reloaded(p, slot: str) -> None:
    """Save to `slot` here, load it, and wait for the window built from it."""
    ctx = p.app.ctx
    assert ctx.flow.save_slot(slot) is None
    before = p.play
    assert ctx.flow.load_slot(slot) is None
    p.until(lambda: p.play is not None and p.play is not before, limit=120)


def test_a_game_loaded_after_a_direction_shows_its_night_and_its_people(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path, DARKENED))
    at_line(p, "The lights go out. 7723 sits by the bench.")
    reloaded(p, "1")
    stage = p.play.stage
    assert stage.map.name == "garden"
    assert (stage.lighting.time, stage.lighting.blackout, stage.lighting.lights) == ("night", True, ("chest",))
    bot = stage.direction.find("7723")
    assert bot is not None, "placed by the direction before the save"
    assert bot.pos == pygame.Vector2(stage.direction.spot("bench").rect.center)
    assert (bot.facing, bot.pose) == ("left", "sit")
    assert not stage.effects.busy and stage.direction.shaking == 0, "no flash, no jolt played again"
    p.run(3)
    seen = luminance(p, map_area(p))
    assert seen.mean() < 40, f"the frame is dark but for his chest light (mean luminance {seen.mean():.0f})"


def test_a_walk_before_the_save_has_ended_where_it_led(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path, DARKENED))
    at_line(p, "It is cold.")
    reloaded(p, "2")
    stage = p.play.stage
    bot = stage.direction.find("7723")
    assert bot is not None and not busy(stage), "nobody walking on a stage just built"
    assert bot.pos == pygame.Vector2(stage.direction.spot("momo").rect.center)
    assert (bot.facing, bot.pose) == ("down", "stand"), "turned as the walk said, up from the bench"
    assert stage.lighting.blackout, "the blackout of the direction before still holds"


def test_the_quick_keys_restore_the_stage_too(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path, DARKENED))
    at_line(p, "7723 gets up and goes over to the dog.")
    p.press("f5")
    before = p.play
    p.press("f9")
    p.until(lambda: p.play is not None and p.play is not before, limit=120)
    stage = p.play.stage
    assert isinstance(p.rt.event, ev.Line) and p.rt.event.text == "7723 gets up and goes over to the dog."
    assert stage.lighting.time == "night" and stage.direction.find("7723") is not None


def test_a_stage_at_the_beats_start_plays_only_the_beats_own(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path, DARKENED))
    at_line(p, "The garden is quiet.")
    reloaded(p, "3")
    stage = p.play.stage
    assert stage.lighting.time == "day" and not stage.lighting.blackout
    assert stage.direction.find("7723") is None



def test_a_passer_by_put_at_a_spot_stands_there(launch, tmp_path) -> None:
    """Placed at once (as a loaded game places everyone), a stroller stops strolling: its path would
    take it straight back."""
    p = launch("garden", story=staged(tmp_path, DARKENED))
    at_line(p, "The garden is quiet.")
    stage = p.play.stage
    place = stage.direction.place
    direct(stage, ev.Stage("on", cast=(ev.Cast("7723", "bench"),)))
    bot = stage.direction.find("7723")
    place.npcs = [n for n in place.npcs if n is not bot]
    place.pacers.append(Pacer(bot, ((24.0, 40.0), (120.0, 40.0))))
    p.run(10)
    direct(stage, ev.Stage("put", cast=(ev.Cast("7723", "momo"),)))
    p.run(60)
    there = pygame.Vector2(stage.direction.spot("momo").rect.center)
    assert bot.pos == there and not any(pc.walker is bot for pc in place.pacers)

"""A game loaded after an `if:` whose two ways put someone in different places shows them where the way
taken put them: the stage built afresh plays the directions the story played, not every one written
before the point."""

from __future__ import annotations

import json

import pygame
from garden_steps import garden_beat
from test_stage_moves import at_line, staged
from test_stage_resume import reloaded

BRANCHED = garden_beat("""  look:
    - "The garden is quiet."
    - choice:
        - text: "Sit on the bench."
          then:
            - do: {set: sat}
        - text: "Stay by the gate."
    - if: "flags.sat"
      then:
        - stage: {time: dusk, cast: {"7723": {at: bench, face: left, pose: sit}}}
      else:
        - stage: {time: night, cast: {"7723": {at: start, face: up}}}
    - "7723 waits."
    - explore:
        - {text: "The bench", goto: bench}
  bench:
    - mai: "A bench."
    - beat: end
""")


def test_a_game_loaded_after_the_first_way_shows_that_way_s_people_and_light(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path, BRANCHED))
    at_line(p, "7723 waits.")  # the first option: she sat, and the `then` way was played
    assert "sat" in p.rt.state.flags
    reloaded(p, "1")
    stage = p.play.stage
    bot = stage.direction.find("7723")
    assert bot is not None
    assert bot.pos == pygame.Vector2(stage.direction.spot("bench").rect.center), "where the way taken put him"
    assert (bot.facing, bot.pose) == ("left", "sit")
    assert stage.lighting.time == "dusk", "the light of the way taken, not the other way's night"


def test_a_game_loaded_after_the_other_way_shows_that_way_s_people(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path, BRANCHED))
    at_line(p, "The garden is quiet.")
    p.until(lambda: type(p.top).__name__ != "DialogueScene" or p.rt.event.__class__.__name__ == "Choice",
            key="return")
    p.press("down")
    at_line(p, "7723 waits.")
    assert "sat" not in p.rt.state.flags
    reloaded(p, "2")
    stage = p.play.stage
    bot = stage.direction.find("7723")
    assert bot is not None and bot.pos == pygame.Vector2(stage.direction.spot("start").rect.center)
    assert stage.lighting.time == "night"


def test_a_save_from_before_the_directions_played_were_kept_still_loads(launch, tmp_path) -> None:
    """Such a save knows nothing of the way taken: its stage is built, as it always was, from every
    direction written before the point, in the file's order."""
    p = launch("garden", story=staged(tmp_path, BRANCHED))
    at_line(p, "7723 waits.")
    ctx = p.app.ctx
    assert ctx.flow.save_slot("old") is None
    path = ctx.saves.path("old")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["format"] = 2
    for state in [doc["state"], *(point["state"] for point in doc.get("rewind", []))]:
        state.pop("played", None)
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = p.play
    assert ctx.flow.load_slot("old") is None
    p.until(lambda: p.play is not None and p.play is not before, limit=120)
    assert p.rt.state.played is None and p.rt.event.text == "7723 waits."
    stage = p.play.stage
    bot = stage.direction.find("7723")
    assert bot is not None and bot.pos == pygame.Vector2(stage.direction.spot("start").rect.center)

"""A stage direction's `map:` played by the window: the scene moves to the named map behind a short
curtain (or a fade), the directions after it stand people on the new map, stepping back across the
move and a stage built in the middle of the beat show the map in force there; Ares is drawn at his
real size and can come apart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
from garden_steps import garden_beat

from game.engine.sprites import load_sheet
from game.scenes.play import PlayScene
from game.scenes.poses import posed
from game.scenes.staging import busy, direct
from game.story import events as ev

GARDEN = Path(__file__).parent / "fixtures" / "garden"
ROOT = Path(__file__).resolve().parents[2]

MOVED = garden_beat("""  look:
    - "The garden is quiet."
    - stage: {cast: {"7723": {at: bench}}}
    - "7723 waits by the bench."
    - stage: {map: shed, time: night, cast: {"7723": {at: lamp}}}
    - "The shed, that night."
    - "It is cold in here."
    - explore:
        - {text: "The lamp", goto: lamp}
        - {text: "The door", goto: door}
  lamp:
    - mai: "A lamp."
  door:
    - mai: "Let's go."
    - beat: end
""")


def staged(tmp_path: Path, beat: str = MOVED) -> Path:
    """The garden story with `beat`, and beside its map a second one, `shed`: a narrower room with a
    mark 'lamp' and nobody standing in it."""
    root = tmp_path / "moved"
    shutil.copytree(GARDEN / "story", root / "story")
    shutil.copytree(GARDEN / "levels", root / "levels")
    tsx = root / "levels" / "collision.tsx"  # its picture found from here, not from the fixture's folder
    tsx.write_text(tsx.read_text(encoding="utf-8").replace("../../../../../assets", str(ROOT / "assets")),
                   encoding="utf-8")
    (root / "story" / "beats" / "01_garden.yaml").write_text(beat, encoding="utf-8")
    garden = (root / "levels" / "garden.tmx").read_text(encoding="utf-8")
    head, _, rest = garden.partition(' <objectgroup id="3" name="objects">')
    shed = head + (' <objectgroup id="3" name="objects">\n'
                   '  <object id="1" name="start" type="start" x="24" y="40"><point/></object>\n'
                   '  <object id="2" name="lamp" type="mark" x="40" y="72"><point/></object>\n'
                   ' </objectgroup>\n</map>\n')
    (root / "levels" / "shed.tmx").write_text(shed, encoding="utf-8")
    return root / "story"


def at_line(p, text: str) -> None:
    p.until(lambda: isinstance(p.rt.event, ev.Line) and p.rt.event.text == text
            and type(p.top).__name__ == "DialogueScene", limit=900, key="return")


def test_a_map_direction_moves_the_scene_behind_a_curtain(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path))
    at_line(p, "7723 waits by the bench.")
    stage = p.play.stage
    assert stage.map.name == "garden" and stage.direction.find("7723") is not None
    p.until(lambda: isinstance(p.rt.event, ev.Stage), key="return")
    dark = []
    p.until(lambda: dark.append(stage.curtain) or stage.map.name == "shed", limit=60)
    assert max(dark) >= 0.9, "the curtain is down when the map changes"
    assert isinstance(p.rt.event, ev.Stage), "the story waits for the new place"
    at_line(p, "The shed, that night.")
    assert stage.curtain == 0 and not busy(stage)
    assert stage.home == "shed" and stage.place == "Shed" and stage.lighting.time == "night"
    assert p.play.hud.place == "Shed", "the HUD names the place the scene moved to"
    bot = stage.direction.find("7723")
    assert bot is not None and bot.pos == pygame.Vector2(stage.direction.spot("lamp").rect.center), \
        "placed again, at the new map's mark"
    assert stage.direction.find("momo") is None, "the garden's people stay in the garden"
    assert stage.mai is not None and stage.mai.pos == pygame.Vector2(24, 40), "the lead at the new map's start"


def test_directions_that_come_during_the_curtain_play_on_the_new_map(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path))
    at_line(p, "The garden is quiet.")
    stage = p.play.stage
    direct(stage, ev.Stage("m", map="shed"))
    direct(stage, ev.Stage("c", cast=(ev.Cast("7723", "lamp"),)))
    assert stage.map.name == "garden" and busy(stage), "the old place until the curtain is down"
    p.until(lambda: not busy(stage), limit=60)
    assert stage.map.name == "shed"
    assert stage.direction.find("7723").pos == pygame.Vector2(stage.direction.spot("lamp").rect.center)


def test_a_fade_out_keeps_the_old_place_until_it_is_dark(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path))
    at_line(p, "The garden is quiet.")
    stage = p.play.stage
    direct(stage, ev.Stage("m", map="shed", effect="fade_out"))
    p.run(10)
    assert stage.map.name == "garden" and 0 < stage.effects.dark < 1
    p.until(lambda: stage.map.name == "shed", limit=90)
    assert stage.effects.dark == 1.0 and stage.curtain == 0, "dark until a fade_in, with no curtain of its own"
    direct(stage, ev.Stage("f", effect="fade_in"))
    p.until(lambda: stage.effects.dark == 0, limit=90)


def test_stepping_back_across_the_move_shows_the_map_in_force_there(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path))
    at_line(p, "The shed, that night.")
    stage = p.play.stage
    p.press("pageup")
    at_line(p, "7723 waits by the bench.")
    assert stage.map.name == "garden", "back before the move: the garden"
    assert stage.direction.find("7723") is not None and stage.direction.find("momo") is not None
    p.press("pagedown")
    at_line(p, "The shed, that night.")
    assert stage.map.name == "shed" and stage.direction.find("7723") is not None


def test_a_stage_built_in_the_middle_of_the_beat_is_on_the_map_in_force(launch, tmp_path) -> None:
    """A game resumed after the move: the director is built from the beat and the event waiting."""
    p = launch("garden", story=staged(tmp_path))
    at_line(p, "It is cold in here.")
    ctx = p.app.ctx
    scene = PlayScene(ctx, ctx.session.beat, ctx.session.event)
    stage = scene.stage
    assert stage.map.name == "shed" and stage.lighting.time == "night"
    bot = stage.direction.find("7723")
    assert bot is not None and bot.pos == pygame.Vector2(stage.direction.spot("lamp").rect.center)


def test_ares_stands_twice_7723s_height_and_can_come_apart(launch) -> None:
    p = launch("garden", story=ROOT / "story")
    assets = p.app.ctx.assets
    ares, bot = load_sheet(assets, "ares"), load_sheet(assets, "7723")
    assert not ares.stand_in and ares.size[1] >= 2 * bot.size[1] - 4, (ares.size, bot.size)
    standing = ares.frame("down", 0, False)
    pieces = posed(ares, standing, "apart", "down")
    assert pieces.get_width() > standing.get_width() and pieces.get_height() < standing.get_height(), \
        "in pieces over the floor, lower and wider than standing"


def test_a_game_saved_after_the_move_loads_on_the_new_map(launch, tmp_path) -> None:
    p = launch("garden", story=staged(tmp_path))
    at_line(p, "It is cold in here.")
    ctx = p.app.ctx
    assert ctx.flow.save_slot("1") is None
    before = p.play
    assert ctx.flow.load_slot("1") is None
    p.until(lambda: p.play is not None and p.play is not before, limit=120)
    assert p.play.stage.map.name == "shed" and p.play.stage.lighting.time == "night"
    assert p.play.stage.direction.find("7723") is not None

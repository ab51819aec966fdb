"""Stage directions played by the window, on real frames: people walk to spots and arrive, the light
grades with the time and a blackout leaves only its lights, the camera turns to whoever speaks, a
shake is still under reduce motion, flashes keep under three a second, and a direction that waits
holds the story until the walk has arrived."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pygame
from garden_steps import garden_beat
from test_scene_motion import flashes_per_second, sample

from game.scenes.aiming import AIM
from game.scenes.crouching import CROUCHING
from game.scenes.dancing import DANCE
from game.scenes.dragged import DRAGGED
from game.scenes.effects import LENGTH
from game.scenes.falling import FALL
from game.scenes.holding import HOLDING
from game.scenes.lighting import GLOWS, GRADES, OVERLAID, WEATHER
from game.scenes.poses import BROKEN, CARRYING, REACHING, SEATED, SEATED_HELD, SQUASH
from game.scenes.slack import SLACK
from game.scenes.staging import StageCue, busy, direct, present_stage
from game.scenes.swinging import SWING
from game.scenes.walking import SPEED
from game.story import events as ev
from game.story import stagewords
from game.story.events import Cast

STORY = Path(__file__).resolve().parents[2] / "story"
GARDEN = Path(__file__).parent / "fixtures" / "garden" / "story"


def on_the_map(launch):
    """The garden, its explore choice up: Mai on the map with Momo by the wall."""
    p = launch("garden")
    p.until(lambda: p.play is not None and p.play.stage.walking, key="return")
    return p


def in_the_backyard(launch):
    """The shipped backyard, its explore choice up: a real map with real lamps, lit as by day
    whatever its own directions say."""
    p = launch("backyard", story=STORY)
    p.until(lambda: p.play is not None and p.play.stage.walking and p.top is p.play, key="return", limit=3000)
    direct(p.play.stage, ev.Stage("s", time="day", lights=(), blackout=False))
    return p


def luminance(p, area: pygame.Rect | None = None) -> np.ndarray:
    surf = p.app.canvas.surface  # the logical picture, 640×360
    if area is not None:
        surf = surf.subsurface(area)
    rgb = pygame.surfarray.array3d(surf).astype(float)
    return 0.2126 * rgb[..., 0] + 0.7152 * rgb[..., 1] + 0.0722 * rgb[..., 2]


def map_area(p) -> pygame.Rect:
    """The map on screen, less the HUD's bands."""
    return p.play.stage.view.clip(pygame.Rect(0, 24, 640, 312))


def test_a_character_walks_to_a_spot_at_walking_pace_and_arrives(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    momo = stage.direction.find("momo")
    bench = stage.direction.spot("bench")
    start = pygame.Vector2(momo.pos)
    direct(stage, ev.Stage("s", cast=(Cast("momo", "bench", walk=True, face="left", pose="sit"),)))
    assert stage.direction.busy and momo.pos == start, "she sets off; she does not jump there"
    frames = 0
    while busy(stage):
        p.run(1)
        frames += 1
        assert frames < 600, f"Momo never arrived: {momo.pos}"
    assert momo.pos.distance_to(bench.rect.center) <= 12, (momo.pos, bench.rect)
    assert frames / 60 >= start.distance_to(bench.rect.center) / SPEED * 0.9, "no faster than a walk"
    assert momo.facing == "left" and momo.pose == "sit", "turned and seated once there"
    assert momo.image.get_height() < momo.sheet.size[1], "sitting is lower than standing"


def test_at_places_someone_new_and_leave_takes_them_off(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("7723", "start"),)))
    bot = stage.direction.find("7723")
    assert bot is not None and bot.pos == pygame.Vector2(stage.direction.spot("start").rect.center)
    direct(stage, ev.Stage("s", cast=(Cast("7723", leave=True),)))
    assert stage.direction.find("7723") is None and not bot.alive()
    direct(stage, ev.Stage("s", cast=(Cast("nobody", "start"),)))  # no sprite sheet: a stand-in, logged
    p.run(2)
    assert stage.direction.find("nobody") is not None


def test_night_is_darker_than_day_and_a_blackout_darker_still_but_for_the_chest(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("7723", "start"),)))
    p.run(3)
    day = luminance(p, map_area(p)).mean()
    direct(stage, ev.Stage("s", time="night"))
    p.run(3)
    night = luminance(p, map_area(p)).mean()
    direct(stage, ev.Stage("s", lights=("chest",), blackout=True))
    p.run(3)
    lum = luminance(p)
    dark = luminance(p, map_area(p)).mean()
    assert night < day * 0.7, (day, night)
    assert dark < 12 and dark < night / 2, (night, dark)
    bot = stage.direction.find("7723").rect
    ox, oy = stage.offset()
    cx, cy = bot.centerx + ox, bot.top + oy + bot.height // 2
    near = lum[cx - 12:cx + 12, cy - 12:cy + 12].mean()
    far = lum[cx + 100:cx + 160, cy - 12:cy + 12].mean() if cx < 400 else lum[cx - 160:cx - 100, cy - 12:cy + 12].mean()
    assert near > 40 and near > 5 * max(far, 1.0), (near, far)


def test_beats_not_yet_directed_keep_their_daylight(launch) -> None:
    p = on_the_map(launch)
    assert p.play.stage.lighting.plain, "the garden has no directions"
    before = luminance(p, map_area(p)).mean()
    direct(p.play.stage, ev.Stage("s", lights=("lamps", "chest")))  # lights on by day change nothing
    p.run(3)
    assert abs(luminance(p, map_area(p)).mean() - before) < 2


def test_the_camera_turns_to_whoever_speaks(launch) -> None:
    p = on_the_map(launch)
    play = p.play
    stage = play.stage
    direct(stage, ev.Stage("s", cast=(Cast("7723", "bench"),)))
    play.present(ev.Line("l", "7723", "7723", "Hello.", "neutral", node="look"))
    p.run(120)
    bot = stage.direction.find("7723")
    assert stage.camera.distance_to(bot.rect.center) < 2, (stage.camera, bot.rect.center)
    direct(stage, ev.Stage("s", camera="pan:start"))
    p.run(120)
    assert stage.camera.distance_to(stage.direction.spot("start").rect.center) < 2
    direct(stage, ev.Stage("s", camera="speaker"))  # back to whoever speaks
    play.present(ev.Line("l", "7723", "7723", "Again.", "neutral", node="look"))
    p.run(120)
    assert stage.camera.distance_to(bot.rect.center) < 2, (stage.camera, bot.rect.center)


def test_the_camera_follows_someone_walking_when_told(launch) -> None:
    p = on_the_map(launch)
    play = p.play
    stage = play.stage
    direct(stage, ev.Stage("s", cast=(Cast("momo", "bench", walk=True),), camera="follow:momo"))
    play.present(ev.Line("l", None, "", "She trots off.", "", node="look"))
    momo = stage.direction.find("momo")
    p.until(lambda: not stage.direction.busy, limit=600)
    p.run(90)
    assert stage.camera.distance_to(momo.rect.center) < 2


def test_a_pan_is_no_faster_than_a_walk_under_reduce_motion(launch) -> None:
    p = on_the_map(launch)
    p.ctx.settings.reduce_motion = True
    stage = p.play.stage
    direct(stage, ev.Stage("s", camera="pan:bench"))
    p.play.present(ev.Line("l", None, "", "Quiet.", "", node="look"))
    before = pygame.Vector2(stage.camera)
    for _ in range(20):
        p.run(1)
        assert stage.camera.distance_to(before) <= SPEED / 60 + 0.01
        before = pygame.Vector2(stage.camera)


def test_shake_jolts_the_picture_but_not_under_reduce_motion(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", shake=0.6))
    jolts = []
    for _ in range(30):
        p.run(1)
        jolts.append(stage.direction.jolt(False))
    assert any(jolts), "it shakes"
    p.ctx.settings.reduce_motion = True
    direct(stage, ev.Stage("s", shake=0.6))
    shots = set()
    for _ in range(30):
        p.run(1)
        assert stage.direction.jolt(True) == 0
        shots.add(pygame.image.tobytes(p.app.canvas.surface.subsurface(map_area(p)), "RGB"))
    assert len(shots) <= 3, "the picture holds still (but for what lives on the map)"


def test_flashes_never_come_faster_than_three_a_second(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    for _ in range(8):  # a careless story asks for eight at once
        direct(stage, ev.Stage("s", effect="flash"))
    levels = sample(p, 180)
    assert flashes_per_second(levels) <= 3
    assert max(levels) > min(levels) + 40, "it does flash"


def test_a_waiting_direction_holds_the_story_until_the_walk_arrives(launch) -> None:
    p = on_the_map(launch)
    play = p.play
    play.present(p.rt.event)  # the explore choice again, presented as the director does
    event = p.rt.event
    stage = play.stage
    present_stage(play, ev.Stage("s", cast=(Cast("momo", "bench", walk=True),), wait=True))
    assert isinstance(p.top, StageCue)
    momo = stage.direction.find("momo")
    bench = stage.direction.spot("bench")
    while momo.pos.distance_to(bench.rect.center) > 12:
        assert p.rt.event is event and isinstance(p.top, StageCue), "held while she walks"
        p.run(1)
    p.until(lambda: not isinstance(p.top, StageCue), limit=30)  # let go once she is there
    assert momo.pos.distance_to(bench.rect.center) <= 12


def test_skipping_a_wait_brings_everyone_there_at_once(launch) -> None:
    p = on_the_map(launch)
    play = p.play
    stage = play.stage
    present_stage(play, ev.Stage("s", cast=(Cast("momo", "bench", walk=True),), effect="fade_in", wait=True))
    assert isinstance(p.top, StageCue)
    p.press("return")
    assert not isinstance(p.top, StageCue) and not busy(stage)
    assert stage.direction.find("momo").pos.distance_to(stage.direction.spot("bench").rect.center) <= 12


def test_every_word_a_story_may_use_has_a_way_to_be_played() -> None:
    assert set(stagewords.TIMES) == set(GRADES)
    assert set(stagewords.LIGHTS) == set(GLOWS) | set(WEATHER) | set(OVERLAID)  # a light shines; weather (rain) and 7723's memories are drawn
    assert set(stagewords.EFFECTS) == set(LENGTH)
    assert set(stagewords.POSES) == {"stand", "lying", "knocked_down", *SQUASH, *SEATED, *BROKEN, *CARRYING, *HOLDING, AIM, SWING,
                                     *REACHING, *SLACK, *DANCE, *FALL, *SEATED_HELD, *CROUCHING, *DRAGGED}


STAGED = garden_beat("""  look:
    - "The garden is quiet."
    - stage:
        time: night
        lights: [chest]
        cast:
          "7723": {at: start}
    - "Someone comes."
    - stage:
        cast:
          "7723": {walk: bench, face: left}
        wait: true
    - "He sits by the bench."
    - explore:
        - {text: "The bench", goto: bench}
        - {text: "The gate", goto: gate}
  bench:
    - mai: "A bench. Dad sat here."
  gate:
    - mai: "Let's go."
    - beat: end
""", time="evening")


def test_a_story_s_directions_play_in_order_and_a_wait_holds_it(launch, tmp_path) -> None:
    """The garden with directions written in its story: the beat's own light from its first line, a
    direction that places 7723, and one that walks him to the bench while the story waits."""
    root = tmp_path / "staged"
    shutil.copytree(GARDEN, root / "story")
    (root / "levels").symlink_to(GARDEN.parent / "levels", target_is_directory=True)  # its tilesets' paths hold
    (root / "story" / "beats" / "01_garden.yaml").write_text(STAGED, encoding="utf-8")
    p = launch("garden", story=root / "story")
    p.until(lambda: isinstance(p.rt.event, ev.Line) and p.rt.event.text == "The garden is quiet.", key="return")
    stage = p.play.stage
    assert stage.lighting.time == "evening", "the beat's own direction, from its first line"
    p.until(lambda: isinstance(p.top, StageCue), key="return")
    assert stage.lighting.time == "night" and stage.lighting.lights == ("chest",)
    bot = stage.direction.find("7723")
    assert bot is not None and stage.direction.busy
    waiting = p.rt.event
    assert isinstance(waiting, ev.Stage) and waiting.wait
    while stage.direction.busy:
        assert p.rt.event is waiting, "the story waits while he walks"
        p.run(1)
    p.until(lambda: isinstance(p.rt.event, ev.Line) and p.rt.event.text == "He sits by the bench.")
    assert bot.facing == "left" and bot.pos.distance_to(stage.direction.spot("bench").rect.center) <= 12


def test_stepping_back_puts_the_stage_back_and_forward_plays_it_again(launch, tmp_path) -> None:
    root = tmp_path / "staged"
    shutil.copytree(GARDEN, root / "story")
    (root / "levels").symlink_to(GARDEN.parent / "levels", target_is_directory=True)
    (root / "story" / "beats" / "01_garden.yaml").write_text(STAGED, encoding="utf-8")
    p = launch("garden", story=root / "story")

    def at_line(text: str) -> None:
        p.until(lambda: isinstance(p.rt.event, ev.Line) and p.rt.event.text == text
                and type(p.top).__name__ == "DialogueScene", limit=900)

    p.until(lambda: isinstance(p.rt.event, ev.Line) and p.rt.event.text == "He sits by the bench.", key="return")
    stage = p.play.stage
    bot = stage.direction.find("7723")
    bench, start = (stage.direction.spot(n).rect.center for n in ("bench", "start"))
    assert stage.lighting.time == "night" and bot.pos.distance_to(bench) <= 12
    p.press("pageup")
    at_line("Someone comes.")
    assert bot.pos == pygame.Vector2(start) and not stage.direction.busy, "back where the walk began"
    p.press("pageup")
    at_line("The garden is quiet.")
    assert stage.lighting.time == "evening" and stage.lighting.lights == ()
    assert stage.direction.find("7723") is None, "not come yet"
    p.press("pagedown")
    at_line("Someone comes.")
    assert stage.lighting.time == "night" and stage.direction.find("7723") is not None

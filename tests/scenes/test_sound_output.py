"""The running game really sounds: SDL's `disk` audio driver writes what the game mixes to a raw file,
in real time, and the tests read the samples a player would hear on the title, in an explore beat,
in the review and in the reboot; a piece changes on its cue, a bleep sounds where the typewriter
reaches it, volumes of 0 are silence, and without a sound device the game plays on silently.

The pieces and effects are pure tones made fresh in a temporary folder, each at its own pitch, so the
loudest frequency of the output says which one is playing. Each listens for a fraction of a second.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pygame
import pytest
from garden_steps import to_review
from listening import pitch, recorded, rms, tone_file
from test_explore_walk import STORY, through, walk_ready

from game.engine import window
from game.engine.assets import Assets
from game.engine.audio import Audio
from game.engine.footsteps import Floors
from game.scenes.dialogue import DialogueScene
from game.scenes.gameover import GameOverScene
from game.scenes.settings_menu import SettingsScene
from game.story import events as ev

GARDEN = Path(__file__).parent / "fixtures" / "garden" / "story"
PIECES = {"title": 440.0, "memory_review": 550.0, "reboot": 330.0, "credits": 495.0, "stage_a": 660.0,
          "stage_b": 880.0}
EFFECTS = {**{f"bleep_{k}": 1760.0 for k in range(1, 5)}, "step_grass": 1320.0, "mark": 1100.0,
           "siren": 990.0, "move": 1500.0, "confirm": 1500.0}


@pytest.fixture
def sounding(tmp_path, monkeypatch):
    """The game's window with its sound on SDL's disk driver and the tone files of this test; returns
    the raw output file. `volume` sets all three volumes; `driver` another SDL audio driver."""
    raw = tmp_path / "out.raw"
    root = tmp_path / "sounds"
    for name, hz in PIECES.items():
        tone_file(root / "assets" / "music" / f"{name}.wav", hz, 1.0)
    for name, hz in EFFECTS.items():
        tone_file(root / "assets" / "sfx" / f"{name}.wav", hz, 0.12)

    def use(volume: float = 1.0, driver: str = "disk") -> Path:
        monkeypatch.setenv("SDL_AUDIODRIVER", driver)
        monkeypatch.setenv("SDL_DISKAUDIOFILE", str(raw))
        pygame.mixer.quit()

        def make(assets, settings, enabled=True):
            settings.music_volume = settings.sound_volume = settings.voices_volume = volume
            audio = Audio(assets, settings, enabled=True)  # the scene tests' window is otherwise silent
            audio.use_sounds(Assets(root))
            return audio

        monkeypatch.setattr(window, "Audio", make)
        return raw

    return use


def listen(p, raw: Path, seconds: float = 0.3) -> np.ndarray:
    """The mono samples written while the game runs `seconds` in real time."""
    return recorded(raw, lambda: p.run(1), seconds)


def fade(p) -> None:
    """The piece asked for is decoded, and game time passes for its crossfade (frames run faster
    than real time)."""
    p.ctx.audio.score.wait()
    p.run(120)


def test_the_title_plays_its_piece(sounding, launch):
    raw = sounding()
    p = launch()
    p.on("TitleScene")
    fade(p)
    heard = listen(p, raw)
    assert p.ctx.audio.ok and p.ctx.audio.playing == "title"
    assert rms(heard) > 1500 and abs(pitch(heard) - PIECES["title"]) < 15
    p.press("down")
    assert p.ctx.audio.heard[-1] == "move"


def cued_garden(tmp_path: Path) -> Path:
    """The garden story with music cues: the beat opens with `stage_a`; at the bench a stage direction
    changes it to `stage_b` and sounds the sirens."""
    copy = tmp_path / "cued"
    shutil.copytree(GARDEN, copy / "story")
    (copy / "levels").symlink_to(GARDEN.parent / "levels")  # the map as it is: its tiles are found from there
    beat = copy / "story" / "beats" / "01_garden.yaml"
    text = beat.read_text(encoding="utf-8")
    text = text.replace("nodes:\n", "stage: {music: stage_a}\nnodes:\n", 1)
    text = text.replace("  bench:\n", "  bench:\n    - stage: {music: stage_b, sound: siren}\n", 1)
    beat.write_text(text, encoding="utf-8")
    return copy / "story"


def test_an_explore_beat_plays_its_piece_and_changes_it_on_a_stage_cue(sounding, launch, tmp_path):
    raw = sounding()
    p = launch("garden", story=cued_garden(tmp_path))
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")
    fade(p)
    first = listen(p, raw)
    assert p.ctx.audio.playing == "stage_a" and rms(first) > 1500 and abs(pitch(first) - PIECES["stage_a"]) < 15
    p.play.choose(0)  # the bench, as if walked to: its first step is the stage direction
    p.until(lambda: "siren" in p.ctx.audio.heard, limit=60)
    assert p.ctx.audio.playing == "stage_b"
    fade(p)
    second = listen(p, raw)
    assert abs(pitch(second) - PIECES["stage_b"]) < 15
    assert p.ctx.audio.pieces == ["stage_a", "stage_b"]


def test_mai_s_footsteps_sound_as_she_walks(sounding, launch):
    raw = sounding()
    p = launch("garden")
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")
    p.play.score.steps.floors = Floors(maps={"garden": "grass"}, sounds={"grass": "step_grass"})
    p.hold("right", 40)
    assert p.ctx.audio.heard.count("step_grass") >= 2
    heard = listen(p, raw, 0.05)  # the last step, still sounding (nothing else plays in this beat)
    p.run(1)
    assert not p.play.stage.mai.moving
    assert rms(listen(p, raw, 0.3)) < 50, "standing still, no steps"
    assert len(heard)


def test_the_review_plays_its_piece_and_steps_back_for_a_marked_card(sounding, launch):
    raw = sounding()
    p = launch("garden")
    to_review(p)
    fade(p)
    before = listen(p, raw)
    assert p.ctx.audio.playing == "memory_review" and abs(pitch(before) - PIECES["memory_review"]) < 15
    p.top.toggle(p.top.row.index)  # a card marked for deletion
    assert p.ctx.audio.heard[-1] == "mark"
    p.run(20)
    ducked = listen(p, raw, 0.2)
    assert rms(ducked) < rms(before) * 0.6


def test_the_reboot_plays_its_piece_and_falls_silent_with_the_last_memory(sounding, launch):
    raw = sounding()
    p = launch("end")
    p.rt.state.core.held = ["first_face", "returned"]
    p.until(lambda: isinstance(p.rt.event, ev.Choice), key="return")
    p.until(lambda: p.names()[-1] == "DialogueScene" and p.top.menu is not None)
    p.press("return")  # Let go
    p.on("RebootScene")
    scene = p.top
    fade(p)
    heard = listen(p, raw)
    assert p.ctx.audio.playing == "reboot" and abs(pitch(heard) - PIECES["reboot"]) < 15
    p.press("down")
    p.press("return")
    p.on("Prompt")
    p.press("up")
    p.press("return")
    assert scene.phase == "farewell"
    p.until(lambda: scene.playing == 1, limit=400)
    assert p.ctx.audio.playing == "reboot", "the music plays on until the last memory fades"
    p.until(lambda: scene.phase == "flash", limit=400)
    assert p.ctx.audio.playing is None
    p.run(50)  # half the flash: the music has fallen silent in it
    assert scene.phase == "flash" and rms(listen(p, raw, 0.2)) < 100
    p.until(lambda: p.names()[-1] == "EndingScene", limit=400)
    p.run(60)
    p.press("return")  # the credits
    fade(p)
    assert p.ctx.audio.playing == "credits" and abs(pitch(listen(p, raw)) - PIECES["credits"]) < 15


def test_a_bleep_sounds_when_the_typewriter_reaches_it(sounding, launch):
    raw = sounding()
    p = launch("garden")
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")
    text = "Oh, it is [BLEEP]ing ON."
    line = ev.Line(id="momo_bleep", speaker="momo", name="Momo", text=text, face="neutral")
    scene = DialogueScene(p.ctx, line)
    p.ctx.scenes.push(scene)
    at = text.index("[BLEEP]")
    p.until(lambda: any(n.startswith("bleep_") for n in p.ctx.audio.heard), limit=120)
    assert at <= scene.box.shown < at + 4, "the bleep sounds as the typewriter reaches it, not before"
    heard = listen(p, raw, 0.05)
    assert rms(heard) > 1000 and abs(pitch(heard) - 1760) < 40


def test_volumes_of_zero_are_silence(sounding, launch):
    raw = sounding(volume=0.0)
    p = launch()
    p.on("TitleScene")
    fade(p)
    p.press("down")
    assert p.ctx.audio.playing == "title"
    assert rms(listen(p, raw)) < 30


def test_without_a_sound_device_the_game_plays_on_silently_with_captions(sounding, launch):
    sounding(driver="no_such_driver")
    p = launch("garden")
    assert not p.ctx.audio.ok and p.ctx.audio.problem
    p.ctx.settings.captions = True
    to_review(p)
    p.run(30)
    assert p.ctx.audio.playing == "memory_review"  # kept count of, though nothing sounds
    assert any(c.text.startswith("[music: ") for c in p.ctx.audio.captions.showing)


def test_captions_show_in_the_corner_only_when_turned_on(sounding, launch):
    sounding(driver="no_such_driver")
    p = launch("garden")
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")
    corner = pygame.Rect(0, 26 * 2, 200 * 2, 30 * 2)  # the caption's corner, at the window's scale

    def shot() -> bytes:
        p.run(1)
        return pygame.image.tobytes(p.ctx.window.surface.subsurface(corner), "RGB")

    p.ctx.settings.captions = False
    p.play.score.cue(ev.Stage(id="sirens", sound="siren"))
    off = shot()
    p.ctx.settings.captions = True
    on = shot()
    assert off != on and [c.text for c in p.ctx.audio.captions.showing] == ["[sirens]"]


KEY_EVENTS = ("move", "confirm", "back", "error", "mark", "unmark", "delete", "dissolve", "overflow", "reboot_pulse")


def test_key_events_have_sounds_of_their_own(launch):
    """The review's moments, the menus and the Game Over each ask for a sound of their own (and, once
    the rendered effects are there, no two of them are the same file)."""
    p = launch("garden")
    to_review(p)
    review = p.top
    review.toggle(review.row.index)
    review.toggle(review.row.index)
    review.toggle(review.row.index)
    review.start_commit()
    p.run(90)
    heard = list(p.ctx.audio.heard)
    assert [n for n in heard if n in ("mark", "unmark", "delete", "dissolve")] == ["mark", "unmark", "mark",
                                                                                   "delete", "dissolve"]
    p.ctx.scenes.push(GameOverScene(p.ctx, ev.GameOver(title="Core overflow", text="Everything is gone.")))
    p.run(2)
    assert p.ctx.audio.heard[-1] == "reboot_pulse" and p.ctx.audio.playing is None
    assert len(set(KEY_EVENTS)) == len(KEY_EVENTS)
    sfx = Path(__file__).resolve().parents[2] / "assets" / "sfx"
    rendered = [(sfx / f"{n}.ogg").read_bytes() for n in KEY_EVENTS if (sfx / f"{n}.ogg").is_file()]
    assert len(set(rendered)) == len(rendered)


def test_mai_walks_on_the_kitchen_tiles_and_through_the_back_door_onto_grass(launch):
    """The shipped kitchen: her steps are the floor's under her feet (levels/floors.yaml), a door
    sounds as she goes through the doorway, and out in the yard her steps are on grass."""
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    audio = p.ctx.audio
    through(p, "to_backyard")
    heard = list(audio.heard)
    door = heard.index("door")
    assert "step_tile" in heard[:door], "the kitchen floor"
    before = len(heard)
    p.hold("down", 30)
    p.hold("left", 30)
    assert "step_grass" in list(audio.heard)[before:], "the yard"


def test_lines_skipped_past_make_no_talking_tones(launch):
    p = launch("garden")
    p.ctx.settings.skip_unseen = True
    line = ev.Line(id="mai_long", speaker="mai", name="Mai", text="Mai talks on and on about the garden.", face="neutral")
    p.ctx.scenes.push(DialogueScene(p.ctx, line, pace=p.play.pace))
    p.play.pace.skipping = True
    p.run(10)
    assert not [n for n in p.ctx.audio.heard if n.startswith("voice_mai")]


def test_a_speaker_talks_in_tones_as_the_text_types_and_narration_is_silent(launch):
    p = launch("garden")
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")
    said = ev.Line(id="mai_talks", speaker="mai", name="Mai", text="Mai talks about the garden.", face="neutral")
    told = ev.Line(id="narration", speaker=None, name="", text="The garden is quiet and still.", face="")
    for line in (said, told):
        p.ctx.audio.heard.clear()
        p.ctx.scenes.push(DialogueScene(p.ctx, line))
        p.run(40)
        tones = [n for n in p.ctx.audio.heard if n.startswith("voice_")]
        assert (len(tones) >= 3 and set(tones) <= {f"voice_mai_{k}" for k in (1, 2, 3)}) if line.speaker else not tones
        p.top.dismiss()


def test_the_settings_have_rows_for_each_volume_and_the_captions(launch):
    p = launch()
    p.on("TitleScene")
    p.ctx.scenes.push(SettingsScene(p.ctx))
    p.run(2)
    menu = p.top.menu
    rows = {i.label: i for i in menu.items}
    assert {"Music volume", "Effects volume", "Voices volume", "Captions for sounds"} <= set(rows)
    s = p.ctx.settings
    before = (s.music_volume, s.sound_volume, s.voices_volume, s.captions)
    for label in ("Music volume", "Effects volume", "Voices volume"):
        p.top.adjust(rows[label], -1)
    p.top.adjust(rows["Captions for sounds"], 1)
    after = (s.music_volume, s.sound_volume, s.voices_volume, s.captions)
    assert after == (round(before[0] - 0.1, 2), round(before[1] - 0.1, 2), round(before[2] - 0.1, 2), not before[3])
    assert "voice_mai_1" in p.ctx.audio.heard, "a voice tone at the new voices volume"

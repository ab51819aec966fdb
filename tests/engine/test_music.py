"""The score, the typewriter's sounds, captions, footsteps and the sound settings.

The mixer tests run SDL's `disk` audio driver: what the game mixes is written, in real time, to a raw
file, so a test reads the samples a player would hear. Each listens for well under a second.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pygame
import pytest
from listening import RATE, in_real_time, pitch, recorded, rms, tone_file

from game.engine.assets import Assets
from game.engine.audio import Audio
from game.engine.captions import Captions
from game.engine.footsteps import Floors, Footsteps
from game.engine.music import Music
from game.engine.settings import Settings
from game.engine.tilemap import TileMap
from game.engine.voices import cues

ROOT = Path(__file__).resolve().parents[2]
PIECES = {"low": 330.0, "high": 880.0}


@pytest.fixture
def disk(tmp_path, monkeypatch):
    """A mixer on SDL's disk driver, writing to a raw file; the sound files a test makes go under
    `tmp_path/assets`. Yields (Audio, raw file path)."""
    raw = tmp_path / "out.raw"
    monkeypatch.setenv("SDL_AUDIODRIVER", "disk")
    monkeypatch.setenv("SDL_DISKAUDIOFILE", str(raw))
    for name, hz in PIECES.items():
        tone_file(tmp_path / "assets" / "music" / f"{name}.wav", hz, 1.0)
    tone_file(tmp_path / "assets" / "sfx" / "bleep_1.wav", 1760.0, 0.25)
    pygame.mixer.quit()
    settings = Settings()
    settings.music_volume = settings.sound_volume = settings.voices_volume = 1.0
    audio = Audio(Assets(ROOT), settings)
    assert audio.ok and pygame.mixer.get_init()[0] == RATE
    audio.use_sounds(Assets(tmp_path))
    yield audio, raw
    pygame.mixer.quit()


def pump(audio: Audio, seconds: float) -> None:
    """Real time passes, the music's fades moving with it."""
    in_real_time(lambda: audio.update(1 / 60), seconds)


def listen(audio: Audio, raw: Path, seconds: float) -> np.ndarray:
    """The mono samples the mixer writes over the next `seconds`."""
    return recorded(raw, lambda: audio.update(1 / 60), seconds)


def settle(audio: Audio, seconds: float = 2.0) -> None:
    """The piece asked for is decoded, and game time passes at once: a crossfade or a duck finishes."""
    audio.score.wait()
    for _ in range(int(seconds * 60)):
        audio.update(1 / 60)


# --- the score on a real mixer --------------------------------------------------------------------------------


def test_a_piece_loops_and_crossfades_into_the_next_on_two_channels(disk):
    audio, raw = disk
    audio.music("low")
    settle(audio)
    first = listen(audio, raw, 0.3)
    assert audio.playing == "low" and rms(first) > 2000 and abs(pitch(first) - 330) < 15
    audio.music("high")
    assert audio.playing == "high"  # asked for: it plays once decoded, the old piece going on meanwhile
    audio.score.wait()
    audio.update(0.5)  # a third of the way: both pieces sound at once, on their two channels
    both = [pygame.mixer.Channel(i).get_busy() for i in (0, 1)]
    assert both == [True, True]
    settle(audio)
    second = listen(audio, raw, 0.3)
    assert audio.playing == "high" and abs(pitch(second) - 880) < 15
    assert audio.pieces == ["low", "high"]


def test_ducking_lowers_the_music_and_brings_it_back(disk):
    audio, raw = disk
    audio.music("low")
    settle(audio)
    full = rms(listen(audio, raw, 0.25))
    audio.duck(5.0)
    audio.update(0.5)
    ducked = rms(listen(audio, raw, 0.25))
    settle(audio, 6.0)
    back = rms(listen(audio, raw, 0.25))
    assert ducked < full * 0.5 and back > full * 0.8


def test_stop_and_a_music_volume_of_zero_are_silence(disk):
    audio, raw = disk
    audio.music("high")
    settle(audio)
    audio.settings.music_volume = 0.0
    audio.apply_volume()
    assert rms(listen(audio, raw, 0.25)) < 50
    audio.settings.music_volume = 1.0
    audio.update(0.0)
    assert rms(listen(audio, raw, 0.25)) > 2000
    audio.music("stop")
    settle(audio)
    assert audio.playing is None and rms(listen(audio, raw, 0.25)) < 50


def test_an_effect_plays_at_the_effects_volume_and_not_at_zero(disk):
    audio, raw = disk
    audio.play("bleep_1")
    heard = listen(audio, raw, 0.1)
    assert rms(heard) > 1000 and abs(pitch(heard) - 1760) < 20
    pump(audio, 0.3)
    audio.settings.sound_volume = 0.0
    audio.play("bleep_1")
    assert rms(listen(audio, raw, 0.2)) < 50
    assert list(audio.heard) == ["bleep_1", "bleep_1"]  # asked for both times: the log is not the mixer


def test_a_missing_piece_leaves_the_music_playing(disk):
    audio, raw = disk
    audio.music("low")
    settle(audio)
    audio.music("no_such_piece")
    settle(audio)
    assert audio.playing == "low" and abs(pitch(listen(audio, raw, 0.25)) - 330) < 15


def test_an_intro_plays_once_and_runs_into_the_loop_without_a_gap(disk):
    audio, raw = disk
    music = raw.parent / "assets" / "music"
    tone_file(music / "tune.intro.wav", 660.0, 0.5)
    tone_file(music / "tune.wav", 330.0, 0.4)
    audio.score.play("tune", 0.0)
    audio.score.wait()
    start = raw.stat().st_size
    pump(audio, 1.8)  # the intro, then the loop over and over: each pass queued behind the one playing
    data = raw.read_bytes()[start - start % 4:]
    heard = np.frombuffer(data[:len(data) - len(data) % 4], "<i2").astype(float).reshape(-1, 2).mean(axis=1)
    onset = int(np.argmax(np.abs(heard) > 2000))
    assert onset > 0, "the piece was never heard"
    intro, loop = heard[onset + 441:onset + 20286], heard[onset + 23000:onset + 39690]  # 0.01-0.46 s, 0.52-0.9 s
    assert abs(pitch(intro) - 660) < 15 and abs(pitch(loop) - 330) < 15
    blocks = heard[onset:onset + int(1.4 * RATE)]
    levels = [rms(b) for b in np.array_split(blocks, len(blocks) // 220)]  # 5 ms each
    assert min(levels) > 2000, "a silent gap: the loop did not follow at once"
    assert audio.playing == "tune"
    audio.music("stop")
    settle(audio)
    assert audio.playing is None and rms(listen(audio, raw, 0.2)) < 50


# --- without a device ---------------------------------------------------------------------------------------


def test_no_device_keeps_count_of_the_music_and_the_captions(monkeypatch, tmp_path):
    def broken(*a, **k):
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "init", broken)
    tone_file(tmp_path / "assets" / "music" / "low.wav", 330, 0.1)
    audio = Audio(Assets(ROOT), Settings())
    audio.use_sounds(Assets(tmp_path))
    assert not audio.ok
    audio.music("low")
    audio.play("siren")
    audio.voice("voice_mai_1")
    audio.duck(1.0)
    audio.update(2.0)
    assert audio.playing == "low" and list(audio.heard) == ["siren", "voice_mai_1"]
    assert "[sirens]" in [c.text for c in audio.captions.showing]


def test_music_without_a_mixer_crossfades_in_its_accounts():
    have = {"a", "b"}
    m = Music(lambda n: n in have, lambda n: None, lambda: 1.0, mixer=False)
    assert m.play("a") and m.playing == "a"
    m.update(10)
    assert m.play("b") and m.playing == "b"
    m.update(0.5)
    assert 0 < m.decks[0].level < 1 and 0 < m.decks[1].level < 1  # mid-crossfade
    m.update(10)
    assert m.decks[1 - m.front].name is None  # the old piece is gone once silent
    assert not m.play("c") and m.playing == "b"
    m.fade_out(1.0)
    assert m.playing is None



def test_a_piece_that_breaks_its_decoding_does_not_silence_the_pieces_after_it():
    """One thread decodes every piece in turn: a fault in one piece is that piece's alone."""

    def load(name: str) -> str:
        if name == "broken":
            raise ValueError("not a sound at all")
        return name

    m = Music(lambda n: not n.endswith(".intro"), load, lambda: 1.0, mixer=False)
    m._decode("broken")
    m._decode("next")
    m.wait(2.0)
    assert not m.busy and "next" in m._pieces and "broken" not in m._pieces

# --- the typewriter's sounds --------------------------------------------------------------------------------


def test_a_bleep_sounds_where_the_typewriter_reaches_it():
    text = "Oh, it is [BLEEP]ing ON."
    at = text.index("[BLEEP]")
    before = cues(text, "momo", 0, at)
    assert not any(c.startswith("bleep_") for c in before)
    passing = cues(text, "momo", at, at + 1)
    assert len(passing) == 1 and passing[0].startswith("bleep_")
    assert cues(text, "momo", 0, at + 1) == cues(text, "momo", 0, at + 1)  # the same every time


def test_voice_tones_skip_spaces_punctuation_and_narration():
    text = "Hi, you. ... ok"
    tones = cues(text, "mai", 0, len(text) if len(text) <= 6 else 6) + cues(text, "mai", 6, len(text))
    assert tones and all(c.startswith("voice_mai_") and c[-1] in "123" for c in tones)
    places = [i for i in range(len(text)) if cues(text, "mai", i, i + 1)]
    assert all(text[i].isalnum() for i in places)
    assert cues("The garden is quiet.", None, 0, 5) == []


def test_completing_a_line_at_once_plays_only_its_first_bleep():
    text = "[BLEEP]. [BLEEP] [BLEEP]. Welcome to the [BLEEP]ing neighbourhood."
    assert len(cues(text, "momo", 0, len(text))) == 1


def test_bleeps_are_varied_from_one_to_four():
    text = "[BLEEP] [BLEEP] [BLEEP] [BLEEP] [BLEEP]"
    names = [c for i in range(len(text)) for c in cues(text, "momo", i, i + 1)]
    assert len(names) == 5 and len(set(names)) == 4 and set(names) <= {f"bleep_{k}" for k in range(1, 5)}


# --- captions -----------------------------------------------------------------------------------------------


def test_captions_come_from_the_table_and_a_run_of_bleeps_is_one():
    captions = Captions.load(Assets(ROOT))
    assert captions.effect("door_slam") == "[door slams]"
    assert captions.effect("move") is None  # a menu click carries nothing to caption
    captions.effect("bleep_1")
    captions.effect("bleep_3")
    assert [c.text for c in captions.showing] == ["[door slams]", "[bleep]"]
    assert captions.piece("garage_night").startswith("[music: ")
    captions.update(10)
    assert captions.showing == []


def test_every_piece_of_the_score_has_a_caption():
    pieces = ("title launch_hall rice_lab freeway lower_city school su_house garage_night memory_review "
              "noodle_jingle noodle_punk pin_ares sewers iq_tower stadium reboot credits").split()
    table = Captions.load(Assets(ROOT))
    assert all(table.music.get(p) for p in pieces)


# --- footsteps ----------------------------------------------------------------------------------------------


@pytest.fixture
def kitchen():
    pygame.display.init()
    pygame.display.set_mode((8, 8))
    yield TileMap(Assets(ROOT), "kitchen")
    pygame.display.quit()


def test_the_floor_under_her_feet_picks_the_footstep(kitchen):
    floors = Floors.load(Assets(ROOT))
    assert floors.kind(kitchen, (5 * 16 + 8, 5 * 16 + 8)) == "tile"  # kitchentile
    assert floors.sound(kitchen, (5 * 16 + 8, 5 * 16 + 8)) == "step_tile"
    assert floors.of_tile("rug_c") == "carpet" and floors.of_tile("bluerug_c") == "carpet"
    assert floors.kind(kitchen, (-50, -50)) == "tile"  # off the map: the map's own kind


def test_a_footstep_falls_on_each_stride_and_none_standing_still(kitchen):
    played = []
    steps = Footsteps(SimpleNamespace(play=played.append), Floors(maps={"kitchen": "wood"}, sounds={"wood": "step_wood"}))
    mai = SimpleNamespace(pos=pygame.Vector2(100, 100), moving=True, t=0.0)
    for _ in range(60):  # one second of walking
        mai.t += 1 / 60
        steps.update(mai, kitchen)
    assert 3 <= len(played) <= 4 and set(played) == {"step_wood"}
    mai.moving = False
    steps.update(mai, kitchen)
    assert len(played) <= 4


# --- settings -------------------------------------------------------------------------------------------------


def test_an_old_settings_file_gives_voices_the_sound_volume(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"format": 1, "music_volume": 0.4, "sound_volume": 0.3}))
    s = Settings.load(tmp_path)
    assert (s.music_volume, s.sound_volume, s.voices_volume, s.captions) == (0.4, 0.3, 0.3, False)
    s.voices_volume, s.captions = 0.9, True
    assert s.save() is None
    again = Settings.load(tmp_path)
    assert (again.sound_volume, again.voices_volume, again.captions) == (0.3, 0.9, True)


def test_voice_tones_play_at_the_voices_volume_and_not_at_zero(disk, tmp_path):
    audio, raw = disk
    tone_file(tmp_path / "assets" / "sfx" / "voice_mai_1.wav", 1100.0, 0.25)
    audio.voice("voice_mai_1")
    heard = listen(audio, raw, 0.1)
    assert rms(heard) > 1000 and abs(pitch(heard) - 1100) < 20
    pump(audio, 0.3)
    audio.settings.voices_volume = 0.0
    audio.voice("voice_mai_1")
    assert rms(listen(audio, raw, 0.2)) < 50


def test_a_rendered_piece_decodes_beside_the_game_not_in_its_frame(disk):
    audio, raw = disk
    if not (ROOT / "assets" / "music" / "title.ogg").is_file():
        pytest.skip("the title theme is not rendered yet")
    audio.use_sounds(Assets(ROOT))
    audio.music("low")  # not among the rendered pieces: the music carries on as it was (silence)
    audio.music("title")
    # the call returns while the piece is still being decoded on its own thread (a work fact, not a
    # time: a rendered minute takes a good part of a second to decode on this kind of machine)
    assert audio.score.busy and audio.playing == "title"
    settle(audio)
    assert rms(listen(audio, raw, 0.3)) > 100


def test_a_map_s_own_floor_property_wins_and_every_map_and_kind_is_listed(kitchen):
    floors = Floors.load(Assets(ROOT))
    kitchen.tmx.properties["floor"] = "wood"
    assert floors.kind(kitchen, (-50, -50)) == "wood"
    maps = {p.stem for p in (ROOT / "levels").glob("*.tmx")}
    assert maps <= set(floors.maps), "a map with no floor of its own would be silent underfoot"
    kinds = {k for _p, k in floors.tiles} | set(floors.maps.values()) | {floors.default}
    assert kinds <= set(floors.sounds)

"""Input map, settings, asset confinement, sound that may be missing, the palette, the window."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.engine.assets import AssetError, Assets
from game.engine.audio import Audio
from game.engine.input import InputMap
from game.engine.settings import DEFAULT_KEYS, Settings
from game.engine.theme import PALETTE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def display():
    pygame.display.init()  # key names are looked up through SDL's video subsystem
    yield
    pygame.quit()


def key(k, down=True):
    return pygame.event.Event(pygame.KEYDOWN if down else pygame.KEYUP, key=k, mod=0)


def ident(pos):
    return pos


def test_keys_map_to_actions_and_are_held():
    im = InputMap()
    out = im.translate(key(pygame.K_RETURN), ident)
    assert [e.action for e in out] == ["confirm"]
    im.translate(key(pygame.K_LEFT), ident)
    im.translate(key(pygame.K_a), ident)
    assert im.held("left")
    im.translate(key(pygame.K_LEFT, False), ident)
    assert im.held("left"), "A is still down"
    im.translate(key(pygame.K_a, False), ident)
    assert not im.held("left")


def test_rebinding_changes_what_a_key_does():
    im = InputMap({**DEFAULT_KEYS, "confirm": ["k"]})
    assert [e.action for e in im.translate(key(pygame.K_k), ident)] == ["confirm"]
    assert [e.action for e in im.translate(key(pygame.K_RETURN), ident)] == [""]


def test_unknown_key_names_in_settings_are_skipped():
    im = InputMap({**DEFAULT_KEYS, "confirm": ["no such key", "return"]})
    assert [e.action for e in im.translate(key(pygame.K_RETURN), ident)] == ["confirm"]


def test_mouse_clicks_come_in_logical_pixels():
    im = InputMap()
    ev = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(200, 100), button=1)
    out = im.translate(ev, lambda p: (p[0] // 2, p[1] // 2))
    assert out[0].action == "confirm" and out[0].pos == (100, 50) and out[0].source == "mouse"
    wheel = pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1)
    assert im.translate(wheel, ident)[0].action == "up"


def test_gamepad_buttons_hats_and_sticks():
    im = InputMap()
    a = pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_A, instance_id=3)
    assert im.translate(a, ident)[0].action == "confirm"
    hat = pygame.event.Event(pygame.JOYHATMOTION, value=(-1, 0), instance_id=4, hat=0)
    assert [e.action for e in im.translate(hat, ident)] == ["left"]
    assert im.held("left")
    stick = pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTY, value=-30000,
                               instance_id=3)
    assert [e.action for e in im.translate(stick, ident)] == ["up"]
    assert im.describe("confirm") == "A"


def test_settings_round_trip(tmp_path):
    s = Settings.load(tmp_path)
    s.large_text, s.music_volume, s.keys["log"] = True, 0.3, ["j"]
    assert s.save() is None
    again = Settings.load(tmp_path)
    assert again.large_text and again.music_volume == 0.3 and again.keys["log"] == ["j"]


def test_a_broken_settings_file_gives_defaults_and_says_why(tmp_path):
    (tmp_path / "settings.json").write_text("{ not json")
    s = Settings.load(tmp_path)
    assert s == Settings() and "not valid settings" in s.problem


def test_settings_values_are_checked(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps(
        {"music_volume": 7, "window_scale": "big", "text_speed": "warp", "fullscreen": 1, "keys": {"up": "w"}}))
    s = Settings.load(tmp_path)
    assert s.music_volume == 1.0 and s.window_scale == 2 and s.text_speed == "normal"
    assert s.fullscreen is False and s.keys["up"] == DEFAULT_KEYS["up"]


@pytest.mark.parametrize("bad", ["../main.py", "ui/../../main.py", "/etc/passwd", "C:/x.png", "..\\main.py"])
def test_asset_paths_cannot_leave_the_assets_folder(bad):
    with pytest.raises(AssetError, match="inside assets/"):
        Assets(ROOT).path(bad)


def test_a_symlink_out_of_assets_is_refused(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "sneaky.png").symlink_to(ROOT / "pyproject.toml")
    with pytest.raises(AssetError):
        Assets(tmp_path).path("sneaky.png")


def test_a_missing_image_is_named_and_a_stand_in_drawn(tmp_path):
    (tmp_path / "assets").mkdir()
    assets = Assets(tmp_path)
    with pytest.raises(AssetError, match="assets/portraits/nobody_neutral.png is missing"):
        assets.image("portraits/nobody_neutral.png")
    stand_in = pygame.Surface((4, 4))
    assert assets.image_or("portraits/nobody_neutral.png", lambda: stand_in) is stand_in
    assert "assets/portraits/nobody_neutral.png" in assets.missing


def test_a_broken_image_is_named(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "bad.png").write_bytes(b"not a png")
    with pytest.raises(AssetError, match="bad.png cannot be read"):
        Assets(tmp_path).image("bad.png")


def test_maps_come_from_the_story_s_levels_folder(tmp_path):
    levels = tmp_path / "levels"
    levels.mkdir()
    assets = Assets(ROOT, levels=levels)
    assert assets.path("garden.tmx", "levels") == (levels / "garden.tmx").resolve()
    with pytest.raises(AssetError):
        assets.path("../story/game.yaml", "levels")


def test_no_sound_device_means_silence_not_a_crash(monkeypatch):
    def broken(*a, **k):
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "init", broken)
    audio = Audio(Assets(ROOT), Settings())
    assert not audio.ok and "No available audio device" in audio.problem
    audio.play("confirm")
    audio.music("title")


def test_the_palette_matches_the_art_tools():
    import sys

    sys.path.insert(0, str(ROOT))
    from tools.palette import PALETTE as tools

    assert len(PALETTE) == 32
    for name, rgb in PALETTE.items():
        assert tools[name] == rgb, name

"""A settings file that cannot be used gives the defaults, is kept aside, and is never written over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.engine.settings import Settings


@pytest.mark.parametrize("content", [
    b"\xff\xfe\x00 not text",
    b"[" * 100_000 + b"]" * 100_000,
    b'{"keys": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    b"[1, 2]",
    b"{ not json",
    b'{"music_volume": ' + b"9" * 5000 + b"}",
])
def test_unreadable_settings_are_kept_aside_and_the_defaults_used(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "settings.json").write_bytes(content)
    s = Settings.load(tmp_path)
    assert s == Settings()
    assert s.problem and "not valid settings" in s.problem and "\n" not in s.problem
    (aside,) = tmp_path.glob("settings.broken-*.json")
    assert aside.read_bytes() == content and f"kept as {aside.name}" in s.problem
    s.music_volume = 0.1
    assert s.save() is None and s.problem is None
    assert aside.read_bytes() == content, "the first change writes a new file, not over the old one"


def test_odd_values_fall_back_one_by_one(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        '{"music_volume": NaN, "sound_volume": Infinity, "window_scale": 1e400, "keys": {"up": ["' + "w" * 500 + '"]},'
        ' "large_text": true}')
    s = Settings.load(tmp_path)
    assert s.problem is None and s.large_text
    assert (s.music_volume, s.sound_volume, s.window_scale) == (0.7, 0.8, 2)
    assert s.keys["up"] == Settings().keys["up"]


def test_saving_keeps_the_previous_file(tmp_path: Path) -> None:
    s = Settings.load(tmp_path)
    assert s.save() is None
    first = (tmp_path / "settings.json").read_bytes()
    s.fullscreen = True
    assert s.save() is None
    assert (tmp_path / "settings.json.bak").read_bytes() == first
    assert json.loads((tmp_path / "settings.json").read_text())["fullscreen"] is True
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_folder_named_settings_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()
    s = Settings.load(tmp_path)
    assert s == Settings() and "could not read" in (s.problem or "")

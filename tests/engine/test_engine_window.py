"""The entry point: headless frames, screenshots, and a clear NoDisplay when there is no screen."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.app import NoDisplay, play
from game.engine import window

GARDEN = Path(__file__).resolve().parents[1] / "scenes" / "fixtures" / "garden" / "story"


def test_frames_and_a_screenshot(tmp_path):
    shot = tmp_path / "shot.png"
    assert play(GARDEN, tmp_path / "saves", "garden", 0, 30, shot) == 0
    img = pygame.image.load(str(shot))
    assert img.get_size() == (1280, 720)


def test_the_title_screen_when_no_beat_is_given(tmp_path):
    assert play(GARDEN, tmp_path / "saves", None, 0, 5, tmp_path / "t.png") == 0


def test_an_unknown_beat_is_reported_not_raised(tmp_path):
    assert play(GARDEN, tmp_path / "saves", "nowhere", 0, 5, None) == 2


def test_a_broken_story_shows_the_title_with_its_problems(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "game.yaml").write_text("title: [unclosed\n")
    assert play(story, tmp_path / "saves", None, 0, 5, tmp_path / "t.png") == 1


def test_no_display_raises_no_display(monkeypatch, tmp_path):
    def refuse(*a, **k):
        raise pygame.error("x11 not available")

    monkeypatch.setattr(pygame.display, "init", refuse)
    with pytest.raises(NoDisplay, match="x11 not available"):
        play(GARDEN, tmp_path / "saves", None, 0, 1, None)


def test_fullscreen_toggles_with_f11(tmp_path):
    app, ctx = window.build(GARDEN, tmp_path, size=(1280, 720), settings_dir=tmp_path, sound=False)
    ctx.window.fixed = False  # a real window may change mode
    from game.scenes.flow import Flow

    Flow(ctx, tmp_path).boot(None)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F11, mod=0))
    app.frame(fixed=True)
    assert ctx.window.fullscreen and ctx.settings.fullscreen
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=pygame.KMOD_LALT))
    app.frame(fixed=True)
    assert not ctx.window.fullscreen
    pygame.quit()


def test_an_error_in_play_is_a_sentence_and_a_log_not_a_traceback(monkeypatch, tmp_path, capsys):
    def boom(self, frames=None):
        raise ValueError("the core melted")

    monkeypatch.setattr(window.App, "run", boom)
    assert play(GARDEN, tmp_path, None, 0, 5, None) == 3
    err = capsys.readouterr().err
    assert "the core melted" in err and "Traceback" not in err
    assert "ValueError" in (tmp_path / "crash.log").read_text()

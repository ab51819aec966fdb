"""Run pygame headless in every test: no window, no sound card needed; the shipped story, loaded once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.story.compiler import load_story  # pure: no pygame is imported before the drivers are set

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


@pytest.fixture(scope="session")
def shipped_story():
    """The story folder the game ships, compiled once for every test that reads it."""
    story, diags = load_story(Path(__file__).resolve().parent.parent / "story")
    assert story is not None, "\n".join(map(str, diags))
    return story

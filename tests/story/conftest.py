from __future__ import annotations

from pathlib import Path

import pytest

from game.story.compiler import load_story
from game.story.story import Story

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini"


@pytest.fixture(scope="session")
def mini() -> Story:
    story, diags = load_story(MINI / "story")
    assert story is not None, "\n".join(map(str, diags))
    return story

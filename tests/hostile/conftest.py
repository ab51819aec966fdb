"""Generated garbage thrown at everything the game reads from outside: saves, settings, maps."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from game.story.compiler import load_story
from game.story.story import Story

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini"

# moderate counts: the whole suite runs on two cores in CI in well under a minute
settings.register_profile("hostile", max_examples=250, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="session")
def mini() -> Story:
    story, diags = load_story(MINI / "story")
    assert story is not None, "\n".join(map(str, diags))
    return story

"""The bench's one-scene part on a story that does not load says so, not that the scene is unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.bench.frames import part_scene


@pytest.mark.parametrize("where", ["nowhere", "a_file"])
def test_a_scene_of_no_story_names_the_story(tmp_path: Path, where: str) -> None:
    (tmp_path / "a_file").write_text("x")
    figures = part_scene(tmp_path / where, "title")
    assert "does not load" in figures["error"] and "skipped" not in figures

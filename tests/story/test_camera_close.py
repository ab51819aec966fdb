"""`camera: close:<who>`: a close-up on someone on the map, checked as `follow:` is (a character, on
the map by then), and junk after it refused where it was written."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_stage_directions import bad, compiled, copy, where

from game.story import stagewords as sw


def test_close_is_a_camera_form_naming_who() -> None:
    assert sw.camera_parts("close:mai") == ("close", "mai")
    assert sw.camera_parts("close:") is None and sw.camera_parts("close") is None


def test_a_close_up_on_someone_on_the_map_compiles(tmp_path: Path) -> None:
    steps = ('    - "The yard is dark."\n    - stage: {cast: {"7723": {at: porch}}}\n'
             '    - stage: {camera: "close:7723"}\n')
    compiled(copy(tmp_path, steps=steps))


@pytest.mark.parametrize(("direction", "needle", "message"), [
    ("{camera: \"close:7723\"}", "close", "7723 is not on the map here for the camera to follow"),
    ("{camera: \"close:bob\"}", "close", "no character 'bob' to follow"),
    ("{camera: \"close:\"}", "close", "the camera is follow:<who>, pan:<spot>, hold or speaker, not 'close:'"
     " (or close:<who>, a close-up)"),
    ("{camera: closeup}", "closeup", "the camera is follow:<who>"),
])
def test_a_wrong_close_up_is_reported_where_it_was_written(tmp_path: Path, direction: str, needle: str,
                                                          message: str) -> None:
    root, found = bad(tmp_path, direction)
    assert any(e.startswith(f"{where(root, needle)}: {message}") for e in found), (where(root, needle), found)

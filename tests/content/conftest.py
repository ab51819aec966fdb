"""The content tests run on a story folder: the shipped one, and a copy with one beat added.

Whatever the content tests ask of the shipped story they ask of the copy too (`story_copies.py`
makes it as `story/README.md` teaches), so a designer who follows the README keeps `make test`
green.
"""

from __future__ import annotations

import shutil

import pytest
from story_copies import ROOT, Project, add_beat

from game.story.compiler import load_story
from game.story.explore import explore


@pytest.fixture(scope="session")
def added_beat_project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("added_beat")
    for folder in ("story", "levels", "assets"):  # assets: the pictures the maps' tilesets name
        shutil.copytree(ROOT / folder, root / folder)
    return Project("added_beat", root, add_beat(root / "story"))


@pytest.fixture(scope="session", params=["shipped", "added_beat"])
def project(request: pytest.FixtureRequest) -> Project:
    if request.param == "shipped":
        return Project("shipped", ROOT)
    return request.getfixturevalue("added_beat_project")


@pytest.fixture(scope="session")
def story(project: Project):
    story, diags = load_story(project.story_dir)
    errors = [str(d) for d in diags if d.severity == "error"]
    assert story is not None and not errors, "\n".join(errors)
    return story


@pytest.fixture(scope="session")
def report(story):
    return explore(story)

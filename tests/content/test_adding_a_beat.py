"""A beat added as `story/README.md` teaches: it is in the story where it was put, and the scripted
playthroughs that pass through it play its choice by their default and say so."""

from __future__ import annotations

import pytest
from story_copies import NEW_BEAT, NEW_TITLE, PLAYTHROUGHS, Project

from game.story.compiler import load_story
from game.story.playthrough import load_script, run_script


@pytest.fixture(scope="module")
def copy(added_beat_project: Project):
    story, diags = load_story(added_beat_project.story_dir)
    assert story is not None, "\n".join(map(str, diags))
    return added_beat_project, story


def test_the_new_beat_sits_between_the_two(copy) -> None:
    project, story = copy
    added = project.added
    order = list(story.beats)
    at = order.index(NEW_BEAT)
    assert order[at - 1] == added.before and order[at + 1] == added.after
    assert story.beats[added.before].next == NEW_BEAT and story.beats[NEW_BEAT].next == added.after
    assert story.beats[NEW_BEAT].number == at + 1


def test_playthroughs_through_the_new_beat_default_its_choice(copy) -> None:
    _, story = copy
    through = 0
    for path in PLAYTHROUGHS:
        script, _ = load_script(path)
        result = run_script(story, script, path.stem)
        assert result.ok, (path.stem, result.problems)
        if f"== {NEW_TITLE} ==" in result.transcript:
            through += 1
            assert len(result.defaulted) == 1 and result.defaulted[0].startswith("(default) choose “Go on.”")
            assert any(t.startswith("(default) choose “Go on.”") for t in result.transcript)
        else:
            assert result.defaulted == [], "a script that misses the new beat has nothing to default"
    assert through >= len(PLAYTHROUGHS) // 2, "most playthroughs start at the beginning and pass through it"


def test_without_a_default_the_new_choice_stops_a_script(copy) -> None:
    """`default: none` is what a script without `default:` gets: every decision named, in order."""
    _, story = copy
    path = next(p for p in PLAYTHROUGHS if "beat" not in load_script(p)[0])
    script, _ = load_script(path)
    strict = dict(script)
    strict["default"] = "none"
    result = run_script(story, strict, path.stem)
    assert not result.ok
    assert "Go on." in result.problems[0] and "Wait a moment." in result.problems[0]


def test_a_step_that_never_fits_still_fails_with_defaults(copy) -> None:
    """Defaults let a script pass over what it does not name, never over what it does."""
    _, story = copy
    path = next(p for p in PLAYTHROUGHS if "beat" not in load_script(p)[0])
    script, _ = load_script(path)
    steps = list(script["steps"])
    at = next(i for i, s in enumerate(steps) if "choose" in s)
    steps[at] = {"choose": "an option no beat offers"}
    result = run_script(story, {**script, "steps": steps}, path.stem)
    assert not result.ok
    problem = " ".join(result.problems)
    assert f"step {at + 1} (choose: an option no beat offers) first did not fit: no option matches" in problem

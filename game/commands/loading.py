"""The story as the designers' commands read it: loaded, or its problems printed."""

from __future__ import annotations

import sys
from pathlib import Path

from game.paths import data_root
from game.story.compiler import load_story
from game.story.story import Story

ROOT = data_root()  # the checkout, or the data installed with the package
DEFAULT_STORY = ROOT / "story"


def load_or_report(story_dir: Path) -> Story | None:
    """The story, or None after printing its problems as `path:line:col: message`."""
    story, diags = load_story(story_dir)
    if story is None:
        for d in diags:
            print(d, file=sys.stderr)
        errors = sum(1 for d in diags if d.severity == "error")
        print(f"The story has {errors} error{'s' if errors != 1 else ''}; run 'main.py validate'.", file=sys.stderr)
    return story

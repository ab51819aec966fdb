"""One part of the bench in a process of its own: `python -m game.bench PART STORY_DIR` prints its
figures as one line of JSON (run.py reads it)."""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

# part -> (module, function); a part imports only what it measures, so its peak memory is its own
PARTS = {
    "story": ("game.bench.logic", "part_story"),
    "explore": ("game.bench.logic", "part_explore"),
    "window": ("game.bench.frames", "part_window"),
    "scene": ("game.bench.frames", "part_scene"),  # takes the scene's name after the story folder
    "startup": ("game.bench.startup", "whole_process"),
    "session": ("game.bench.session", "part_session"),
}


def main(argv: list[str]) -> int:
    if len(argv) != (3 if argv[:1] == ["scene"] else 2) or argv[0] not in PARTS:
        print(f"usage: python -m game.bench {{{'|'.join(PARTS)}}} STORY_DIR [SCENE]", file=sys.stderr)
        return 2
    if argv[0] in ("window", "scene", "startup", "session"):
        os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    module, function = PARTS[argv[0]]
    figures = getattr(importlib.import_module(module), function)(Path(argv[1]), *argv[2:])
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

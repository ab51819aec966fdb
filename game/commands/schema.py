"""`main.py schema`: the JSON Schema of the story files, for editor autocomplete."""

from __future__ import annotations

import argparse
import json

from game.story.model import json_schema


def run(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2))
    return 0

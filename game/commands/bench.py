"""`main.py bench`: the speed and memory figures, kept in benchmarks/."""

from __future__ import annotations

import argparse
import sys

from game.bench import run_bench
from game.story.compiler import load_story

from .output import can_write


def run(args: argparse.Namespace) -> int:
    story, diags = load_story(args.story)
    if story is None:
        print(f"bench: the story in {args.story} does not load; run `main.py validate --story {args.story}`",
              file=sys.stderr)
        return 1
    if args.record is not None and not can_write("bench", args.record):  # now, not after minutes of measuring
        return 2
    return run_bench(args.story, as_json=args.json, window=not args.no_window, record=args.record)

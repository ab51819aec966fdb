"""`main.py bench`: the speed and memory figures, kept in benchmarks/."""

from __future__ import annotations

import argparse
import sys

from game.bench import run_bench
from game.story.compiler import load_story


def run(args: argparse.Namespace) -> int:
    story, diags = load_story(args.story)
    if story is None:
        print(f"bench: the story in {args.story} does not load; run `main.py validate --story {args.story}`",
              file=sys.stderr)
        return 1
    if args.record is not None:  # found out now, not after minutes of measuring
        try:
            args.record.parent.mkdir(parents=True, exist_ok=True)
            with open(args.record, "a", encoding="utf-8"):
                pass
        except OSError as exc:
            print(f"bench: cannot write {args.record}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    return run_bench(args.story, as_json=args.json, window=not args.no_window, record=args.record)

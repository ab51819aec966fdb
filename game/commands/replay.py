"""`main.py replay FILE`: a recorded game played again headless, answer by answer."""

from __future__ import annotations

import argparse
import sys

from game.story.diagnostics import one_line
from game.story.replay import ReplayError, replay

from .loading import load_or_report


def run(args: argparse.Namespace) -> int:
    story = load_or_report(args.story)
    if story is None:
        return 1
    try:
        result = replay(story, args.file)
    except ReplayError as exc:
        print(f"replay: {exc}", file=sys.stderr)
        return 2
    if args.show:
        print("\n".join(result.transcript))
    if result.notice:
        print(result.notice)
    if result.diverged:
        print(f"✗ {args.file.name}: {result.played} of {result.answers} answers replayed; "
              f"{one_line(result.diverged)}")  # it quotes the file, which may hold a line break
        return 1
    end = f", ending {result.ending}" if result.ending else ""
    print(f"✓ {args.file.name}: all {result.answers} answers replayed{end}")
    return 0

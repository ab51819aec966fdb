"""`main.py bench`: the speed and memory figures, kept in benchmarks/."""

from __future__ import annotations

import argparse

from game.bench import run_bench


def run(args: argparse.Namespace) -> int:
    return run_bench(args.story, as_json=args.json, window=not args.no_window, record=args.record)

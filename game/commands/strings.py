"""`main.py strings`: the story's texts by id. `ids` writes an id for every text without one;
`export` writes them for translators (gettext PO); `check` lints a translation."""

from __future__ import annotations

import argparse
import sys

from game.story.idwriter import write_ids


def run(args: argparse.Namespace) -> int:
    return {"ids": ids}[args.action](args)


def ids(args: argparse.Namespace) -> int:
    report = write_ids(args.story)
    if report.problems:
        for p in report.problems:
            print(p, file=sys.stderr)
        print("No file was changed.", file=sys.stderr)
        return 1
    total = sum(len(v) for v in report.written.values())
    for name, made in report.written.items():
        print(f"{name}: {len(made)} id{'s' if len(made) != 1 else ''} written")
    print(f"{total} id{'s' if total != 1 else ''} written." if total else "Every text already has an id.")
    return 0

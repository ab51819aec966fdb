"""`main.py graph`: the story graph as DOT, SVG or PNG, unreachable nodes in red."""

from __future__ import annotations

import argparse
import sys

from game.story.explore import explore
from game.story.graph import GraphError, drawing_program, write_graph

from .loading import load_or_report
from .output import can_write


def run(args: argparse.Namespace) -> int:
    try:
        drawing_program(args.out)  # before exploring, so a missing Graphviz is said at once
    except GraphError as exc:
        print(f"graph: {exc}", file=sys.stderr)
        return 2
    if not can_write("graph", args.out):  # and whether the picture can be written, before exploring
        return 2
    story = load_or_report(args.story)
    if story is None:
        return 1
    unreachable: set[str] = set()
    if not args.no_explore:
        unreachable = set(explore(story).unreachable_nodes)
    try:
        write_graph(story, args.out, unreachable)
    except GraphError as exc:
        print(f"graph: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"graph: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Wrote {args.out}" + (f" ({len(unreachable)} unreachable nodes in red)" if unreachable else ""))
    return 0

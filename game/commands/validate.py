"""`main.py validate`: every problem in the story and the maps, as path:line:col: message."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from game.levels.lint import lint_levels
from game.story.compiler import load_story
from game.story.diagnostics import Diagnostic

from .loading import ROOT


def run(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    story, diags = load_story(args.story)
    levels_dir = args.story.resolve().parent / "levels"
    map_count = 0
    if levels_dir.is_dir() and story is not None:
        nodes_by_map: dict[str, set[str]] = {}
        for b in story.beats.values():
            if b.map:
                nodes_by_map.setdefault(b.map, set()).update(b.nodes)
        for prob in lint_levels(levels_dir, nodes_by_map, known_beats=set(story.beats)):
            path = Path(prob.path)
            shown = str(path.relative_to(ROOT)) if path.is_absolute() and path.is_relative_to(ROOT) else str(path)
            diags.append(Diagnostic(shown, prob.line, prob.col, prob.message))
        map_count = len(list(levels_dir.glob("*.tmx")))
    ms = (time.perf_counter() - t0) * 1000
    diags.sort()
    for d in diags:
        print(d)
    errors = [d for d in diags if d.severity == "error"]
    if errors:
        print(f"\n{len(errors)} error{'s' if len(errors) != 1 else ''}.", file=sys.stderr)
        return 1
    if args.quiet:
        return 0
    assert story is not None
    speakers = story.words["speakers"]
    beats = story.words["beats"]
    total = sum(beats.values())
    nodes = sum(len(b.nodes) for b in story.beats.values())
    print(f"{story.title}: OK — {len(story.beats)} beats, {nodes} nodes, {len(story.strings)} lines and options, "
          f"{len(story.memories)} memories, {len(story.endings)} endings, {map_count} maps ({ms:.0f} ms)")
    print(f"\nWords: {total:,}")
    print("  by speaker: " + ", ".join(
        f"{(story.characters[s].name if s in story.characters else s)} {n:,}"
        for s, n in sorted(speakers.items(), key=lambda kv: -kv[1])))
    print("  by beat:")
    for b in story.beats.values():
        print(f"    {b.number:>2}. {b.title:<28} {beats.get(b.id, 0):>6,}  ({b.scene})")
    warnings = len(diags) - len(errors)
    if warnings:
        print(f"\n{warnings} warning{'s' if warnings != 1 else ''}.")
    return 0

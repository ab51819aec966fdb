"""`main.py validate`: every problem in the story and the maps, as path:line:col: message."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from game import action
from game.levels.lint import lint_levels
from game.story.compiler import load_story
from game.story.compiler.context import Context
from game.story.diagnostics import Diagnostic
from game.story.story import Story
from game.story.translation import translation_warnings

from .story_maps import from_files, from_story


def map_problems(story_dir: Path, story: Story | None) -> tuple[list[Diagnostic], int]:
    """Every problem in the maps beside the story folder, and how many maps there are.

    Checked whether or not the story compiles: a story error never hides a map error."""
    base = story_dir.resolve().parent  # paths are shown from here, as the story's are
    levels_dir = base / "levels"
    if not (story_dir.is_dir() and levels_dir.is_dir()):
        return [], 0
    needs = from_story(story) if story is not None else from_files(story_dir, base)
    beats = set(story.beats) if story is not None else None
    diags = []
    for prob in lint_levels(levels_dir, needs.nodes, known_beats=beats, needed_spots_by_map=needs.spots):
        path = Path(prob.path)
        shown = str(path.relative_to(base)) if path.is_absolute() and path.is_relative_to(base) else str(path)
        diags.append(Diagnostic(shown, prob.line, prob.col, prob.message, prob.severity))
    return diags, len(list(levels_dir.glob("*.tmx")))


def run(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    ctx = Context()
    ctx.pieces = action.words()  # the set-pieces the window plays, so an action step is checked against them
    story, diags = load_story(args.story, ctx=ctx)
    found, map_count = map_problems(Path(args.story), story)
    diags += found
    if story is not None:  # translations in story/lang/: stale entries, and what is not translated yet
        diags += translation_warnings(Path(args.story), story)
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

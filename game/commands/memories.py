"""`main.py memories`: for each memory, where keeping it shows — the lines, choices, spots and
endings whose conditions ask about it, and what reads the bond it counts toward."""

from __future__ import annotations

import argparse
import json

from game.story.gating import Gate, table

from .loading import load_or_report


def run(args: argparse.Namespace) -> int:
    story = load_or_report(args.story)
    if story is None:
        return 1
    t = table(story)
    if args.json:
        print(json.dumps(t.to_json(), indent=2, ensure_ascii=False))
        return 0
    for mid, gates in t.by_memory.items():
        m = story.memories[mid]
        print(f"{m.title} ({mid}, weight {m.weight}, made in {m.beat}):")
        for g in gates:
            print(f"    {_line(g)}")
        if not gates:
            print("    asked about nowhere: it shows only through the bond")
    print(f"\nThe bond (every kept memory's weight) is read in {len(t.by_bond)} place(s):")
    for g in t.by_bond:
        print(f"    {_line(g)}")
    print("\nEndings, and the memory conditions that pick them:")
    for ending in story.endings:
        gates = t.endings.get(ending, [])
        shown = "; ".join(f"{g.place}: “{g.source}”" for g in gates) or "no condition on memories or the bond"
        print(f"    {story.endings[ending].title} ({ending}): {shown}")
    return 0


def _line(g: Gate) -> str:
    written = f"= {g.source.strip()}" if g.what.startswith("counter ") else g.source
    return f"{g.place:<28} {g.what}: “{written}”"

"""`main.py memories`: for each memory, where keeping it shows — the lines, choices, spots and
endings whose conditions ask about it, and what reads the bond it counts toward. With `--kept`, what
the runs that keep some memories reach: the endings, and each condition asking about them."""

from __future__ import annotations

import argparse
import json

from game.story.explore import what_if
from game.story.gating import Gate, table
from game.story.story import Story

from .loading import load_or_report


def run(args: argparse.Namespace) -> int:
    story = load_or_report(args.story)
    if story is None:
        return 1
    if getattr(args, "kept", None) is not None:
        return _what_if(story, args)
    if getattr(args, "at", None) is not None:
        print("memories --at: only with --kept (kept until that beat begins)")
        return 2
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


def _what_if(story: Story, args: argparse.Namespace) -> int:
    kept = frozenset(m.strip() for m in args.kept.split(",") if m.strip())
    if not kept:  # an empty set would explore every run, for minutes, to answer nothing asked
        print(f"memories --kept: no memory named in {args.kept!r} (write ids, as --kept rain,rooftop)")
        return 2
    try:
        got = what_if(story, kept, args.at)
    except ValueError as exc:
        print(f"memories --kept: {exc}")
        return 2
    if args.json:
        print(json.dumps(got, indent=2, ensure_ascii=False))
        return 0
    until = f"until {args.at} begins" if args.at else "to the end"
    print(f"Runs that keep {', '.join(got['kept'])} {until}: {got['states']:,} states explored"
          + ("" if got["complete"] else " (STOPPED at the limit: what is not reached may still be)"))
    print("\nEndings:")
    for e in got["endings"]:
        shown = f"reachable, shortest way {len(e['path'])} decisions" if e["reachable"] else "not on any such run"
        print(f"  {'✓' if e['reachable'] else '✗'} {e['title']} ({e['id']}): {shown}")
    print("\nEchoes (conditions that ask about these memories):")
    for g in got["echoes"]:
        print(f"  {'✓' if g['reached'] else '✗'} {g['place']:<28} {g['what']}: “{g['condition']}”")
    if not got["echoes"]:
        print("  none: they show only through the bond")
    return 0

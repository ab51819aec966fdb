"""`main.py explore`: every state the story can reach — endings, dead ends, unreachable nodes."""

from __future__ import annotations

import argparse
import json
import sys

from game.story.explore import explore

from .loading import load_or_report


def run(args: argparse.Namespace) -> int:
    story = load_or_report(args.story)
    if story is None:
        return 1
    tty = sys.stderr.isatty() and not args.json

    def progress(states: int, frontier: int) -> None:
        if tty:
            print(f"\r  exploring… {states:,} states, {frontier:,} to go   ", end="", file=sys.stderr, flush=True)

    report = explore(story, max_states=args.max_states, progress=progress)
    if tty:
        print("\r" + " " * 60 + "\r", end="", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
        return 0 if report.ok else 1
    print(f"Explored {report.states:,} states in {report.seconds:.2f} s"
          + ("" if report.complete else f" — STOPPED at the limit of {args.max_states:,}; the story may be larger"))
    print("\nEndings:")
    for eid, e in report.endings.items():
        if e["reachable"]:
            print(f"  ✓ {e['title']} ({eid}) — shortest path, {len(e['path'])} decisions:")
            for step in e["path"]:
                print(f"      {step}")
        else:
            print(f"  ✗ {e['title']} ({eid}) — NOT REACHABLE")
    def listing(title: str, items: list[str]) -> None:
        print(f"\n{title}: {len(items) or 'none'}")
        for it in items:
            print(f"  {it}")

    listing("Dead ends", [f"{d['message']}\n      reached by: {' → '.join(d['path'][-8:]) or 'the start'}"
                          for d in report.dead_ends])
    listing("Unreachable nodes", report.unreachable_nodes)
    listing("Choices never offered", [f"{c['where']}: “{c['text']}” ({c['id']})" for c in report.never_enabled_choices])
    mem = report.memories
    print(f"\nMemories: {mem['total']} — ever held {len(mem['ever_held'])}"
          + (f"; never held: {', '.join(mem['never_held'])}" if mem["never_held"] else ""))
    print(f"Forced reviews seen: {report.game_overs:,} (each can be refused: a Game Over that replays the night)")
    print("\nOK: every ending reachable, nothing stuck." if report.ok else "\nProblems found.")
    return 0 if report.ok else 1

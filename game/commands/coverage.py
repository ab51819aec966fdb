"""`main.py coverage`: what the playthroughs exercise, beat by beat, and what they never do."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from game.story.coverage import BeatCoverage, Coverage, Item
from game.story.playthrough import load_script

from .loading import ROOT, load_or_report

DEFAULT_SCRIPTS = ROOT / "tests" / "playthroughs"
KIND_NAMES = {"node": "nodes", "line": "lines", "option": "options", "spot": "spots", "condition": "conditions",
              "review": "reviews", "action": "set-pieces", "ending": "endings"}


def default_scripts() -> list[Path]:
    return sorted(DEFAULT_SCRIPTS.glob("*.yaml"))


def run(args: argparse.Namespace) -> int:
    story = load_or_report(args.story)
    if story is None:
        return 1
    if args.random < 0:
        print("coverage: --random takes a number of playthroughs, 0 or more", file=sys.stderr)
        return 2
    files = list(args.files) or default_scripts()
    scripts = []
    for f in files:
        script, diags = load_script(f)
        if script is None:
            for d in diags:
                print(d, file=sys.stderr)
            return 2
        scripts.append((f, script))
    if not scripts and not args.random:
        print(f"coverage: no playthrough scripts in {DEFAULT_SCRIPTS}; name some, or use --random N", file=sys.stderr)
        return 2
    cov = Coverage(story)
    for f, script in scripts:
        cov.play_script(script, f.stem)
    for i in range(args.random):
        cov.play_random(args.seed + i)
    below = cov.percent() < args.min
    if args.json:
        print(json.dumps({**cov.to_json(), "min": args.min, "below_min": below}, indent=2, ensure_ascii=False))
    else:
        _print(cov, len(scripts), args.random)
    if below:
        print(f"coverage: {cov.percent():.1f}% is below the minimum of {args.min:g}%", file=sys.stderr)
        return 1
    return 0


def _print(cov: Coverage, scripted: int, randoms: int) -> None:
    plays = f"{scripted} scripted playthrough{'s' if scripted != 1 else ''}" \
        + (f" and {randoms} random" if randoms else "")
    print(f"Coverage of {plays}: {cov.hits} of {cov.total} ({cov.percent():.1f}%)")
    kinds = cov.to_json()["kinds"]
    print("  " + " · ".join(f"{KIND_NAMES[k]} {v['hits']}/{v['total']}" for k, v in kinds.items()))
    for beat in cov.beats():
        print(f"{beat.number:>2}. {beat.title} ({beat.beat}): {beat.hits}/{beat.total}"
              f" ({100.0 * beat.hits / beat.total if beat.total else 100.0:.1f}%)")
        for line in missed_lines(beat):
            print(f"      {line}")
    for r in cov.runs:
        if not r.ok:
            print(f"✗ {r.name}: {'; '.join(r.problems) or 'no ending'} (counted as far as it went)")


def missed_lines(beat: BeatCoverage) -> list[str]:
    """What a beat never did, one line each; inside a node never entered, only the node is named."""
    missed = beat.missed
    unentered = {i.node for i in missed if i.kind == "node"}
    inside: dict[str, int] = {}
    out: list[tuple[str, Item]] = []
    for item in missed:
        if item.kind != "node" and item.node in unentered:
            inside[item.node] = inside.get(item.node, 0) + 1
        else:
            out.append((item.node, item))
    lines = []
    for node, item in out:
        more = inside.get(node, 0) if item.kind == "node" else 0
        lines.append(f"{node}: {item.name} {item.why()}" + (f" (and the {more} things in it)" if more else ""))
    return lines

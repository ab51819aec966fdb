"""`main.py playthrough`: scripted playthroughs, or random ones, headless."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from game.story.playthrough import load_script, random_playthrough, run_script

from .loading import load_or_report


def run(args: argparse.Namespace) -> int:
    story = load_or_report(args.story)
    if story is None:
        return 1
    if not args.files and not args.random:
        print("playthrough: name script files, or use --random N", file=sys.stderr)
        return 2
    results = []
    for f in args.files:
        script, diags = load_script(f)
        if script is None:
            for d in diags:
                print(d, file=sys.stderr)
            return 1
        results.append(run_script(story, script, f.stem))
    if args.random:
        rand = [random_playthrough(story, args.seed + i) for i in range(args.random)]
        results += rand
        if not args.json:
            endings = Counter(r.ending for r in rand)
            bonds = [r.bond_at_reboot for r in rand if r.bond_at_reboot is not None]
            print(f"{args.random} random playthroughs from seed {args.seed}: "
                  + ", ".join(f"{k} ×{v}" for k, v in endings.most_common())
                  + (f"; bond at the reboot {min(bonds)}–{max(bonds)}" if bonds else ""))
    failed = [r for r in results if not r.ok]
    if args.json:
        print(json.dumps([r.to_json() for r in results], indent=2, ensure_ascii=False))
    else:
        for r in results:
            if args.show:
                print("\n".join(r.transcript))
            if args.files and r in results[: len(args.files)] or not r.ok:
                mark = "✓" if r.ok else "✗"
                print(f"{mark} {r.name} → {r.ending or 'no ending'}")
                for p in r.problems:
                    print(f"    {p}")
                if not r.ok and r.transcript and not args.show:
                    print("    last lines shown:")
                    for line in r.transcript[-4:]:
                        print(f"      {line}")
        print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0

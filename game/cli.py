"""The command line: play (window or terminal) and the designers' and testers' tools.

    python main.py                      play in a window (the terminal if no display)
    python main.py --text               play in the terminal
    python main.py validate | explore | graph | schema | playthrough | bench
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STORY = ROOT / "story"


def _story_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    # subcommands suppress the default so `main.py --story X validate` keeps X
    default = DEFAULT_STORY if top else argparse.SUPPRESS
    p.add_argument("--story", type=Path, default=default, metavar="DIR", help="story folder (default: story/)")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="main.py",
        description="Next Gen: Memory Core — Mai, 7723, and the memories he keeps.",
        epilog="Run 'main.py COMMAND --help' for each command's options.",
    )
    _story_arg(p, top=True)
    p.add_argument("--text", action="store_true", help="play in the terminal")
    p.add_argument("--beat", metavar="ID", help="start a new game at this beat (designer warp)")
    p.add_argument("--seed", type=int, default=0, metavar="N", help="random seed (default 0)")
    p.add_argument("--save-dir", type=Path, metavar="DIR", help="where saves and settings live")
    p.add_argument("--new", action="store_true", help="start a new game even if there is an autosave")
    p.add_argument("--continue", dest="resume", action="store_true", help="continue from the autosave")
    p.add_argument("--frames", type=int, metavar="N", help="run N frames in the window, then stop")
    p.add_argument("--screenshot", type=Path, metavar="FILE.png", help="with --frames: save the last frame")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    v = sub.add_parser("validate", help="check every story file and map; errors as path:line:col: message")
    _story_arg(v)
    v.add_argument("--quiet", action="store_true", help="print errors only, no summary")

    e = sub.add_parser("explore", help="walk every reachable state: endings, dead ends, unreachable nodes")
    _story_arg(e)
    e.add_argument("--json", action="store_true", help="print the report as JSON")
    e.add_argument("--max-states", type=int, default=3_000_000, help="stop after this many states")

    g = sub.add_parser("graph", help="draw the story graph (DOT; SVG or PNG through Graphviz)")
    _story_arg(g)
    g.add_argument("--out", type=Path, required=True, metavar="FILE", help="FILE.svg, FILE.png or FILE.dot")
    g.add_argument("--no-explore", action="store_true", help="skip the reachability colouring")

    sub.add_parser("schema", help="print the JSON Schema of the story files (for editor autocomplete)")

    t = sub.add_parser("playthrough", help="run scripted playthroughs, or random ones")
    _story_arg(t)
    t.add_argument("files", nargs="*", type=Path, metavar="FILE", help="playthrough scripts (YAML)")
    t.add_argument("--random", type=int, metavar="N", help="play N random playthroughs")
    t.add_argument("--seed", type=int, default=0, metavar="S", help="first seed of the random playthroughs")
    t.add_argument("--json", action="store_true", help="print results as JSON")
    t.add_argument("--show", action="store_true", help="print each transcript")

    b = sub.add_parser("bench", help="measure speed and memory; figures are kept in benchmarks/")
    _story_arg(b)
    b.add_argument("--json", action="store_true", help="print the figures as JSON")
    b.add_argument("--no-window", action="store_true", help="skip the window's figures")
    b.add_argument("--record", type=Path, metavar="FILE", help="also write the figures to FILE (JSON)")
    return p


def load_or_report(story_dir: Path):
    from .story.compiler import load_story

    story, diags = load_story(story_dir)
    if story is None:
        for d in diags:
            print(d, file=sys.stderr)
        errors = sum(1 for d in diags if d.severity == "error")
        print(f"The story has {errors} error{'s' if errors != 1 else ''}; run 'main.py validate'.", file=sys.stderr)
    return story


# --- commands ---------------------------------------------------------------------------------


def cmd_validate(args: argparse.Namespace) -> int:
    from .story.compiler import load_story
    from .story.diagnostics import Diagnostic

    t0 = time.perf_counter()
    story, diags = load_story(args.story)
    levels_dir = args.story.resolve().parent / "levels"
    try:
        from .levels.lint import lint_levels
    except ImportError:
        lint_levels = None
    map_count = 0
    if lint_levels is not None and levels_dir.is_dir() and story is not None:
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


def cmd_explore(args: argparse.Namespace) -> int:
    from .story.explore import explore

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


def cmd_graph(args: argparse.Namespace) -> int:
    from .story.graph import GraphError, write_graph

    story = load_or_report(args.story)
    if story is None:
        return 1
    unreachable: set[str] = set()
    if not args.no_explore:
        from .story.explore import explore

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


def cmd_schema(args: argparse.Namespace) -> int:
    from .story.model import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


def cmd_playthrough(args: argparse.Namespace) -> int:
    from .story.playthrough import load_script, random_playthrough, run_script

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
        from collections import Counter

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


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import run_bench

    return run_bench(args.story, as_json=args.json, window=not args.no_window, record=args.record)


def cmd_play(args: argparse.Namespace) -> int:
    from .story.saves import SaveStore

    story = load_or_report(args.story)
    if story is None:
        return 1
    if args.beat and args.beat not in story.beats:
        print(f"No beat '{args.beat}'. Beats: {', '.join(story.beats)}", file=sys.stderr)
        return 2
    store = SaveStore(args.save_dir / "saves" if args.save_dir else None)
    if not args.text:
        from .app import NoDisplay, play

        try:
            return play(args.story, args.save_dir, args.beat, args.seed, args.frames, args.screenshot)
        except NoDisplay as exc:
            print(f"No display available ({exc}); playing in the terminal instead.", file=sys.stderr)
    from .story.session import PlaySession
    from .textmode.play import TextGame

    session = None if args.beat or args.new else resume_in_terminal(story, store, args.resume)
    if session is None:
        session = PlaySession.new(story, store, seed=args.seed, beat=args.beat)
    return TextGame(session).run()


def resume_in_terminal(story, store, asked: bool):
    """The newest save as a session, if the player wants it (asked on a terminal, said when piped)."""
    from .story.saves import SaveError
    from .story.session import PlaySession

    latest = store.newest()
    for b in store.slots():
        if b.error:
            print(f"{b.error} (left as it is)", file=sys.stderr)
    if latest is None:
        return None
    if not asked and sys.stdin.isatty():
        try:
            answer = input(f"Continue from “{latest.beat_title}” (saved {latest.when})? [Y/n] ").strip().lower()
        except EOFError:
            answer = ""
        if answer not in ("", "y", "yes"):
            return None
    elif not asked:
        print(f"Continuing from “{latest.beat_title}” (saved {latest.when}); --new starts over.")
    try:
        return PlaySession.load(story, store, latest.slot)
    except SaveError as exc:
        print(f"{exc}. Starting a new game; the save file is left as it is.", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None and args.screenshot and not args.frames:
        parser.error("--screenshot needs --frames N")
    handlers = {
        "validate": cmd_validate,
        "explore": cmd_explore,
        "graph": cmd_graph,
        "schema": cmd_schema,
        "playthrough": cmd_playthrough,
        "bench": cmd_bench,
        None: cmd_play,
    }
    try:
        return handlers[args.command](args)
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's own flush
        except OSError:
            pass
        return 0

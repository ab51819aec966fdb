"""The command line: play (window or terminal) and the designers' and testers' tools.

    python main.py                      play in a window (the terminal if no display)
    python main.py --text               play in the terminal
    python main.py validate | explore | graph | schema | playthrough | bench
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from game.paths import data_root

ROOT = data_root()  # the checkout, or the data installed with the package
DEFAULT_STORY = ROOT / "story"


def folder(text: str) -> Path:
    """A folder named on the command line, refused in one line if it cannot be one (a symlink loop,
    a file, a name the system cannot take)."""
    path = Path(text)
    try:
        path.resolve()
        is_file = path.exists() and not path.is_dir()
    except (OSError, RuntimeError, ValueError) as exc:  # pathlib reports a symlink loop as RuntimeError
        raise argparse.ArgumentTypeError(f"{text}: cannot be followed ({exc})") from None
    if is_file:
        raise argparse.ArgumentTypeError(f"{text}: not a folder")
    return path


def count(text: str) -> int:
    """A whole number of at least 1 (frames, playthroughs, states): anything else is refused at once."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} is too few: at least 1")
    return n


def picture(text: str) -> Path:
    """A picture file to write (--screenshot): refused at once if the name is taken by a folder or
    a device, rather than after the game has run."""
    path = Path(text)
    try:
        taken = (path.exists() and not path.is_file()) or (path.parent.exists() and not path.parent.is_dir())
    except (OSError, ValueError) as exc:
        raise argparse.ArgumentTypeError(f"{text}: cannot be written ({exc})") from None
    if taken or text.endswith(("/", os.sep)):
        raise argparse.ArgumentTypeError(f"{text}: not a file name (a folder or a device has it, or a file its folder's)")
    return path


SEED_LIMIT = 2**53  # a save keeps the seed as a JSON number, exact only up to here


def seed(text: str) -> int:
    """A game's seed: a whole number a save can keep (a larger one made every save unloadable)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if abs(n) > SEED_LIMIT:
        raise argparse.ArgumentTypeError(f"{text} is too large: at most {SEED_LIMIT} either way")
    return n


def _story_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    # subcommands suppress the default so `main.py --story X validate` keeps X
    default = DEFAULT_STORY if top else argparse.SUPPRESS
    p.add_argument("--story", type=folder, default=default, metavar="DIR", help="story folder (default: story/)")


def _coverage_parser(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "coverage", help="what the playthroughs exercise: each option, condition, review and ending hit or missed",
        description="Run the scripted (and, with --random, random) playthroughs and count, beat by beat, what "
                    "they did of everything the story can do: each node entered, line shown, option and spot "
                    "taken, condition (`if:` and an option's `if:`) seen true and seen false, review reached "
                    "with the core too full and with room, ending deleting none and some, set-piece won, lost "
                    "and played tense, and ending reached. Prints hits/total per beat with what was missed, "
                    "named by node and the option's text or the condition as written, and the total percentage.",
        epilog="Exit status: 1 when the total is below --min, 2 when a script cannot be read, else 0.")
    _story_arg(c)
    c.add_argument("files", nargs="*", type=Path, metavar="FILE",
                   help="playthrough scripts (YAML; default: tests/playthroughs/*.yaml)")
    c.add_argument("--random", type=count, default=0, metavar="N", help="also play N random playthroughs")
    c.add_argument("--seed", type=int, default=0, metavar="S", help="first seed of the random playthroughs (default 0)")
    c.add_argument("--min", type=float, default=0.0, metavar="PERCENT",
                   help="exit 1 when the total coverage is below PERCENT (default 0)")
    c.add_argument("--json", action="store_true", help="print the report as JSON")


def _strings_parser(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("strings", help="the story's texts by id: write ids, export for translators, check a translation")
    _story_arg(s)
    acts = s.add_subparsers(dest="action", metavar="ACTION", required=True)
    i = acts.add_parser("ids", help="write an `id:` into the beat files for every line and option without one")
    _story_arg(i)
    x = acts.add_parser("export", help="every text as a gettext PO template, or a translation brought up to date",
                        description="Write every line, option, title and memory text with msgctxt = its id. "
                                    "With --lang, story/lang/LANG.po fills in what is translated: texts whose "
                                    "English changed are marked fuzzy with the English they were made from, "
                                    "texts gone from the story are kept as obsolete (#~).")
    _story_arg(x)
    x.add_argument("--lang", default=argparse.SUPPRESS, metavar="LANG", help="a language code, e.g. fr")
    x.add_argument("--out", type=Path, metavar="FILE", help="write to FILE (default: print)")
    c = acts.add_parser("check", help="stale and missing translations in story/lang/*.po, with counts",
                        epilog="Exit status: 1 when a translation has entries whose id is gone or whose English "
                               "changed, 2 when one cannot be read, else 0 (missing ones are counted only).")
    _story_arg(c)
    c.add_argument("--lang", default=argparse.SUPPRESS, metavar="LANG", help="only this language (default: all)")


def _play_args(p: argparse.ArgumentParser) -> None:
    """The options of playing itself (no command)."""
    _story_arg(p, top=True)
    p.add_argument("--text", action="store_true", help="play in the terminal")
    p.add_argument("--beat", metavar="ID",
                   help="start a new game at this beat (designer warp), played there headless the first way")
    p.add_argument("--blank", action="store_true", help="with --beat: start the beat from an empty game")
    p.add_argument("--via", type=Path, metavar="SCRIPT", help="with --beat: get there the way this playthrough goes")
    p.add_argument("--seed", type=seed, default=0, metavar="N", help="random seed (default 0)")
    p.add_argument("--save-dir", type=folder, metavar="DIR", help="where saves and settings live")
    p.add_argument("--new", action="store_true", help="start a new game even if there is an autosave")
    p.add_argument("--continue", dest="resume", action="store_true", help="continue from the autosave")
    p.add_argument("--frames", type=count, metavar="N", help="run N frames in the window, then stop")
    p.add_argument("--screenshot", type=picture, metavar="FILE.png", help="with --frames: save the last frame")
    p.add_argument("--record", type=Path, metavar="FILE",
                   help="record every answer of the game to FILE, for `main.py replay FILE`")
    p.add_argument("--dev", action="store_true", help="show the stand-ins used for missing pictures and sounds")
    p.add_argument("--lang", metavar="LANG", help="play in this language: story/lang/LANG.po (default: English)")


def _memories_parser(sub) -> None:
    m = sub.add_parser("memories", help="where each memory shows: the lines, choices and endings that ask about it")
    _story_arg(m)
    m.add_argument("--json", action="store_true", help="print the table as JSON")
    m.add_argument("--kept", metavar="ID,ID", help="explore only runs that keep these memories (never deleted): "
                   "report the endings and the conditions asking about them (echoes) such runs reach")
    m.add_argument("--at", metavar="BEAT", help="with --kept: kept until BEAT begins, not to the end")


def _sheet_parser(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("sheet", help="play a beat headless and lay out a frame of each stage direction and node")
    _story_arg(s)
    s.add_argument("beat", metavar="BEAT", help="the beat to play (arrived at as --beat does)")
    s.add_argument("--out", type=picture, metavar="FILE.png", help="where to write it (default: sheet_BEAT.png)")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="main.py",
        description="Next Gen: Memory Core — Mai, 7723, and the memories he keeps.",
        epilog="Run 'main.py COMMAND --help' for each command's options.",
    )
    _play_args(p)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    v = sub.add_parser("validate", help="check every story file and map; errors as path:line:col: message")
    _story_arg(v)
    v.add_argument("--quiet", action="store_true", help="print errors only, no summary")

    e = sub.add_parser("explore", help="walk every reachable state: endings, dead ends, unreachable nodes")
    _story_arg(e)
    e.add_argument("--json", action="store_true", help="print the report as JSON")
    e.add_argument("--max-states", type=count, default=3_000_000, help="stop after this many states")

    g = sub.add_parser("graph", help="draw the story graph (DOT; SVG or PNG through Graphviz)")
    _story_arg(g)
    g.add_argument("--out", type=Path, required=True, metavar="FILE", help="FILE.svg, FILE.png or FILE.dot")
    g.add_argument("--no-explore", action="store_true", help="skip the reachability colouring")

    sub.add_parser("schema", help="print the JSON Schema of the story files (for editor autocomplete)")

    t = sub.add_parser("playthrough", help="run scripted playthroughs, or random ones")
    _story_arg(t)
    t.add_argument("files", nargs="*", type=Path, metavar="FILE", help="playthrough scripts (YAML)")
    t.add_argument("--random", type=count, metavar="N", help="play N random playthroughs")
    t.add_argument("--seed", type=int, default=0, metavar="S", help="first seed of the random playthroughs")
    t.add_argument("--json", action="store_true", help="print results as JSON")
    t.add_argument("--show", action="store_true", help="print each transcript")
    _coverage_parser(sub)
    _memories_parser(sub)  # what the playthroughs exercise (its own function: build_parser stays short)
    r = sub.add_parser("replay", help="play a recorded game headless; say where it diverges from the story")
    _story_arg(r)
    r.add_argument("file", type=Path, metavar="FILE", help="a file written with --record")
    r.add_argument("--show", action="store_true", help="print what was said")

    _strings_parser(sub)  # the story's texts by id, for translators
    _sheet_parser(sub)  # a contact sheet of a beat's staging
    b = sub.add_parser("bench", help="measure speed and memory; figures are kept in benchmarks/")
    _story_arg(b)
    b.add_argument("--json", action="store_true", help="print the figures as JSON")
    b.add_argument("--no-window", action="store_true", help="skip the window's figures")
    b.add_argument("--record", type=Path, metavar="FILE", help="also write the figures to FILE (JSON)")
    return p


def _stand_in_for_closed_streams() -> None:
    """A standard stream the shell closed (`<&-`, `>&-`) is None in Python: read and write the null
    device instead, so the game ends as at the end of input rather than with a traceback."""
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            try:
                setattr(sys, name, open(os.devnull, mode))  # noqa: SIM115 - open for the whole run
            except OSError:
                pass


def main(argv: list[str] | None = None) -> int:
    _stand_in_for_closed_streams()
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # as main.py: however the game was started
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None and args.screenshot and not args.frames:
        parser.error("--screenshot needs --frames N")
    try:
        # each command is a module of game.commands, imported when it runs: playing does not wait
        # for the designers' tools, nor `validate` for pygame
        name = args.command or ("terminal" if args.text else "play")
        command = importlib.import_module(f"game.commands.{name}")
        return command.run(args)
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's own flush
        except OSError:
            pass
        return 0
    except OSError as exc:  # a file that cannot be read or written, a full disk: one line, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"main.py: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2

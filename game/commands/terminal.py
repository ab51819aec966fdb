"""The game in the terminal: a new game, or the newest save if the player wants it."""

from __future__ import annotations

import argparse
import sys

from game.story import language
from game.story.saves import SaveError, SaveStore
from game.story.session import PlaySession
from game.story.story import Story
from game.story.warp import begin_at
from game.textmode.play import TextGame
from game.textmode.screen import clean

from .loading import load_or_report
from .via import read_via


def run(args: argparse.Namespace) -> int:
    if not language.use(args.story, getattr(args, "lang", None)):
        return 2
    story = load_or_report(args.story)
    if story is None:
        return 1
    if args.beat and args.beat not in story.beats:
        print(f"No beat '{args.beat}'. Beats: {', '.join(story.beats)}", file=sys.stderr)
        return 2
    store = SaveStore(args.save_dir / "saves" if args.save_dir else None)
    ok, via = read_via(args.via)
    if not ok:
        return 2
    if args.beat:
        session = begin_at(story, store, args.beat, args.seed, args.blank, via)
    else:
        session = None if args.new else resume(story, store, args.resume)
    if session is None:
        session = PlaySession.new(story, store, seed=args.seed)
    if args.record is not None:
        session.record_to(args.record)
    return TextGame(session, story_dir=args.story).run()


def resume(story: Story, store: SaveStore, asked: bool) -> PlaySession | None:
    """The newest save that can be used, as a session, if the player wants it (asked on a terminal,
    said when piped). A save that cannot be used is set aside and the next one tried; the session's
    first notice says so."""
    if not store.slots():
        return None
    latest = store.newest()
    title = clean(latest.beat_title) if latest is not None else ""  # from the save file: no escape codes
    if latest is not None and not asked and sys.stdin.isatty():
        try:
            answer = input(f"Continue from “{title}” (saved {latest.when})? [Y/n] ").strip().lower()
        except EOFError:
            answer = ""
        if answer not in ("", "y", "yes"):
            return None
    elif latest is not None and not asked:
        print(f"Continuing from “{title}” (saved {latest.when}); --new starts over.")
    try:
        return PlaySession.resume(story, store)
    except SaveError as exc:
        print(f"{exc} Starting a new game.", file=sys.stderr)
        return None

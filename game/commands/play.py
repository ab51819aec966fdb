"""`main.py` with no command: play in a window, or in the terminal with `--text` or where no window
can be opened."""

from __future__ import annotations

import argparse
import sys

from game.app import NoDisplay, play
from game.story import language


def run(args: argparse.Namespace) -> int:
    if not language.use(args.story, getattr(args, "lang", None)):
        return 2
    if not args.text:
        via = None
        if args.via is not None:
            # a playthrough script brings the YAML reader: read only when a warp follows one
            from .via import read_via

            ok, via = read_via(args.via)
            if not ok:
                return 2
        try:
            return play(args.story, args.save_dir, args.beat, args.seed, args.frames, args.screenshot, args.record,
                        dev=getattr(args, "dev", False), blank=args.blank, via=via)
        except NoDisplay as exc:
            print(f"No display available ({exc}); playing in the terminal instead.", file=sys.stderr)
    # the terminal game loads the story (and with it the compiler) before it starts; the window
    # loads them behind its title, so they are imported only on this path
    from .terminal import run as play_in_terminal

    return play_in_terminal(args)

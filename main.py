"""Next Gen: Memory Core. Run `python main.py --help` for everything it can do."""

import sys

if sys.version_info < (3, 11):  # noqa: UP036 - a clear message on an old Python
    sys.exit("Next Gen: Memory Core needs Python 3.11 or newer.")

import os  # noqa: E402

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # the game speaks for itself in the terminal

from game.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())

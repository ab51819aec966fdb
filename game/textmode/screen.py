"""The terminal as a page: wrapped, coloured, paged output and one line of input at a time.

Everything printed that came from the story or a save goes through `clean` first, so a line of
story text cannot clear the screen, retitle the window or plant a hyperlink: only the colours this
module adds reach the terminal as escape codes.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import unicodedata
from collections.abc import Callable
from typing import TextIO

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def clean(text: str) -> str:
    """`text` without control characters (escape sequences, bells, carriage returns); tabs and
    line breaks stay."""
    if text.isprintable():
        return text
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


def shown(text: str) -> str:
    """`text` as it may reach the terminal: cleaned, except for the colour codes `paint` adds."""
    if text.isprintable():
        return text
    out, at = [], 0
    for m in _ANSI.finditer(text):
        out += [clean(text[at : m.start()]), m.group()]
        at = m.end()
    out.append(clean(text[at:]))
    return "".join(out)


def wrap_visible(text: str, width: int, indent: str = "") -> list[str]:
    """Wrap by what shows on screen: colour codes take no room."""
    lines: list[str] = []
    line, seen = indent, len(indent)
    for word in text.split(" "):
        size = len(_ANSI.sub("", word))
        if seen > len(indent) and seen + 1 + size > width:
            lines.append(line)
            line, seen = indent + word, len(indent) + size
        else:
            sep = "" if seen == len(indent) else " "
            line, seen = line + sep + word, seen + len(sep) + size
    lines.append(line)
    return lines


def as_number(answer: str, count: int) -> int | None:
    """The 1-based `answer` as a 0-based index below `count`; None unless it is plain ASCII digits
    (`isdigit` alone accepts "²" and "₄", which `int` refuses)."""
    if answer.isascii() and answer.isdigit() and len(answer) <= 6 and 1 <= int(answer) <= count:
        return int(answer) - 1
    return None


class InputClosed(Exception):
    """Standard input ended (Ctrl-D, a closed pipe): save and stop."""


class Screen:
    """Output with paging and colour, and input that turns a closed stream into `InputClosed`."""

    def __init__(self, out: TextIO = sys.stdout, read: Callable[[], str] | None = None,
                 interactive: bool | None = None, color: bool | None = None) -> None:
        self.out = out
        self._read = read or self._stdin_line
        self.interactive = sys.stdin.isatty() if interactive is None else interactive
        want_color = out.isatty() and not os.environ.get("NO_COLOR") if hasattr(out, "isatty") else False
        self.color = want_color if color is None else color
        self.width = max(40, min(100, shutil.get_terminal_size((80, 24)).columns - 2))
        self.height = shutil.get_terminal_size((80, 24)).lines
        self.since_input = 0
        self.pause_hint = ""  # said before the first bare ▸ of the session: what the pause wants
        self.paused = False  # the pause has come once already
        self.closed = False  # input has ended: what is still said (the goodbye) is not paused for

    def say(self, text: str = "", indent: str = "", page: bool = True) -> None:
        if not text:
            print(file=self.out)
            self.since_input += 1
            return
        for para in shown(text).split("\n"):
            lines = wrap_visible(para, self.width, indent)
            print("\n".join(lines), file=self.out)
            self.since_input += len(lines)
        if page:
            self.page()

    def page(self, coming: int = 0) -> None:
        """On a terminal, never let unread text scroll away: wait for Enter once a screen is full.

        `coming` is the size of a menu about to be printed, so a menu is never split by the pause."""
        if self.interactive and not self.closed and self.since_input + coming >= self.height - 3 and self.since_input:
            if not self.paused and self.pause_hint:
                print("\n".join(wrap_visible(self.paint(self.pause_hint, "#8c96b2"), self.width, "  ")), file=self.out)
            self.paused = True
            print("  ▸ ", end="", file=self.out)
            self.flush()
            self.on_pause(self.line().strip().lower())
            self.since_input = 0

    def on_pause(self, typed: str) -> None:
        """What was typed at the pause (Enter alone: nothing); front ends that have commands answer them."""

    def paint(self, text: str, rgb: str | None, bold: bool = False) -> str:
        """`text` (cleaned of control characters) in a colour, where the terminal shows colour."""
        text = clean(text)
        if not self.color:
            return text
        code = "1;" if bold else ""
        if rgb and re.fullmatch(r"#[0-9a-fA-F]{6}", rgb):
            r, g, b = (int(rgb[i : i + 2], 16) for i in (1, 3, 5))
            return f"\x1b[{code}38;2;{r};{g};{b}m{text}\x1b[0m"
        return f"\x1b[{code.rstrip(';') or '0'}m{text}\x1b[0m"

    def flush(self) -> None:
        try:
            self.out.flush()
        except (OSError, ValueError):
            pass

    @staticmethod
    def _stdin_line() -> str:
        line = sys.stdin.readline()
        if line == "":
            raise InputClosed
        return line

    def line(self) -> str:
        """One line typed by the player (with its newline); `InputClosed` when input has ended."""
        try:
            raw = self._read()
        except (EOFError, KeyboardInterrupt):
            raw = ""
        if raw == "":
            self.closed = True
            raise InputClosed from None
        return raw

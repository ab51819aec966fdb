"""Key words marked in a line of the story: `*word*` (or `*a few words*`) is drawn stressed.

Writers mark the one or two words a line turns on, so a player who reads slowly or skims still finds
them. The mark lives inside the text, so a translation carries it with the words it marks. Where it
cannot be drawn (self-voicing, saves, the search of a log) the plain text is used; the terminal shows
the marks as they are written, the way plain-text mail stresses a word. An asterisk that does not
close a pair, or has a space inside it (`2 * 3`), is just an asterisk.
"""

from __future__ import annotations

import re

MARKED = re.compile(r"\*(?=\S)([^*\n]*?\S)\*")


def parse(text: str) -> tuple[str, frozenset[int]]:
    """The text without its marks, and the positions (in that text) of the marked characters."""
    if "*" not in text:
        return text, frozenset()
    out: list[str] = []
    marked: set[int] = set()
    at = 0
    length = 0
    for m in MARKED.finditer(text):
        before = text[at:m.start()]
        out.append(before)
        length += len(before)
        word = m.group(1)
        out.append(word)
        marked.update(range(length, length + len(word)))
        length += len(word)
        at = m.end()
    out.append(text[at:])
    return "".join(out), frozenset(marked)


def plain(text: str) -> str:
    """`text` as it reads aloud: the marks taken out, the words kept."""
    return parse(text)[0]


def marked_words(text: str) -> list[str]:
    """The words `text` marks, in order (for tests and the designer's tools)."""
    return [m.group(1) for m in MARKED.finditer(text)]

"""The words of the condition language: numbers, names and operators, each with where it starts.

The tokenizer refuses what reads like another language (`&&`, `!`, a single `=`) and numbers too
long to be meant, before anything turns their digits into an `int`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class ExprError(Exception):
    """A condition that cannot be read; `offset` is the 0-based place of the offending token."""

    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.message = message
        self.offset = offset


MAX_DIGITS = 9  # a number is at most 999,999,999

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<op>==|!=|<=|>=|&&|\|\||[<>+\-*/().,!=]))"
)


@dataclass(frozen=True, slots=True)
class Tok:
    kind: str  # num | name | op | end
    text: str
    pos: int


def _check_token(kind: str, text: str, pos: int) -> None:
    """Refuse what reads like another language, and numbers too long to be meant (before `int()`)."""
    if text in ("&&", "||", "!"):
        word = {"&&": "and", "||": "or", "!": "not"}[text]
        raise ExprError(f"write '{word}' instead of '{text}'", pos)
    if text == "=":
        raise ExprError("write '==' to compare ('=' sets values only in effects)", pos)
    if kind == "num" and len(text) > MAX_DIGITS:
        raise ExprError(f"a number {len(text):,} digits long; numbers have at most {MAX_DIGITS} digits", pos)


def tokenize(src: str) -> list[Tok]:
    toks: list[Tok] = []
    i = 0
    while i < len(src):
        if src[i].isspace():
            i += 1
            continue
        m = _TOKEN.match(src, i)
        if not m or m.end() == i:
            raise ExprError(f"unexpected character {src[i]!r}", i)
        kind = m.lastgroup or "op"
        text = m.group(kind)
        pos = m.start(kind)
        _check_token(kind, text, pos)
        toks.append(Tok(kind, text, pos))
        i = m.end()
    toks.append(Tok("end", "", len(src)))
    return toks



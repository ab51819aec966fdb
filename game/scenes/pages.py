"""A text too long for its screen, told a page at a time, each page whole paragraphs.

An ending's text is written as paragraphs (a blank line between them). The screen keeps a fixed
box for it; what does not fit goes on the next page, which the player turns with the same key that
goes on. A paragraph is cut only when it is taller than the whole box by itself (large text can make it so),
and then between sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Measure = Callable[[str], int]  # the height a text takes in the box


def paginate(text: str, height: int, measure: Measure) -> list[str]:
    """`text` as pages no taller than `height` (by `measure`), whole paragraphs each."""
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    pages: list[str] = []
    for para in paras:
        joined = f"{pages[-1]}\n\n{para}" if pages else para
        if pages and measure(joined) <= height:
            pages[-1] = joined
        elif measure(para) <= height:
            pages.append(para)
        else:
            pages += _sentences(para, height, measure)
    return pages or [""]


def _sentences(para: str, height: int, measure: Measure) -> list[str]:
    """A paragraph taller than the box, as pages of whole sentences (a sentence taller than the box
    has one of its own)."""
    pages: list[str] = []
    for sentence in re.split(r"(?<=[.!?…])\s+", para):
        joined = f"{pages[-1]} {sentence}" if pages else sentence
        if pages and measure(joined) <= height:
            pages[-1] = joined
        else:
            pages.append(sentence)
    return pages

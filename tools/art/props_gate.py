"""The stadium's gate, as a prop a direction sets down where the fans go out (`tools/art/props.py`
lists it): a row of turnstiles under a sign on two posts, GATE 4, its arrows lit green for out, so
that whoever stands by it is at the gates, and whoever walks past it is going through them.
"""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.art.props_screens import words
from tools.canvas import Canvas


def stadium_gate(number: int = 4) -> Canvas:
    """Two steel posts carrying a black sign, GATE 4 in yellow, and three turnstiles between them,
    each a grey box with its three-armed bar and a green arrow: a gap beside each to walk through.
    Another number on the sign is another gate along the same concourse."""
    c = Canvas(64, 44)
    for x in (2, 58):  # the posts
        c.rect(x, 6, 4, 38, "steel")
        c.vline(x, 6, 38, "fog")
    c.rect(0, 0, 64, 11, "ink")  # the sign across them
    c.hline(0, 10, 64, "neon_yellow")
    words(c, f"GATE {number}", 21, 3, "neon_yellow")
    for x in (12, 29, 46):  # the turnstiles, a walkway beside each
        c.rect(x, 28, 7, 14, "steel")
        c.rect(x, 28, 7, 2, "fog")
        c.rect(x + 2, 31, 3, 2, "neon_lime")  # its arrow, lit: out
        c.line(x + 7, 32, x + 12, 30, "mist")  # the bar's arms
        c.line(x + 7, 33, x + 12, 35, "mist")
        c.hline(x, 42, 7, "shadow")
    c.outline("ink")
    return pair(c, c.copy())

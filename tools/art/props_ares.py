"""The launch hall's screen as Ares steps out of the dark behind Pin (`tools/art/props.py` lists it):
his name in red over what he is for, ARES / PERSONAL SECURITY, so the screens call him that, as the
words say, where before they counted the days to the launch.
"""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.art.props_screens import words
from tools.canvas import Canvas


def ares_screen() -> Canvas:
    """The screen by the podium once Ares is out: ARES large in his red, a red bar under it, and
    PERSONAL SECURITY in white, on the same frame as the countdown it replaces."""
    c = Canvas(40, 30)
    c.rect(0, 0, 40, 30, "steel")
    c.rect(1, 1, 38, 28, "night")
    words(c, "ARES", 5, 3, "ares_red", 2)  # 30 wide, 10 high
    c.hline(5, 15, 30, "blood")
    words(c, "PERSONAL", 4, 17, "white")
    words(c, "SECURITY", 4, 23, "mist")
    c.outline("ink")
    return pair(c, c.copy())

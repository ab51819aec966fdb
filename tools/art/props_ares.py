"""The launch hall's screen as Ares steps out of the dark behind Pin (`tools/art/props.py` lists it):
his name in red over what he is for, ARES / PERSONAL SECURITY, so the screens call him that, as the
words say, where before they counted the days to the launch.
"""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas

# the letters these words need, in the 3 × 5 hand the hall's other screens write in
HAND = {
    "A": [" # ", "# #", "###", "# #", "# #"], "C": ["###", "#  ", "#  ", "#  ", "###"],
    "E": ["###", "#  ", "## ", "#  ", "###"], "I": ["###", " # ", " # ", " # ", "###"],
    "L": ["#  ", "#  ", "#  ", "#  ", "###"], "N": ["# #", "###", "###", "###", "# #"],
    "O": ["###", "# #", "# #", "# #", "###"], "P": ["###", "# #", "###", "#  ", "#  "],
    "R": ["## ", "# #", "## ", "# #", "# #"], "S": ["###", "#  ", "###", "  #", "###"],
    "T": ["###", " # ", " # ", " # ", " # "], "U": ["# #", "# #", "# #", "# #", "###"],
    "Y": ["# #", "# #", " # ", " # ", " # "],
}


def _write(c: Canvas, text: str, x: int, y: int, colour: str, scale: int = 1) -> None:
    for i, ch in enumerate(text):
        for dy, row in enumerate(HAND[ch]):
            for dx, cell in enumerate(row):
                if cell == "#":
                    c.rect(x + (i * 4 + dx) * scale, y + dy * scale, scale, scale, colour)


def ares_screen() -> Canvas:
    """The screen by the podium once Ares is out: ARES large in his red, a red bar under it, and
    PERSONAL SECURITY in white, on the same frame as the countdown it replaces."""
    c = Canvas(40, 30)
    c.rect(0, 0, 40, 30, "steel")
    c.rect(1, 1, 38, 28, "night")
    _write(c, "ARES", 5, 3, "ares_red", 2)  # 30 wide, 10 high
    c.hline(5, 15, 30, "blood")
    _write(c, "PERSONAL", 4, 17, "white")
    _write(c, "SECURITY", 4, 23, "mist")
    c.outline("ink")
    return pair(c, c.copy())

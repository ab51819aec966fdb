"""Props that are a screen with the story's facts on it, big enough to read from the picture alone:
the wall clocks that give the hour in rooms with no window (the sky of that hour over the digits), the
launch-hall screen counting down to the Gen 6 launch, and the meeting-room screen where Rice's worry
is drawn: a Gen 6 with its core red-hot, a jagged signal striking it, HOT over the top. And the
tower's screens the morning Pin sets his hour: the stadium empty under a pale sky, its gates shut, the
hours still left counted over it.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.art.prop_frames import pair
from tools.canvas import Canvas

# a 3 × 5 hand for the few letters and digits these screens need
GLYPHS = {
    "0": ["###", "# #", "# #", "# #", "###"], "1": [" # ", "## ", " # ", " # ", "###"],
    "2": ["###", "  #", "###", "#  ", "###"], "3": ["###", "  #", " ##", "  #", "###"],
    "4": ["# #", "# #", "###", "  #", "  #"], "5": ["###", "#  ", "###", "  #", "###"],
    "6": ["###", "#  ", "###", "# #", "###"], "7": ["###", "  #", "  #", " # ", " # "],
    "8": ["###", "# #", "###", "# #", "###"], "9": ["###", "# #", "###", "  #", "###"],
    ":": ["   ", " # ", "   ", " # ", "   "], " ": ["   "] * 5, "-": ["   ", "   ", "###", "   ", "   "],
    "A": ["###", "# #", "###", "# #", "# #"], "D": ["## ", "# #", "# #", "# #", "## "],
    "E": ["###", "#  ", "## ", "#  ", "###"], "G": ["###", "#  ", "# #", "# #", "###"],
    "H": ["# #", "# #", "###", "# #", "# #"], "N": ["# #", "###", "###", "# #", "# #"],
    "O": ["###", "# #", "# #", "# #", "###"], "S": ["###", "#  ", "###", "  #", "###"],
    "T": ["###", " # ", " # ", " # ", " # "], "Y": ["# #", "# #", " # ", " # ", " # "],
    "C": ["###", "#  ", "#  ", "#  ", "###"], "I": ["###", " # ", " # ", " # ", "###"],
    "L": ["#  ", "#  ", "#  ", "#  ", "###"], "P": ["###", "# #", "###", "#  ", "#  "],
    "R": ["## ", "# #", "## ", "# #", "# #"], "U": ["# #", "# #", "# #", "# #", "###"],
    "F": ["###", "#  ", "## ", "#  ", "#  "],
}


def words(c: Canvas, text: str, x: int, y: int, colour: str, scale: int = 1) -> int:
    """Write `text` in the 3 × 5 hand at (x, y), a column apart, each dot `scale` pixels square;
    returns the width written."""
    for i, ch in enumerate(text):
        for dy, row in enumerate(GLYPHS[ch]):
            for dx, cell in enumerate(row):
                if cell == "#":
                    c.rect(x + (i * 4 + dx) * scale, y + dy * scale, scale, scale, colour)
    return (len(text) * 4 - 1) * scale


def _sky(c: Canvas, hour: str) -> None:
    """The sky of that hour across the clock's top (26 × 8 at 2, 2): the sun half down behind the
    roofs at dusk, its last orange low down later on, the moon and stars at night."""
    bands = {
        "dusk": ("indigo", "dusk", "magenta", "neon_pink", "orange", "orange", "neon_yellow", "neon_yellow"),
        "evening": ("night", "indigo", "indigo", "dusk", "dusk", "magenta", "neon_pink", "orange"),
        "night": ("night",) * 8,
    }[hour]
    for j, colour in enumerate(bands):
        c.hline(2, 2 + j, 26, colour)
    if hour == "dusk":
        c.rect(18, 6, 6, 3, "lamp")  # the sun, half down
        c.hline(19, 5, 4, "lamp")
    if hour == "night":
        c.rect(20, 3, 3, 3, "cream")  # the moon
        c.px(20, 3, "night")
        for x, y in ((4, 3), (9, 5), (14, 2), (25, 6)):
            c.px(x, y, "white")
    for x, tall in ((3, 3), (7, 5), (12, 2), (16, 4), (24, 3)):  # the city's roofs against it
        c.rect(x, 10 - tall, 3, tall, "ink")


def clock(time: str, hour: str) -> Canvas:
    """A wall clock screen: the sky of the hour over the time in big cyan digits, 24-hour, so that
    evening reads as evening."""
    c = Canvas(30, 19)
    c.rect(0, 0, 30, 19, "steel")
    c.rect(1, 1, 28, 17, "ink")
    _sky(c, hour)
    w = len(time) * 4 - 1
    words(c, time, (30 - w) // 2, 12, "neon_cyan")
    c.outline("ink")
    return pair(c, c.copy())


def gen6_countdown() -> Canvas:
    """The launch hall's screen after Pin's words: GEN 6 over 7 DAYS, a week of boxes under it, the
    last one lit, so that the launch is a week off without a word."""
    c = Canvas(34, 24)
    c.rect(0, 0, 34, 24, "steel")
    c.rect(1, 1, 32, 22, "deep_blue")
    words(c, "GEN 6", 7, 3, "neon_yellow")
    words(c, "7 DAYS", 5, 10, "white")
    for i in range(7):  # the week, day by day, the launch on the last
        c.rect(3 + i * 4, 18, 3, 3, "ares_red" if i == 6 else "bot_blue")
    c.outline("ink")
    return pair(c, c.copy())


def hot_cores() -> Canvas:
    """The meeting-room screen: HOT in red over a Gen 6's outline, its core glowing red, heat rising
    off it, and a jagged signal striking the core from the side."""
    c = Canvas(34, 26)
    c.rect(0, 0, 34, 26, "steel")
    c.rect(1, 1, 32, 24, "night")
    words(c, "HOT", 12, 2, "ares_red")
    c.rect(16, 9, 6, 5, "white")  # the Gen 6: head, body, arms
    c.rect(14, 14, 10, 8, "white")
    c.rect(12, 15, 2, 5, "white")
    c.rect(24, 15, 2, 5, "white")
    c.px(18, 11, "ink")
    c.px(20, 11, "ink")
    c.rect(17, 16, 4, 3, "ares_red")  # the core, red-hot
    c.px(18, 17, "neon_yellow")
    for x in (15, 19, 23):  # heat rising off it
        c.px(x, 8, "orange")
        c.px(x + 1, 7, "orange")
    for (x0, y0), (x1, y1) in (((3, 12), (7, 16)), ((7, 16), (5, 17)), ((5, 17), (11, 18))):  # the signal
        c.line(x0, y0, x1, y1, "neon_yellow")
    c.px(12, 18, "neon_yellow")
    c.outline("ink")
    return pair(c, c.copy())


def stadium_countdown() -> Canvas:
    """The tower's screens once the alarms go (the size of one, so it lies over each): the stadium's
    bowl empty under the morning's pale sky, its gates dark and shut, and over it in red the hours
    still to go, T minus, so that the day is counting down to it without a word."""
    c = Canvas(64, 32)
    c.rect(0, 0, 64, 32, "steel")
    c.hline(0, 0, 64, "fog")
    for y, colour in zip(range(2, 28), ("mist",) * 8 + ("white",) * 6 + ("cream",) * 6 + ("lamp",) * 6, strict=True):
        c.hline(2, y, 60, colour)  # the morning, pale over the roofs and warm low down
    c.rect(10, 2, 44, 9, "ink")  # the count, on a black band across the top: T minus, a countdown, not a clock
    words(c, "T-09:41:27", 13, 4, "ares_red")
    for x in (9, 54):  # its floodlight masts, dark by day
        c.rect(x, 13, 1, 6, "steel")
        c.rect(x - 1, 12, 3, 2, "fog")
    c.ellipse(32, 22, 25, 7, "steel")  # the bowl: its stands, grey and empty
    c.ellipse(32, 22, 23, 5.5, "fog")
    c.ellipse(32, 21, 15, 3, "green")  # the pitch, nobody on it
    c.hline(19, 21, 27, "neon_lime")
    for x in (12, 22, 38, 48):  # the gates along its front, shut
        c.rect(x, 25, 4, 3, "ink")
        c.hline(x, 25, 4, "indigo")
    for x in range(3, 61, 5):
        c.px(x, 29, "ares_red" if x % 2 else "holo")
    c.hline(0, 31, 64, "ink")
    return pair(c, c.copy())


# what `props.py` draws of these
def staff_only_sign() -> Canvas:
    """The sign on its post by the launch hall's hatch: STAFF ONLY in red on white, and somebody's
    smiley face drawn on it in marker, big enough to read from the hall."""
    c = Canvas(31, 22)
    c.rect(14, 15, 3, 7, "steel")  # the post
    c.rect(0, 0, 31, 16, "ink")
    c.rect(1, 1, 29, 14, "white")
    words(c, "STAFF", 3, 2, "ares_red")
    words(c, "ONLY", 3, 9, "ares_red")
    c.ellipse(24.5, 9.5, 3, 3, "neon_yellow")  # the smiley, in marker
    c.px(23, 8, "ink")
    c.px(26, 8, "ink")
    c.hline(23, 11, 4, "ink")
    return pair(c, c.copy())


DRAW: dict[str, Callable[[], Canvas]] = {
    "clock_dusk": lambda: clock("19:12", "dusk"),
    "clock_evening_early": lambda: clock("19:31", "evening"),
    "staff_only_sign": staff_only_sign,
    "clock_evening": lambda: clock("19:48", "evening"),
    "clock_night": lambda: clock("22:50", "night"),
    "gen6_countdown": gen6_countdown,
    "hot_cores": hot_cores,
    "stadium_countdown": stadium_countdown,
}

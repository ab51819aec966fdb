"""Props that are mostly a message, big enough to read from the picture alone: the note stuck on
Mai's locker (PSYCHO, in red, over a drawing of her with her bat, or over her scowl printed off the
launch's screens) and the police's light bar on the
Skyway's roadblock, whose red and blue lamps flash by turns (its `_dark` picture is the blue turn,
which the window shows in turn with the red one: `game/scenes/blinking.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from tools.art.prop_frames import pair
from tools.canvas import Canvas

# PSYCHO in a 3 × 5 hand: one letter a column of three, a column apart
PSYCHO = [
    "### ### # # ### # # ###",
    "# # #   # # #   # # # #",
    "### ###  #  #   ### # #",
    "#     #  #  #   # # # #",
    "#   ###  #  ### # # ###",
]


def psycho_note() -> Canvas:
    """A sheet of paper taped on her locker: a stick girl with a bat, a robot in bits at her feet, an
    arrow at her, and PSYCHO across the foot in red marker."""
    c = Canvas(27, 22)
    c.rect(0, 1, 27, 21, "white")
    c.hline(0, 21, 27, "mist")  # the paper's curling foot
    c.rect(11, 0, 5, 2, "fog")  # the tape
    c.rect(5, 3, 3, 3, "ink")  # the girl: a head of black hair, a stick body, her bat up
    c.vline(6, 6, 5, "ink")
    c.line(6, 11, 4, 14, "ink")
    c.line(6, 11, 8, 14, "ink")
    c.line(6, 7, 9, 5, "ink")
    c.line(9, 5, 11, 2, "wood")
    c.rect(12, 12, 3, 2, "steel")  # the robot in bits
    c.px(16, 13, "steel")
    c.px(14, 11, "neon_cyan")
    c.line(19, 4, 22, 4, "ares_red")  # the arrow, in case she missed who it was
    c.line(19, 4, 9, 8, "ares_red")
    c.px(10, 7, "ares_red")
    c.px(10, 9, "ares_red")
    c.text(PSYCHO, {"#": "ares_red"}, 2, 15)
    c.outline("ink")
    return pair(c, c.copy())


def psycho_note_screens() -> Canvas:
    """The other note: her scowl off the launch's big screens, printed out grey and grainy, a bat
    drawn into her hands in marker, an arrow at her, and PSYCHO across the foot in red."""
    c = Canvas(27, 22)
    c.rect(0, 1, 27, 21, "white")
    c.hline(0, 21, 27, "mist")  # the paper's curling foot
    c.rect(11, 0, 5, 2, "fog")  # the tape
    c.rect(3, 3, 12, 11, "steel")  # the printed screen grab, grey, edge to edge
    c.rect(5, 4, 7, 3, "ink")  # her black hair
    c.rect(6, 6, 5, 5, "skin_mid")  # her face
    c.line(6, 7, 8, 8, "ink")  # the scowl: brows down to the middle, a flat mouth
    c.line(10, 7, 8, 8, "ink")
    c.hline(7, 10, 3, "ink")
    c.rect(5, 11, 7, 3, "neon_pink")  # her jacket's shoulders
    c.line(11, 13, 15, 4, "wood")  # the bat drawn into her hands over the print
    c.line(12, 13, 16, 4, "wood")
    c.line(19, 4, 22, 4, "ares_red")  # the arrow, in case she missed who it was
    c.line(19, 4, 17, 7, "ares_red")
    c.px(16, 6, "ares_red")
    c.px(18, 8, "ares_red")
    c.text(PSYCHO, {"#": "ares_red"}, 2, 15)
    c.outline("ink")
    return pair(c, c.copy())


def police_lights(red: bool = True) -> Canvas:
    """The police's light bar on the roadblock: a black bar on a stand, its red lamp lit on one turn
    and its blue on the other, each with a burst of its light round it."""
    c = Canvas(32, 17)
    c.rect(14, 10, 4, 7, "steel")  # the stand
    c.rect(2, 4, 28, 7, "ink")  # the bar
    lit, off = ("ares_red", "neon_pink") if red else ("bot_blue", "holo")
    x0 = 3 if red else 17
    c.rect(3, 5, 12, 5, "blood")  # both lamps, dark
    c.rect(17, 5, 12, 5, "deep_blue")
    c.rect(x0, 5, 12, 5, lit)
    c.hline(x0 + 1, 5, 10, off)
    c.rect(x0 + 4, 6, 3, 2, "white")
    c.outline("ink")
    for dx, dy in ((0, 2), (2, 1), (5, 0), (6, 0), (9, 1), (11, 2), (-2, 6), (13, 6)):  # its burst of light
        c.px(x0 + dx, dy, off if dy else lit)
    return pair(c, c.copy())


def _screen(sky: str) -> Canvas:
    """A TV picture the size of the kitchen TV's screen (26 × 14): night over the city, a banner
    along its foot."""
    c = Canvas(26, 14)
    c.rect(0, 0, 26, 14, sky)
    c.rect(0, 10, 26, 4, "blood")  # the news banner
    c.hline(0, 10, 26, "ares_red")
    for x in range(2, 24, 2):  # its words, too small to read but plainly words
        c.px(x, 12, "neon_yellow")
    c.rect(0, 10, 3, 4, "white")  # LIVE
    return c


def skyway_news(red: bool = True) -> Canvas:
    """The news on the kitchen TV: shaky footage of a big white shape going over the edge of the
    Skyway in a storm of red light (blue on the other turn, as the police's lights flash)."""
    c = _screen("night")
    c.hline(0, 6, 26, "steel")  # the deck's edge, seen from below
    c.hline(0, 7, 26, "indigo")
    for x in (3, 9, 20):  # lit windows far down
        c.px(x, 9, "lamp")
    burst = "ares_red" if red else "bot_blue"
    for dx, dy in ((-5, -2), (5, -3), (7, 1), (-5, 2), (0, -4), (4, 4), (-2, 4), (8, -1)):
        c.px(12 + dx, 4 + dy, burst)
    c.rect(9, 2, 6, 5, "white")  # him, tipped on his side over the edge: a big white body, his head
    c.rect(15, 1, 3, 3, "white")
    c.px(16, 2, "ink")
    c.px(11, 4, "neon_cyan")  # his chest light
    return pair(c, c.copy())


def talk_show() -> Canvas:
    """The news on the kitchen TV when there is none of him: Justin Pin on a talk show, smiling,
    over a banner of record Gen 6 pre-orders."""
    c = _screen("deep_blue")
    c.rect(9, 1, 8, 3, "hair")  # Pin: slick black hair, a fixed smile, a white suit
    c.rect(10, 3, 6, 4, "skin_light")
    c.hline(11, 5, 4, "ink")
    c.rect(7, 7, 12, 3, "white")
    c.px(13, 7, "ares_red")
    c.rect(20, 2, 4, 5, "neon_cyan")  # GEN 6 on the studio screen behind him
    return pair(c, c.copy())


# what `props.py` draws of these: each prop's picture, and the other turn of those that flash
DRAW: dict[str, Callable[[], Canvas]] = {
    "psycho_note": psycho_note, "psycho_note_screens": psycho_note_screens, "police_lights": police_lights, "skyway_news": skyway_news, "talk_show": talk_show,
}
DARK: dict[str, Callable[[], Canvas]] = {
    "police_lights": lambda: police_lights(red=False), "skyway_news": lambda: skyway_news(red=False),
}

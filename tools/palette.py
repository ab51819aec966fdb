"""The game's one palette, for the drawing scripts: it lives in `game/palette.py`, which the window
reads too, so a colour changed there changes the pictures (`make assets`) and the interface alike.

The drawing scripts add a ramp through it: one step darker or lighter for each colour, so shading
and highlights stay inside the palette."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:  # the scripts run from tools/ as well as from the project folder
    sys.path.insert(0, _ROOT)

from game.palette import COLOURS, NAMES, PALETTE  # noqa: E402

__all__ = ["COLOURS", "DARKER", "LIGHTER", "NAMES", "PALETTE", "dark", "light"]

# One step darker / lighter for each colour: used for shading and highlights.
DARKER: dict[str, str] = {
    "ink": "shadow", "night": "ink", "indigo": "night", "dusk": "indigo", "steel": "indigo",
    "fog": "steel", "mist": "fog", "white": "mist", "neon_pink": "magenta", "magenta": "blood",
    "neon_cyan": "teal", "teal": "deep_blue", "neon_lime": "green", "green": "teal",
    "neon_yellow": "orange", "orange": "brick", "bot_blue": "deep_blue", "deep_blue": "indigo",
    "holo": "bot_blue", "ares_red": "blood", "blood": "night", "lamp": "orange", "wood": "dark_wood",
    "dark_wood": "night", "brick": "dark_wood", "cream": "lamp", "skin_light": "skin_mid",
    "skin_mid": "skin_dark", "skin_dark": "dark_wood", "hair": "ink", "hair_purple": "indigo",
    "shadow": "shadow",
}
LIGHTER: dict[str, str] = {
    "shadow": "ink", "ink": "night", "night": "indigo", "indigo": "dusk", "dusk": "steel",
    "steel": "fog", "fog": "mist", "mist": "white", "white": "white", "magenta": "neon_pink",
    "neon_pink": "white", "teal": "neon_cyan", "neon_cyan": "white", "green": "neon_lime",
    "neon_lime": "white", "orange": "neon_yellow", "neon_yellow": "white", "deep_blue": "bot_blue",
    "bot_blue": "holo", "holo": "white", "blood": "ares_red", "ares_red": "orange", "lamp": "cream",
    "wood": "lamp", "dark_wood": "wood", "brick": "orange", "cream": "white", "skin_dark": "skin_mid",
    "skin_mid": "skin_light", "skin_light": "cream", "hair": "indigo", "hair_purple": "dusk",
}


def dark(c: str, steps: int = 1) -> str:
    """The colour `steps` shades darker."""
    for _ in range(steps):
        c = DARKER[c]
    return c


def light(c: str, steps: int = 1) -> str:
    """The colour `steps` shades lighter."""
    for _ in range(steps):
        c = LIGHTER[c]
    return c

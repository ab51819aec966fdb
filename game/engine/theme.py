"""Colours and text sizes, from the game's one 32-colour palette (`tools/palette.py`).

The "large text" setting swaps in bigger type and a high-contrast scheme (pure white on near-black,
opaque panels), so every scene stays readable without knowing about the setting itself.
"""

from __future__ import annotations

from dataclasses import dataclass

Color = tuple[int, int, int]

# tools/palette.py, repeated here because tools/ is not part of the game package (a test keeps
# the two in step).
PALETTE: dict[str, Color] = {
    "ink": (12, 10, 24),
    "night": (24, 22, 48),
    "indigo": (40, 36, 84),
    "dusk": (68, 56, 120),
    "steel": (86, 96, 128),
    "fog": (140, 150, 178),
    "mist": (196, 204, 224),
    "white": (244, 244, 250),
    "neon_pink": (255, 72, 160),
    "magenta": (190, 40, 140),
    "neon_cyan": (64, 232, 240),
    "teal": (24, 150, 170),
    "neon_lime": (170, 240, 70),
    "green": (60, 160, 80),
    "neon_yellow": (255, 220, 80),
    "orange": (250, 140, 50),
    "bot_blue": (60, 130, 230),
    "deep_blue": (30, 70, 150),
    "holo": (150, 220, 255),
    "ares_red": (220, 40, 50),
    "blood": (130, 20, 36),
    "lamp": (255, 200, 130),
    "wood": (170, 100, 60),
    "dark_wood": (100, 56, 40),
    "brick": (150, 70, 60),
    "cream": (240, 220, 180),
    "skin_light": (246, 200, 170),
    "skin_mid": (214, 150, 110),
    "skin_dark": (140, 90, 64),
    "hair": (30, 24, 30),
    "hair_purple": (96, 50, 130),
    "shadow": (0, 0, 0),
}

# Text sizes in logical units (pygame's bundled font at 1×); the window multiplies by its scale.
SMALL = 13
BODY = 16
LARGE = 18
TITLE = 28


@dataclass(frozen=True)
class Theme:
    large: bool = False

    @property
    def text_scale(self) -> float:
        return 1.2 if self.large else 1.0

    @property
    def text(self) -> Color:
        return (255, 255, 255) if self.large else PALETTE["white"]

    @property
    def muted(self) -> Color:
        return PALETTE["mist"] if self.large else PALETTE["fog"]

    @property
    def accent(self) -> Color:
        return PALETTE["neon_yellow"] if self.large else PALETTE["neon_cyan"]

    @property
    def warn(self) -> Color:
        return PALETTE["neon_yellow"] if self.large else PALETTE["neon_pink"]

    @property
    def danger(self) -> Color:
        return (255, 90, 90) if self.large else PALETTE["ares_red"]

    @property
    def panel(self) -> Color:
        return PALETTE["ink"] if self.large else PALETTE["night"]

    @property
    def panel_alpha(self) -> int:
        return 255 if self.large else 232

    @property
    def border(self) -> Color:
        return (255, 255, 255) if self.large else PALETTE["dusk"]

    @property
    def highlight(self) -> Color:
        return PALETTE["deep_blue"] if self.large else PALETTE["indigo"]


def hex_color(value: str, default: Color = (244, 244, 250)) -> Color:
    """'#rrggbb' (a character's colour in characters.yaml) as a tuple."""
    try:
        v = value.lstrip("#")
        return int(v[0:2], 16), int(v[2:4], 16), int(v[4:6], 16)
    except (ValueError, IndexError, AttributeError):
        return default


def readable_on_dark(c: Color) -> Color:
    """Lighten a colour until text in it reads on a night-blue panel."""
    r, g, b = c
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    if lum >= 110:
        return c
    k = (110 - lum) / 255
    return (min(255, int(r + (255 - r) * k * 1.6)), min(255, int(g + (255 - g) * k * 1.6)),
            min(255, int(b + (255 - b) * k * 1.6)))

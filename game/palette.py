"""The one palette every picture in the game is drawn from (32 colours).

Grainland at night is neon on indigo; the Su house is warm wood and lamp light; 7723 is white and
blue; Ares is red. Change a colour here and run `make assets` to rebuild every picture; the window reads it too.
"""

from __future__ import annotations

PALETTE: dict[str, tuple[int, int, int]] = {
    # night city
    "ink": (12, 10, 24),
    "night": (24, 22, 48),
    "indigo": (40, 36, 84),
    "dusk": (68, 56, 120),
    "steel": (86, 96, 128),
    "fog": (140, 150, 178),
    "mist": (196, 204, 224),
    "white": (244, 244, 250),
    # neon
    "neon_pink": (255, 72, 160),
    "magenta": (190, 40, 140),
    "neon_cyan": (64, 232, 240),
    "teal": (24, 150, 170),
    "neon_lime": (170, 240, 70),
    "green": (60, 160, 80),
    "neon_yellow": (255, 220, 80),
    "orange": (250, 140, 50),
    # 7723 and holograms
    "bot_blue": (60, 130, 230),
    "deep_blue": (30, 70, 150),
    "holo": (150, 220, 255),
    # Ares and danger
    "ares_red": (220, 40, 50),
    "blood": (130, 20, 36),
    # warm home
    "lamp": (255, 200, 130),
    "wood": (170, 100, 60),
    "dark_wood": (100, 56, 40),
    "brick": (150, 70, 60),
    "cream": (240, 220, 180),
    # skin and hair
    "skin_light": (246, 200, 170),
    "skin_mid": (214, 150, 110),
    "skin_dark": (140, 90, 64),
    "hair": (30, 24, 30),
    "hair_purple": (96, 50, 130),
    "shadow": (0, 0, 0),
}

NAMES: list[str] = list(PALETTE)
COLOURS: list[tuple[int, int, int]] = list(PALETTE.values())

assert len(COLOURS) == 32, "the palette holds exactly 32 colours"

"""Colours and text sizes, from the game's one 32-colour palette (`game/palette.py`).

The "large text" setting swaps in bigger type and a high-contrast scheme (pure white on near-black,
opaque panels, a yellow rim round the focused control), and the text size and box opacity settings
scale type and panels, so every scene stays readable without knowing about the settings itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.palette import PALETTE  # the one palette, shared with the drawing scripts

Color = tuple[int, int, int]

# Text sizes in logical units (pygame's bundled font at 1×); the window multiplies by its scale.
SMALL = 13
BODY = 16
LARGE = 18
TITLE = 28

# The text colour setting: body text in one of these on the game's dark panels ("standard" is the
# palette's white, pure white in high contrast). Soft grey is for players whom bright text dazzles.
TEXT_COLOURS: dict[str, Color] = {"standard": PALETTE["white"], "cream": PALETTE["cream"],
                                  "yellow": PALETTE["neon_yellow"], "soft": PALETTE["mist"]}


@dataclass(frozen=True)
class Theme:
    large: bool = False  # high contrast, and a little bigger
    size: float = 1.0  # the text size setting, times the designed size
    opacity: float = 1.0  # of panels and the dialogue box: 1.0 is as drawn; high contrast keeps 1.0
    ink: str = "standard"  # the text colour setting (TEXT_COLOURS)

    @property
    def text_scale(self) -> float:
        return self.size * (1.2 if self.large else 1.0)

    @property
    def panel_opacity(self) -> float:
        return 1.0 if self.large else max(0.0, min(1.0, self.opacity))

    @property
    def text(self) -> Color:
        if self.ink != "standard" and self.ink in TEXT_COLOURS:
            return TEXT_COLOURS[self.ink]
        return (255, 255, 255) if self.large else PALETTE["white"]

    @property
    def chosen_ink(self) -> bool:
        """The player chose a text colour: narration takes it too, instead of its hologram blue."""
        return self.ink != "standard" and self.ink in TEXT_COLOURS

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
        return 255 if self.large else round(232 * self.panel_opacity)

    @property
    def border(self) -> Color:
        return (255, 255, 255) if self.large else PALETTE["dusk"]

    @property
    def highlight(self) -> Color:
        return PALETTE["deep_blue"] if self.large else PALETTE["indigo"]

    @property
    def focus_rim(self) -> Color:
        """The outline that marks the focused control in high contrast: bright on the dark panels."""
        return PALETTE["neon_yellow"] if self.large else PALETTE["neon_cyan"]


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

"""Where each reading font comes from, found once; the default face when one is not installed.

- "default": the face pygame-ce ships (`freesansbold`, GNU FreeFont, GPL with the font exception).
- "legible": Atkinson Hyperlegible (SIL Open Font License 1.1), from the PyPI package
  `fontpkg-atkinson-hyperlegible`, a dependency of the game.
- "dyslexic": OpenDyslexic (CC-BY-3.0, after Bitstream Vera's licence). No PyPI package ships it, so
  it comes from the Debian package `fonts-opendyslexic` (the Makefile and CI install it) or wherever
  the system's font list has it; a machine without it reads in the default face.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import pygame

LEGIBLE_PACKAGE = "fontpkg_atkinson_hyperlegible"
LEGIBLE_FILE = "files/AtkinsonHyperlegible-Regular.ttf"
DYSLEXIC_PLACES = (
    Path("/usr/share/fonts/opentype/opendyslexic/OpenDyslexic-Regular.otf"),  # Debian, Ubuntu
    Path("/usr/share/fonts/opendyslexic/OpenDyslexic-Regular.otf"),
    Path("/usr/local/share/fonts/OpenDyslexic-Regular.otf"),
)

# Each face's pixel size for one "px" of text, so a line is about as tall in every font: the faces
# differ in how much of their em the letters fill (OpenDyslexic's tall ascenders take a lot).
SCALES = {"default": 0.6875, "legible": 0.66, "dyslexic": 0.52}


@functools.cache
def font_file(name: str) -> str | None:
    """The file of the font called `name` (FONTS in settings), or None for pygame's own face."""
    if name == "legible":
        return _legible()
    if name == "dyslexic":
        return _dyslexic()
    return None


def available(name: str) -> bool:
    """Whether `name` draws in its own face here (the default always does)."""
    return name == "default" or font_file(name) is not None


def _legible() -> str | None:
    try:
        path = resources.files(LEGIBLE_PACKAGE).joinpath(LEGIBLE_FILE)
    except ModuleNotFoundError:
        return None
    return str(path) if path.is_file() else None


def _dyslexic() -> str | None:
    for place in DYSLEXIC_PLACES:
        if place.is_file():
            return str(place)
    found = pygame.font.match_font("opendyslexic")  # the system's font list: slower, so only then
    return found if found and Path(found).is_file() else None


def face(name: str) -> tuple[str | None, float | None]:
    """The file and scale for `TextRenderer.use`: the default face for a font not installed here."""
    found = font_file(name)
    return (found, SCALES.get(name)) if found is not None else (None, None)

"""Where the game's data is: the one answer every reader of story/, levels/ and assets/ asks for.

Designers work in a checkout, where the three folders sit beside `game/` and are edited in place. An
installed game (a wheel, `pipx install .`, the desktop folder of `make dist`) has no checkout: the
build copies the folders into the package as `game/data/` (see setup.py and the Makefile), so the
game runs the same from any current folder.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
CHECKOUT = PACKAGE.parent
PACKED = PACKAGE / "data"


def is_checkout(folder: Path) -> bool:
    """A source tree of the game: its project file and its story beside the package."""
    return (folder / "pyproject.toml").is_file() and (folder / "story").is_dir()


def data_root() -> Path:
    """The folder holding story/, levels/ and assets/: the checkout when the game runs from one (so a
    designer's edits show at once), else the copies installed with the package."""
    return CHECKOUT if is_checkout(CHECKOUT) else PACKED

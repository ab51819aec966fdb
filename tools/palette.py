"""The game's one palette, for the drawing scripts: it lives in `game/palette.py`, which the window
reads too, so a colour changed there changes the pictures (`make assets`) and the interface alike."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:  # the scripts run from tools/ as well as from the project folder
    sys.path.insert(0, _ROOT)

from game.palette import COLOURS, NAMES, PALETTE  # noqa: E402

__all__ = ["COLOURS", "NAMES", "PALETTE"]

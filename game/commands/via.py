"""`--via SCRIPT`: the playthrough script a designer's warp to a beat follows."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from game.story.playthrough import load_script


def read_via(path: Path | None) -> tuple[bool, dict[str, Any] | None]:
    """(True, the script or None when no path is given); (False, None) after printing its problems."""
    if path is None:
        return True, None
    script, diags = load_script(path)
    if script is None:
        for d in diags:
            print(d, file=sys.stderr)
        return False, None
    return True, script

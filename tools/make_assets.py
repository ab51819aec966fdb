"""Rebuild every picture the game uses, from the drawing code in tools/: `make assets`.

Runs the art build (portraits, interface, title, memory pictures) and the world build (tilesets,
character sheets, Tiled maps and their previews), then the sound build (music and effects from
the scores and recipes in sound/). All are deterministic, so a rebuild changes files
in git only where the drawing code changed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent


def main() -> int:
    for script in ("make_art.py", "make_world.py", "make_sound.py"):
        print(f"== {script}", flush=True)
        code = subprocess.call([sys.executable, str(TOOLS / script)])
        if code:
            print(f"{script} failed (exit {code})", file=sys.stderr)
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())

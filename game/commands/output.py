"""An output file a command will write at the end of long work, tried before the work starts."""

from __future__ import annotations

import sys
from pathlib import Path


def can_write(command: str, path: Path) -> bool:
    """Whether `path` can be written (its folder made, the file opened); if not, one line says why."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8"):
            pass
    except OSError as exc:
        print(f"{command}: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return False
    return True

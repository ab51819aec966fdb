"""Noticing that a designer saved a story file or a map, so the game can reload it.

A poll of the files' sizes and modification times: a story is a few dozen files, so looking costs
well under a millisecond, needs no thread and no library, and works the same on every system. The
front ends look every half second (the window) or before each event (the terminal).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

PATTERNS = ("*.yaml", "*.yml", "*.tmx", "*.tsx")


class Watch:
    """The files under some folders that the game reads, and whether any changed since last asked."""

    def __init__(self, folders: Iterable[Path], patterns: tuple[str, ...] = PATTERNS) -> None:
        self.folders = [Path(f) for f in folders]
        self.patterns = patterns
        self.last = self.snapshot()

    def snapshot(self) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        for folder in self.folders:
            for pattern in self.patterns:
                for path in folder.rglob(pattern) if folder.is_dir() else ():
                    try:
                        st = os.stat(path)
                    except OSError:
                        continue
                    found[str(path)] = (st.st_mtime_ns, st.st_size)
        return found

    def changed(self) -> bool:
        """True once for each set of changes (a file written, added or removed) since the last call."""
        now = self.snapshot()
        if now == self.last:
            return False
        self.last = now
        return True

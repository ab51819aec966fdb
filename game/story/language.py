"""The language the story is played in: a choice made once, when the game starts (`--lang xx`).

Like gettext's `install`, the choice holds for the whole process: every load of the story (the
first, and each reload after a designer saves a file) reads the translation from
`story/lang/<xx>.po`, so nothing between the command line and the loaders has to pass it along.
This module reads no file and imports nothing heavy: the window imports it before its first frame.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

CODE = re.compile(r"[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*")  # fr, pt_BR, zh-Hant: a name, never a path

_chosen: list[str] = []  # empty: the story as written (English)


def lang_dir(story_dir: Path) -> Path:
    return Path(story_dir) / "lang"


def po_file(story_dir: Path, code: str) -> Path:
    return lang_dir(story_dir) / f"{code}.po"


def languages(story_dir: Path) -> list[str]:
    """The languages the story folder has a translation for."""
    folder = lang_dir(story_dir)
    return sorted(p.stem for p in folder.glob("*.po")) if folder.is_dir() else []


def problem(story_dir: Path, code: str) -> str | None:
    """Why `code` cannot be played from `story_dir` (None: it can)."""
    if not CODE.fullmatch(code):
        return f"'{code}' is not a language code (such as fr or pt_BR)"
    if not po_file(story_dir, code).is_file():
        have = ", ".join(languages(story_dir)) or "none yet"
        return f"no translation {po_file(story_dir, code)} (translations: {have})"
    return None


def choose(code: str | None) -> None:
    """Play the story in `code` from now on (None: as written)."""
    _chosen[:] = [code] if code else []


def chosen() -> str | None:
    return _chosen[0] if _chosen else None


def use(story_dir: Path, code: str | None) -> bool:
    """Choose `code` (None: English) for the game played from `story_dir`; False, after saying why
    on stderr, when there is no such translation."""
    why = problem(story_dir, code) if code else None
    if why is not None:
        print(f"--lang: {why}", file=sys.stderr)
        return False
    choose(code)
    return True

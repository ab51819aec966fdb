"""The music and sound cues a story may name: read from the `sound/` folder beside the story.

A piece is a score `sound/music/<name>.yaml`; a sound effect is a top-level key of
`sound/effects.yaml`. Both are data the sound is synthesised from, so their names are known
without decoding any audio. Where the folder (or one of its parts) does not exist, the names are
not checked: a story can be written before its sounds are.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

MAX_EFFECTS_BYTES = 4 * 1024 * 1024  # as a story file: a bigger one is no list of effects
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's: the pure-Python one took most of a load


@dataclass(frozen=True)
class Cues:
    """The names a cue can use; None where they are not known (nothing to check against)."""

    music: frozenset[str] | None
    sounds: frozenset[str] | None


def read_cues(story_dir: Path) -> Cues | None:
    """The cues of the `sound/` folder beside `story_dir`; None when there is no such folder."""
    sound = Path(story_dir).resolve().parent / "sound"
    if not sound.is_dir():
        return None
    music_dir = sound / "music"
    music = frozenset(p.stem for p in music_dir.glob("*.yaml") if p.is_file()) if music_dir.is_dir() else None
    return Cues(music, _effect_names(sound / "effects.yaml"))


def _effect_names(path: Path) -> frozenset[str] | None:
    """The top-level keys of `effects.yaml`; None if it is missing or cannot be read as a mapping."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_EFFECTS_BYTES:
            return None
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - a safe loader
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return None
    return frozenset(str(k) for k in data) if isinstance(data, dict) else None

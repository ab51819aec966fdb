"""The music and sound cues a story may name: read from the `sound/` folder beside the story.

A piece is a score `sound/music/<name>.yaml`; a sound effect is a top-level key of
`sound/effects.yaml`. Both are data the sound is synthesised from, so their names are known
without decoding any audio. Where the folder (or one of its parts) does not exist, the names are
not checked: a story can be written before its sounds are.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .yamlsrc import load_file


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
    """The top-level keys of `effects.yaml`; None if it is missing or cannot be read as a mapping.
    It is read as a story file is (`yamlsrc`): safely, through libyaml's parser, a plain file of a
    bounded size."""
    if not path.is_file():
        return None
    data, problems = load_file(path, str(path))
    return frozenset(str(k) for k in data) if not problems and isinstance(data, dict) else None

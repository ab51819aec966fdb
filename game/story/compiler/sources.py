"""The first pass: read every file of a story folder, keeping where each value was written.

Reading never stops at a broken file: it is reported, and the rest are read, so one `validate`
shows every problem. The content hash covers every file's bytes, in reading order, so a save can
tell whether the story it was made with has changed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic
from ..yamlsrc import YamlProblem, load_file, read_source
from .context import Context, SourceFile


@dataclass
class BeatSource:
    """A beat file as read: its path, and its data (None if it could not be read)."""

    path: Path
    file: SourceFile | None


@dataclass
class StorySources:
    """Every file of a story folder; a file that could not be read is None."""

    game: SourceFile | None
    characters: SourceFile | None
    memories: SourceFile | None
    beats: list[BeatSource] = field(default_factory=list)
    content_hash: str = ""


def shown_path(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)


class _Reader:
    """Reads files into the context's diagnostics, hashing each one's bytes as it goes."""

    def __init__(self, ctx: Context, base: Path):
        self.ctx, self.base = ctx, base
        self.hasher = hashlib.sha256()

    def read(self, path: Path) -> SourceFile | None:
        shown = shown_path(path.resolve(), self.base) if path.exists() else shown_path(path, self.base)
        try:
            self.hasher.update(path.name.encode() + b"\0" + read_source(path))
        except (OSError, YamlProblem):
            pass  # load_file reports why
        root, diags = load_file(path, shown)
        self.ctx.diags.extend(diags)
        return SourceFile(shown, root) if root is not None else None


def read_sources(ctx: Context, story_dir: Path, base: Path) -> StorySources:
    """Read game.yaml, characters.yaml, memories.yaml and every beat file, in that order."""
    reader = _Reader(ctx, base)
    sources = StorySources(
        game=reader.read(story_dir / "game.yaml"),
        characters=reader.read(story_dir / "characters.yaml"),
        memories=reader.read(story_dir / "memories.yaml"),
    )
    beats_dir = story_dir / "beats"
    paths = sorted(beats_dir.glob("*.yaml")) + sorted(beats_dir.glob("*.yml")) if beats_dir.is_dir() else []
    if not paths:
        shown = shown_path(beats_dir, base)
        ctx.diags.append(Diagnostic(shown, 0, 0, "no beat files (story/beats/NN_name.yaml)"))
    sources.beats = [BeatSource(p, reader.read(p)) for p in paths]
    sources.content_hash = reader.hasher.hexdigest()[:16]
    return sources

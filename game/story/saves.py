"""Saves: versioned JSON, written atomically, the previous one kept, never trusted blindly.

A save holds the plain game state, the story's content hash and the digest of the node it stopped
in. Loading into an edited story resumes exactly where it was if that node is unchanged, and at the
start of its beat otherwise. A save that cannot be read raises `SaveError` naming the file; nothing
else is touched.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .runtime import Runtime
from .state import GameState
from .story import ReviewI, Story

FORMAT = 1
APP_NAME = "nextgen-memory-core"
_SLOT = re.compile(r"^[a-z0-9_-]{1,32}$")
MAX_SAVE_BYTES = 2 * 1024 * 1024


class SaveError(Exception):
    """A save that cannot be used; the message names the file and is fit for the player."""


@dataclass(frozen=True, slots=True)
class SaveInfo:
    slot: str
    path: Path
    beat: str = ""
    beat_title: str = ""
    saved_at: float = 0.0
    bond: int = 0
    thumbnail: Path | None = None
    error: str | None = None

    @property
    def when(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at)) if self.saved_at else ""


def default_save_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "saves"


def write_atomic(path: Path, data: bytes, keep_backup: bool = True) -> None:
    """Temporary file in the same folder, fsync, then rename over the old file (kept as .bak)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if keep_backup and path.exists():
            os.replace(path, path.with_suffix(path.suffix + ".bak"))
        os.replace(tmp, path)
        try:  # make the rename itself durable where the platform allows it
            dfd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        except OSError:
            pass
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def encode(rt: Runtime, slot: str) -> dict[str, Any]:
    s = rt.state
    story = rt.story
    beat = story.beats[s.beat]
    node = beat.nodes.get(s.node)
    return {
        "format": FORMAT,
        "game": "nextgen-memory-core",
        "story_hash": story.content_hash,
        "node_digest": node.digest if node else "",
        "slot": slot,
        "saved_at": time.time(),
        "beat_title": beat.title,
        "bond": rt.bond,
        "seen": sorted(rt.seen),
        "state": s.to_dict(),
    }


def _upgrade(doc: dict[str, Any], name: str) -> dict[str, Any]:
    """Bring an older save up to FORMAT, one version at a time (none older exist yet)."""
    fmt = doc.get("format")
    if not isinstance(fmt, int):
        raise SaveError(f"{name}: not a save of this game (no format version)")
    if fmt > FORMAT:
        raise SaveError(f"{name}: made by a newer version of the game (format {fmt}); update to load it")
    return doc


def decode(doc: Any, story: Story, name: str) -> tuple[GameState, set[str], str | None]:
    """A state that fits `story`, the seen line ids, and a notice if the save had to be adjusted."""
    if not isinstance(doc, dict):
        raise SaveError(f"{name}: not a save of this game")
    doc = _upgrade(doc, name)
    try:
        state = GameState.from_dict(doc["state"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SaveError(f"{name}: the save is damaged ({exc.__class__.__name__}: {exc})") from None
    seen = {x for x in doc.get("seen", []) if isinstance(x, str)}
    if state.beat not in story.beats:
        raise SaveError(f"{name}: its beat '{state.beat}' is no longer in the story")
    unknown = [m for m in state.core.held + state.core.pending + state.core.gaps if m not in story.memories]
    unknown += [f for f in state.flags if f not in story.flags]
    if unknown:
        raise SaveError(f"{name}: it refers to {', '.join(sorted(set(unknown)))}, no longer in the story")
    beat = story.beats[state.beat]
    node = beat.nodes.get(state.node)
    same = (
        doc.get("story_hash") == story.content_hash
        or (node is not None and doc.get("node_digest") == node.digest and state.pc < len(node.code))
    )
    if state.mourning and not (node is not None and state.pc < len(node.code)
                               and isinstance(node.code[state.pc], ReviewI)
                               and all(f"memory.{m}.gone" in story.strings for m in state.mourning)):
        same = False  # the lines after a review no longer fit where the save stands
    stack_ok = all(n in beat.nodes and p < len(beat.nodes[n].code) for n, p in state.stack)
    if same and stack_ok and node is not None:
        return state, seen, None
    # the story changed under this save: start its beat again, as it was when the beat began
    if state.entry is not None:
        state.restore(state.entry)
    state.node, state.pc, state.stack, state.phase = beat.start, 0, [], "beat_start"
    state.entry = None
    state.mourning = []
    return state, seen, f"The story has changed since this save; resuming at the start of “{beat.title}”."


class SaveStore:
    """Save slots in one folder: `<slot>.json`, `<slot>.json.bak`, and an optional `<slot>.png`."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else default_save_dir()

    def path(self, slot: str) -> Path:
        if not _SLOT.match(slot):
            raise SaveError(f"'{slot}' is not a valid slot name")
        return self.folder / f"{slot}.json"

    def save(self, slot: str, rt: Runtime, thumbnail: bytes | None = None) -> Path:
        path = self.path(slot)
        data = json.dumps(encode(rt, slot), ensure_ascii=False, indent=1).encode()
        try:
            write_atomic(path, data)
            if thumbnail is not None:
                write_atomic(path.with_suffix(".png"), thumbnail, keep_backup=False)
        except OSError as exc:
            raise SaveError(f"could not write {path}: {exc.strerror or exc}") from None
        return path

    def autosave(self, rt: Runtime) -> Path:
        return self.save("autosave", rt)

    def retire(self, slot: str = "autosave") -> None:
        """The story is over: `slot` has nothing left to continue, so it becomes its own backup
        (`<slot>.json.bak`, still there for anyone who wants the last beat back) and the next run
        starts a new game. Saves in other slots stay as they are."""
        path = self.path(slot)
        try:
            if path.exists():
                os.replace(path, path.with_suffix(path.suffix + ".bak"))
                path.with_suffix(".png").unlink(missing_ok=True)
        except OSError as exc:
            raise SaveError(f"could not put {path.name} aside: {exc.strerror or exc}") from None

    def read(self, slot: str) -> dict[str, Any]:
        path = self.path(slot)
        try:
            if path.stat().st_size > MAX_SAVE_BYTES:
                raise SaveError(f"{path.name}: too large to be a save")
            return json.loads(path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            raise SaveError(f"{path.name}: no such save") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SaveError(f"{path.name}: the file is damaged and cannot be read ({exc})") from None
        except OSError as exc:
            raise SaveError(f"{path.name}: cannot be read ({exc.strerror or exc})") from None

    def load(self, slot: str, story: Story) -> tuple[Runtime, str | None]:
        """A runtime resumed from `slot`, and a notice for the player if it had to be adjusted."""
        name = self.path(slot).name
        state, seen, notice = decode(self.read(slot), story, name)
        try:
            rt = Runtime(story, state)
        except Exception as exc:  # a hand-edited save that points somewhere impossible
            raise SaveError(f"{name}: cannot resume there ({exc})") from None
        rt.seen |= seen
        return rt, notice

    def slots(self) -> list[SaveInfo]:
        out: list[SaveInfo] = []
        if not self.folder.is_dir():
            return out
        for path in sorted(self.folder.glob("*.json")):
            slot = path.stem
            if not _SLOT.match(slot):
                continue
            thumb = path.with_suffix(".png")
            try:
                doc = self.read(slot)
                if not isinstance(doc, dict) or not isinstance(doc.get("state"), dict):
                    raise SaveError(f"{path.name}: not a save of this game")
                out.append(SaveInfo(slot, path, str(doc["state"].get("beat", "")), str(doc.get("beat_title", "")),
                                    float(doc.get("saved_at", 0) or 0), int(doc.get("bond", 0) or 0),
                                    thumb if thumb.exists() else None))
            except (SaveError, TypeError, ValueError) as exc:
                out.append(SaveInfo(slot, path, error=str(exc)))
        return out

    def newest(self) -> SaveInfo | None:
        good = [s for s in self.slots() if s.error is None]
        return max(good, key=lambda s: s.saved_at) if good else None

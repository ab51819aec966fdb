"""Saves: versioned JSON, safe to kill at any instant, the previous one kept, never trusted blindly.

A save holds the plain game state, the story's content hash and the digest of the node it stopped
in. Loading into an edited story resumes exactly where it was if that node is unchanged, and at the
start of its beat otherwise. A save that cannot be read raises `SaveError` naming the file. Nothing
the player saved is ever overwritten or deleted while it might be the only good copy: a write keeps
the previous save as `<slot>.json.bak` at every instant, and a save that cannot be used is renamed
aside (`autosave.broken-20261205-034501.json`) rather than written over.
"""

from __future__ import annotations

import json
import os
import re
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from pydantic import ValidationError

from game import safefile

from .runtime import Runtime
from .savefile import FORMAT, SaveFile, describe, parse, unknown_ids
from .stagemap import fits
from .state import GameState
from .story import ReviewI, Story

__all__ = ["FORMAT", "SaveError", "SaveInfo", "SaveStore", "write_atomic"]

APP_NAME = "nextgen-memory-core"
_SLOT = re.compile(r"^[a-z0-9_-]{1,32}$")
MAX_SAVE_BYTES = 2 * 1024 * 1024
MAX_THUMB_BYTES = 512 * 1024  # the game writes thumbnails of a few kilobytes
MAX_THUMB_SIDE = 2048  # ... of 160×90 pixels
_PNG = b"\x89PNG\r\n\x1a\n"


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
        return _when(self.saved_at)


def _when(saved_at: float) -> str:
    try:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(saved_at)) if saved_at else ""
    except (OverflowError, OSError, ValueError):
        return ""


def default_save_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "saves"


def write_atomic(path: Path, data: bytes, keep_backup: bool = True) -> None:
    """Temporary file, fsync, old file linked to `.bak`, rename over it: safe at every instant."""
    safefile.write_atomic(path, data, keep=keep_backup)


def encode(rt: Runtime, slot: str, past: dict[str, Any] | None = None) -> dict[str, Any]:
    """The save document; `past`: the session's history log and rewind points (`rewind.to_doc`)."""
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
        **(past or {}),
    }


def _upgrade(doc: dict[str, Any], name: str) -> dict[str, Any]:
    """Bring an older save up to FORMAT, one version at a time (format 1 lacks only fields that
    have defaults: the history log and the rewind points; format 2 lacks the stage directions played,
    and stands in the beat's in source order for them)."""
    fmt = doc.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        raise SaveError(f"{name}: not a save of this game (no format version)")
    if fmt > FORMAT:
        raise SaveError(f"{name}: made by a newer version of the game (format {fmt}); update to load it")
    return doc


def check(doc: Any, name: str) -> SaveFile:
    """The save's fields, each checked by type and range (not yet against a story)."""
    if not isinstance(doc, dict):
        raise SaveError(f"{name}: not a save of this game")
    doc = _upgrade(doc, name)
    try:
        save = parse(doc)
    except ValidationError as exc:
        raise SaveError(f"{name}: the save is damaged ({describe(exc)})") from None
    if save.state.phase == "finished":  # the game never writes one: it retires the autosave instead
        raise SaveError(f"{name}: the story is over in this save; there is nothing to continue")
    return save


def decode(doc: Any, story: Story, name: str) -> tuple[GameState, set[str], str | None]:
    """A state that fits `story`, the seen line ids, and a notice if the save had to be adjusted."""
    save = check(doc, name)
    if save.state.beat not in story.beats:
        raise SaveError(f"{name}: its beat {_quoted(save.state.beat)} is no longer in the story")
    unknown = unknown_ids(save, story)
    if unknown:
        shown = ", ".join(map(_shown, unknown[:8])) + (f" and {len(unknown) - 8} more" if len(unknown) > 8 else "")
        raise SaveError(f"{name}: it refers to {shown}, no longer in the story")
    state = GameState.from_dict(doc["state"])  # checked above: every field has its type and range
    seen = set(save.seen)
    beat = story.beats[state.beat]
    node = beat.nodes.get(state.node)
    same = (
        save.story_hash == story.content_hash
        or (node is not None and save.node_digest == node.digest and state.pc < len(node.code))
    )
    if state.mourning and not (node is not None and state.pc < len(node.code)
                               and isinstance(node.code[state.pc], ReviewI)
                               and all(f"memory.{m}.gone" in story.strings for m in state.mourning)):
        same = False  # the lines after a review no longer fit where the save stands
    stack_ok = all(n in beat.nodes and p < len(beat.nodes[n].code) for n, p in state.stack)
    if save.story_hash != story.content_hash or not fits(beat, state.played):
        state.played = None  # their places may name other instructions now: the source order stands in
    if same and stack_ok and node is not None:
        return state, seen, None
    # the story changed under this save: start its beat again, as it was when the beat began
    if state.entry is not None:
        state.restore(state.entry)
    state.node, state.pc, state.stack, state.phase = beat.start, 0, [], "beat_start"
    state.entry = None
    state.mourning = []
    state.played = ()
    why = ("The story has changed since this save" if save.story_hash != story.content_hash
           else "This save's place in the story cannot be found")  # the same story: the file was changed
    return state, seen, f"{why}; resuming at the start of “{beat.title}”."


def _shown(text: str, limit: int = 40) -> str:
    """Text from a save file as part of a message: printable, one line, short. An id in a save can
    hold anything (escape codes that would retitle or clear a terminal, line breaks, megabytes)."""
    if text.isprintable() and len(text) <= limit:
        return text
    return repr(text[:limit])


def _quoted(text: str) -> str:
    return f"'{text}'" if text.isprintable() and len(text) <= 40 else repr(text[:40])


def read_doc(path: Path) -> Any:
    """The JSON document in `path`; SaveError naming the file if it cannot be read as JSON."""
    name = path.name
    try:
        raw = safefile.read_limited(path, MAX_SAVE_BYTES)
    except FileNotFoundError:
        raise SaveError(f"{name}: no such save") from None
    except safefile.TooLarge:
        raise SaveError(f"{name}: too large to be a save") from None
    except OSError as exc:
        raise SaveError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    try:
        return json.loads(raw.decode("utf-8"))
    except ValueError as exc:  # not UTF-8, not JSON, or a number of more digits than Python reads
        raise SaveError(f"{name}: the file is damaged and cannot be read ({exc})") from None
    except RecursionError:
        raise SaveError(f"{name}: the file is damaged and cannot be read (nested too deeply)") from None


def load_path(path: Path, story: Story) -> tuple[Runtime, str | None]:
    """A runtime resumed from the save file `path`, and a notice if it had to be adjusted."""
    rt, notice, _doc = _load(path, story)
    return rt, notice


def _load(path: Path, story: Story) -> tuple[Runtime, str | None, Any]:
    name = path.name
    doc = read_doc(path)
    state, seen, notice = decode(doc, story, name)
    try:
        rt = Runtime(story, state)
    except Exception as exc:  # a hand-edited save that points somewhere impossible
        raise SaveError(f"{name}: cannot resume there ({exc.__class__.__name__}: {_shown(str(exc), 200)})") from None
    rt.seen |= seen
    return rt, notice, doc


class SaveStore:
    """Save slots in one folder: `<slot>.json`, `<slot>.json.bak`, and an optional `<slot>.png`."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else default_save_dir()
        self.last: Any = None  # the document the last load or resume went on from (its history, its rewind)

    def path(self, slot: str) -> Path:
        if not isinstance(slot, str) or not _SLOT.match(slot):
            raise SaveError(f"'{slot}' is not a valid slot name")
        return self.folder / f"{slot}.json"

    def save(self, slot: str, rt: Runtime, thumbnail: bytes | None = None, past: dict[str, Any] | None = None) -> Path:
        path = self.path(slot)
        data = json.dumps(encode(rt, slot, past), ensure_ascii=False, separators=(",", ":")).encode()
        try:
            self._guard(path, rt.story)
            write_atomic(path, data)
            if thumbnail is not None:
                write_atomic(path.with_suffix(".png"), thumbnail, keep_backup=False)
        except OSError as exc:
            raise SaveError(f"could not write {path}: {exc.strerror or exc}") from None
        return path

    def _guard(self, path: Path, story: Story) -> None:
        """The save about to become the backup must be worth keeping. One that cannot be used is
        set aside instead, so the backup it would replace (perhaps the only good copy) survives."""
        if not path.exists():
            return
        try:
            decode(read_doc(path), story, path.name)
        except SaveError:
            safefile.set_aside(path)
            self._rescue_backup(path)

    def _rescue_backup(self, path: Path) -> None:
        """A save was set aside as unusable and a new one is being written in its place: its backup
        (perhaps the player's progress) would be replaced by the next write, so it is copied to a slot
        of its own that the Load menu lists, `rescued-<date>`."""
        bak = safefile.backup_of(path)
        if not bak.exists():
            return
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime())
        target = self.folder / f"rescued-{stamp}.json"
        n = 1
        while target.exists():
            n += 1
            target = self.folder / f"rescued-{stamp}-{n}.json"
        safefile.write_atomic(target, bak.read_bytes(), keep=False)

    def autosave(self, rt: Runtime, past: dict[str, Any] | None = None) -> Path:
        return self.save("autosave", rt, past=past)

    def retire(self, slot: str = "autosave") -> None:
        """The story is over: `slot` has nothing left to continue, so it becomes its own backup
        (`<slot>.json.bak`, still there for anyone who wants the last beat back) and the next run
        starts a new game. Saves in other slots stay as they are."""
        path = self.path(slot)
        try:
            if path.exists():
                os.replace(path, safefile.backup_of(path))
                path.with_suffix(".png").unlink(missing_ok=True)
                safefile.sync_dir(path.parent)
        except OSError as exc:
            raise SaveError(f"could not put {path.name} aside: {exc.strerror or exc}") from None

    def read(self, slot: str) -> Any:
        """The JSON document of `slot`, unchecked; SaveError if it cannot be read as JSON."""
        return read_doc(self.path(slot))

    def load(self, slot: str, story: Story) -> tuple[Runtime, str | None]:
        """A runtime resumed from `slot`, and a notice for the player if it had to be adjusted."""
        rt, notice, self.last = _load(self.path(slot), story)
        return rt, notice

    def resume(self, story: Story) -> tuple[Runtime, str | None] | None:
        """Continue from the newest save that can be used, and a notice for the player.

        A save that cannot be used is renamed aside (never written over) and the next is tried: its
        backup, then the other slots, newest first. The notice says in one sentence what was set
        aside and where the game continues. None if there is no save at all; SaveError if there
        were saves and none could be used (each of them set aside, the message says so)."""
        problems: list[str] = []
        for path in self._resume_order():
            for candidate in (path, safefile.backup_of(path)):
                if not candidate.exists():
                    continue
                try:
                    rt, notice, self.last = _load(candidate, story)
                except SaveError as exc:
                    problems.append(_put_aside(candidate, exc))
                    continue
                if problems:
                    title = story.beats[rt.state.beat].title
                    told = f"{'; '.join(problems)}; continuing from {candidate.name} (“{title}”)."
                    notice = f"{told} {notice}" if notice else told
                return rt, notice
        if problems:
            raise SaveError(f"{'; '.join(problems)}; there is no other save to continue from.")
        return None

    def _resume_order(self) -> list[Path]:
        """Slots newest first; one whose file cannot be read counts as old as its backup."""
        return [i.path for i in sorted(self.slots(), key=_age, reverse=True)]

    def can_continue(self) -> bool:
        """Whether `resume` has anything to try: a save that reads, or an unreadable one whose backup
        does (the title's Continue asks this, so a good backup is never hidden behind a bad save)."""
        return any(_age(info) >= 0 for info in self.slots())

    def slots(self) -> list[SaveInfo]:
        """Every slot in the folder, those that cannot be read with their `error`; never raises."""
        try:
            paths = sorted(p for p in self.folder.glob("*.json") if _SLOT.match(p.stem))
        except OSError:
            return []
        return [_info(p) for p in paths]

    def newest(self) -> SaveInfo | None:
        good = [s for s in self.slots() if s.error is None]
        return max(good, key=lambda s: s.saved_at) if good else None


def _age(info: SaveInfo) -> float:
    """When a slot was saved; for one that cannot be read, when its backup was (-1: neither reads)."""
    if info.error is None:
        return info.saved_at
    bak = safefile.backup_of(info.path)
    try:
        return check(read_doc(bak), bak.name).saved_at
    except SaveError:
        return -1.0


def _info(path: Path) -> SaveInfo:
    try:
        save = check(read_doc(path), path.name)
    except SaveError as exc:
        return SaveInfo(path.stem, path, error=str(exc))
    return SaveInfo(path.stem, path, save.state.beat, save.beat_title, save.saved_at, save.bond,
                    _thumbnail(path.with_suffix(".png")))


def _thumbnail(path: Path) -> Path | None:
    """`path` if the Load menu can show it: a regular file of a thumbnail's size whose PNG header
    declares a small picture. A few kilobytes of PNG can declare gigabytes of pixels, and the menu
    decodes the picture whole."""
    try:
        head = safefile.read_limited(path, MAX_THUMB_BYTES)[:24]
    except OSError:  # absent, a folder, a pipe, a device, too large
        return None
    if len(head) < 24 or not head.startswith(_PNG) or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return path if 0 < width <= MAX_THUMB_SIDE and 0 < height <= MAX_THUMB_SIDE else None


def _put_aside(path: Path, exc: SaveError) -> str:
    """Rename a save that cannot be used out of the way; what happened, as part of a sentence."""
    reason = str(exc).removeprefix(f"{path.name}: ")
    try:
        moved = safefile.set_aside(path)
    except OSError as err:
        return (f"{path.name} could not be used ({reason}) nor moved aside ({err.strerror or err}), "
                "so it is left as it is")
    return f"{path.name} could not be used ({reason}) and is kept as {moved.name}"

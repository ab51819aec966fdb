"""Player files (saves, settings) written and read so that nothing is ever lost.

A write never leaves a moment with neither the old nor the new file under a name the game reads:
the new bytes go to a temporary file that is fsynced, the current file is first linked (or copied)
to its backup name, and only then is the temporary file renamed over the current one. A kill at
any instant leaves the old file, or the new one, plus the backup. A file that cannot be used is
never overwritten or deleted either: it is renamed aside under a dated name, for a person to look at.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import tempfile
import time
from pathlib import Path

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO named like a save must not hang the reader
_BINARY = getattr(os, "O_BINARY", 0)


class TooLarge(OSError):
    """The file is bigger than anything the game writes."""


def backup_of(path: Path) -> Path:
    return path.with_suffix(path.suffix + ".bak")


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (OSError otherwise, never a hang)."""
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(21, "not a regular file")
        if info.st_size > limit:
            raise TooLarge(27, f"{info.st_size} bytes, more than any file the game writes")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1 << 16):
            size += len(chunk)
            if size > limit:
                raise TooLarge(27, "more bytes than any file the game writes")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def clean_stale(path: Path) -> None:
    """Remove temporary files an earlier, interrupted write of `path` left behind."""
    try:
        for tmp in path.parent.glob(f".{path.name}.*.tmp"):
            tmp.unlink(missing_ok=True)
    except OSError:
        pass  # a leftover temporary file costs a little disk space, nothing more


def sync_dir(folder: Path) -> None:
    """Make renames in `folder` durable where the platform allows it (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_name(path: Path) -> Path:
    return path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"


def keep_backup(path: Path) -> None:
    """Make `<path>.bak` hold what `path` holds now, without `path` ever going missing."""
    bak = backup_of(path)
    tmp = _temp_name(bak)
    try:
        try:
            os.link(path, tmp)  # the same bytes under a second name: instant, nothing to copy
        except OSError:
            _copy(path, tmp)  # file systems without hard links
        os.replace(tmp, bak)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _copy(src: Path, dst: Path) -> None:
    data = src.read_bytes()
    with open(dst, "xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_atomic(path: Path, data: bytes, keep: bool = True) -> None:
    """Write `data` to `path` safely at every instant; with `keep`, the old file becomes `.bak`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file holds the folder's name: say that, not "File exists"
        raise NotADirectoryError(errno.ENOTDIR, f"{path.parent} is a file, not a folder", str(path.parent)) from None
    clean_stale(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if keep and path.exists():
            keep_backup(path)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    sync_dir(path.parent)


def set_aside(path: Path, when: float | None = None) -> Path:
    """Rename a file that cannot be used to `<stem>.broken-<date>-<time><suffix>`; returns the new
    path. `autosave.json` becomes `autosave.broken-20261205-034501.json`; the file stays whole."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(time.time() if when is None else when))
    name = path.name
    stem, dot, suffix = name.partition(".")
    rest = f".{suffix}" if dot else ""
    if rest.endswith(".bak"):  # autosave.json.bak -> autosave.bak.broken-….json
        stem, rest = f"{stem}.bak", rest[: -len(".bak")]
    for n in range(1, 1000):
        extra = "" if n == 1 else f"-{n}"
        target = path.with_name(f"{stem}.broken-{stamp}{extra}{rest}")
        if not target.exists():
            os.replace(path, target)
            sync_dir(path.parent)
            return target
    raise FileExistsError(17, "too many files set aside already", str(path))

"""A save's thumbnail is offered to the Load menu only when it is a small picture: a few kilobytes of
PNG can declare a picture of gigabytes, and the menu decodes it whole."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest

from game.story.saves import SaveStore
from game.story.session import PlaySession


def png(width: int, height: int) -> bytes:
    """A PNG of `width`×`height` black pixels, compressed as PNG compresses them (tiny on disk)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    pack = zlib.compressobj(9)
    row = b"\0" * (1 + 4 * width)
    data = b"".join(pack.compress(row) for _ in range(height)) + pack.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


@pytest.fixture
def saved(mini, tmp_path: Path) -> SaveStore:
    store = SaveStore(tmp_path)
    PlaySession.new(mini, store).save("slot1")
    return store


def thumbnail(store: SaveStore) -> Path | None:
    (info,) = [s for s in store.slots() if s.slot == "slot1"]
    assert info.error is None
    return info.thumbnail


def test_a_thumbnail_the_game_wrote_is_shown(saved: SaveStore) -> None:
    (saved.folder / "slot1.png").write_bytes(png(160, 90))
    assert thumbnail(saved) == saved.folder / "slot1.png"


@pytest.mark.parametrize("size", [(16_000, 16_000), (160, 0), (2**31 - 1, 1)])
def test_a_picture_of_gigabytes_in_a_small_file_is_not_offered(saved: SaveStore, size: tuple[int, int]) -> None:
    bomb = png(1, 1)
    bomb = bomb[:16] + struct.pack(">II", *size) + bomb[24:]  # the header is all that says how big
    (saved.folder / "slot1.png").write_bytes(bomb)
    assert thumbnail(saved) is None


@pytest.mark.parametrize("kind", ["garbage", "folder", "fifo", "huge", "link to a device"])
def test_a_thumbnail_that_is_not_a_small_png_file_is_not_offered(saved: SaveStore, kind: str) -> None:
    path = saved.folder / "slot1.png"
    if kind == "garbage":
        path.write_bytes(b"not a picture at all, only words")
    elif kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        os.mkfifo(path)
    elif kind == "huge":
        path.write_bytes(png(160, 90) + b"\0" * 4_000_000)
    else:
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        path.symlink_to("/dev/zero")
    assert thumbnail(saved) is None

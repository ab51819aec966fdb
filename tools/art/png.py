"""A tiny PNG writer: same pixels in, same bytes out, with no dependence on the SDL build."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode(rgba: np.ndarray) -> bytes:
    """8-bit RGBA PNG, filter 'Up' on every row (pixel art compresses well with it), zlib level 9."""
    h, w, _ = rgba.shape
    px = rgba.astype(np.int16)
    up = np.zeros_like(px)
    up[1:] = px[:-1]
    filtered = ((px - up) % 256).astype(np.uint8).reshape(h, w * 4)
    raw = np.hstack([np.full((h, 1), 2, dtype=np.uint8), filtered]).tobytes()
    header = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")


def save(path: Path, rgba: np.ndarray) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(encode(rgba))


def sheet(images: list[np.ndarray], cols: int, scale: int = 4, pad: int = 4,
          bg: tuple[int, int, int] = (40, 36, 84)) -> np.ndarray:
    """Lay pictures out in a grid, enlarged with nearest-neighbour, for looking at the art."""
    cw = max(i.shape[1] for i in images) + pad
    ch = max(i.shape[0] for i in images) + pad
    rows = (len(images) + cols - 1) // cols
    out = np.zeros((rows * ch + pad, cols * cw + pad, 4), dtype=np.uint8)
    out[..., :3] = bg
    out[..., 3] = 255
    for n, img in enumerate(images):
        y, x = pad + (n // cols) * ch, pad + (n % cols) * cw
        h, w = img.shape[:2]
        a = img[..., 3:4].astype(np.float32) / 255.0
        region = out[y : y + h, x : x + w, :3].astype(np.float32)
        out[y : y + h, x : x + w, :3] = (img[..., :3] * a + region * (1 - a)).astype(np.uint8)
    return out.repeat(scale, axis=0).repeat(scale, axis=1)

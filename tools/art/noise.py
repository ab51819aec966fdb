"""Deterministic pseudo-random numbers from an integer hash, so scenery is the same on every machine."""

from __future__ import annotations

import numpy as np


def hash32(*keys: int | np.ndarray) -> np.ndarray:
    """A small integer hash (xorshift-multiply) of one or more integer keys, as uint32."""
    h = np.uint32(2166136261)
    with np.errstate(over="ignore"):
        for k in keys:
            h = (np.asarray(k).astype(np.uint32) ^ h) * np.uint32(16777619)
            h ^= h >> np.uint32(13)
            h = h * np.uint32(0x5BD1E995)
            h ^= h >> np.uint32(15)
    return np.asarray(h, dtype=np.uint32)


def rand(*keys: int | np.ndarray) -> np.ndarray:
    """Uniform in [0, 1) for each key."""
    return hash32(*keys).astype(np.float64) / 4294967296.0


def rint(lo: int, hi: int, *keys: int) -> int:
    """A reproducible integer in [lo, hi)."""
    return lo + int(rand(*keys) * (hi - lo))

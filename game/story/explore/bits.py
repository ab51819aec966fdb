"""A set of small numbers as bits: the search remembers close to a million (place, core) pairs, and
a byte holds eight of them where a set of ints spends some fifty bytes on each."""

from __future__ import annotations


class Bits:
    __slots__ = ("_b",)

    def __init__(self) -> None:
        self._b = bytearray()

    def __contains__(self, n: int) -> bool:
        i = n >> 3
        return i < len(self._b) and bool(self._b[i] >> (n & 7) & 1)

    def add(self, n: int) -> None:
        i = n >> 3
        if i >= len(self._b):
            self._b.extend(bytes(i + 1 - len(self._b) + len(self._b) // 4))  # grow by a quarter more
        self._b[i] |= 1 << (n & 7)

"""A set of small numbers as bits: the search remembers close to a million (place, core) pairs, and
a byte holds eight of them where a set of ints spends some fifty bytes on each."""

from __future__ import annotations

from collections.abc import Sequence


class Bits:
    """Numbers from the first one added on are held from its byte on: a place meets cores numbered
    close together (they are numbered as the search meets them), so the bytes before stay unheld."""

    __slots__ = ("_b", "_base")

    def __init__(self) -> None:
        self._b = bytearray()
        self._base = -1  # the byte the first one falls in

    def __contains__(self, n: int) -> bool:
        i = (n >> 3) - self._base
        return 0 <= i < len(self._b) and bool(self._b[i] >> (n & 7) & 1)

    def add(self, n: int) -> None:
        if self._base < 0:
            self._base = n >> 3
        i = (n >> 3) - self._base
        if i < 0:
            self._b[:0] = bytes(-i)
            self._base += i
            i = 0
        elif i >= len(self._b):
            self._b.extend(bytes(i + 1 - len(self._b) + len(self._b) // 4))  # grow by a quarter more
        self._b[i] |= 1 << (n & 7)

    def put(self, n: int) -> bool:
        """Add `n`; whether it was not held before (one call where a look and an add were two)."""
        i = (n >> 3) - self._base
        if self._base >= 0 and 0 <= i < len(self._b):
            bit = 1 << (n & 7)
            if self._b[i] & bit:
                return False
            self._b[i] |= bit
            return True
        self.add(n)
        return True

    def absent(self, numbers: Sequence[int]) -> list[int]:
        """The positions in `numbers` of those not held (one pass: a review asks of a hundred at once)."""
        b, base = self._b, self._base
        if base < 0:
            return list(range(len(numbers)))
        end = len(b)
        return [i for i, n in enumerate(numbers)
                if not (0 <= (n >> 3) - base < end and b[(n >> 3) - base] >> (n & 7) & 1)]

"""The bit sets the search remembers its (place, core) pairs in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from game.story.explore.bits import Bits


@given(st.lists(st.integers(min_value=0, max_value=5_000), max_size=60))
def test_put_says_whether_a_number_was_new_and_holds_what_a_set_holds(numbers: list[int]) -> None:
    bits, held = Bits(), set()
    for n in numbers:
        assert bits.put(n) == (n not in held)
        held.add(n)
        assert n in bits
    assert [n for n in range(5_001) if n in bits] == sorted(held)
    assert bits.absent(range(5_001)) == [n for n in range(5_001) if n not in held]

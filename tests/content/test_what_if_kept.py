"""What if a player kept a memory, on the shipped story: keeping one whose weight the bond needs for
an ending still reports that ending, and the conditions that ask about it are reached."""

from __future__ import annotations

from game.story.explore import what_if


def test_keeping_a_heavy_memory_reaches_the_ending_the_bond_opens(shipped_story) -> None:
    got = what_if(shipped_story, frozenset({"first_face"}))
    ends = {e["id"] for e in got["endings"] if e["reachable"]}
    assert got["complete"] and "retold" in ends, "Retold needs a bond of 18: first_face (weight 5) feeds it"
    assert any(g["reached"] and "remembers(first_face)" in g["condition"] for g in got["echoes"]), got["echoes"]

"""The memory core's rules, as properties that hold for any sequence of nights."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.story import memory_core as mc
from game.story.state import CoreState
from game.story.story import MemoryInfo

IDS = [f"m{i:02d}" for i in range(20)]
MEMS = {m: MemoryInfo(m, m.upper(), m, "", 1 + i % 5, "joy", "b") for i, m in enumerate(IDS)}
CAP, WEAP = 8, 3


@st.composite
def nights(draw):
    """A run of nights: memories arriving, weapons changes, and the player's deletions."""
    out = []
    for _ in range(draw(st.integers(1, 8))):
        arrivals = draw(st.lists(st.sampled_from(IDS), max_size=4))
        change = draw(st.sampled_from([None, None, "delete", "reinstall"]))
        extra = draw(st.integers(0, 2))
        seed = draw(st.integers(0, 10_000))
        out.append((arrivals, change, extra, seed))
    return out


@settings(max_examples=300, deadline=None)
@given(nights())
def test_core_never_overflows_and_gaps_are_permanent(run) -> None:
    import random

    core = CoreState()
    for arrivals, change, extra, seed in run:
        for m in arrivals:
            mc.remember(core, m)
        need = mc.must_free(core, CAP, WEAP, change)
        pool = core.held + core.pending
        if need > len(pool):
            # even deleting everything cannot make room: the review refuses any answer
            with pytest.raises(mc.CoreError):
                mc.review(core, pool, CAP, WEAP, change)
            continue
        k = min(len(pool), need + extra)
        chosen = random.Random(seed).sample(pool, k)
        if need:
            with pytest.raises(mc.CoreError):  # freeing one slot too few is refused
                mc.review(core, chosen[: need - 1], CAP, WEAP, change)
        gaps_before = list(core.gaps)
        after = mc.review(core, chosen, CAP, WEAP, change)
        assert mc.used(after, WEAP) <= CAP
        assert after.pending == []
        assert after.gaps[: len(gaps_before)] == gaps_before  # a gap never closes
        assert set(after.held).isdisjoint(after.gaps)
        assert len(set(after.held)) == len(after.held)
        assert mc.bond(after.held, MEMS) == sum(MEMS[m].weight for m in after.held)
        assert after.weapons == mc.weapons_after(core, change)
        core = after
        for m in core.gaps:  # a deleted memory never arrives again
            mc.remember(core, m)
            assert m not in core.pending


def test_first_forced_night_matches_the_story() -> None:
    """Four memories and the weapons module: 7 of 8. Two more arrive: one must go."""
    core = CoreState(held=["m01", "m02", "m03", "m04"])
    assert mc.used(core, WEAP) == 7
    mc.remember(core, "m05")
    mc.remember(core, "m06")
    assert mc.must_free(core, CAP, WEAP) == 1
    after = mc.review(core, ["m03"], CAP, WEAP)
    assert after.held == ["m01", "m02", "m04", "m05", "m06"] and after.gaps == ["m03"]


def test_deleting_weapons_frees_three_and_reinstalling_costs_three() -> None:
    core = CoreState(held=IDS[:5])
    assert mc.must_free(core, CAP, WEAP) == 0
    freed = mc.review(core, [], CAP, WEAP, "delete")
    assert not freed.weapons and mc.used(freed, WEAP) == 5
    for m in IDS[5:8]:
        mc.remember(freed, m)
    full = mc.review(freed, [], CAP, WEAP)
    assert len(full.held) == 8
    assert mc.must_free(full, CAP, WEAP, "reinstall") == 3
    armed = mc.review(full, IDS[:3], CAP, WEAP, "reinstall")
    assert armed.weapons and len(armed.held) == 5 and armed.gaps == IDS[:3]


@settings(max_examples=100, deadline=None)
@given(st.permutations(IDS[:6]))
def test_reboot_plays_every_kept_memory_once_then_wipes(order) -> None:
    core = CoreState(held=IDS[:6], gaps=["m10"])
    wiped, farewell = mc.reboot(core, order)
    assert farewell == list(order) and wiped.held == [] and wiped.gaps == ["m10"]
    with pytest.raises(mc.CoreError):
        mc.reboot(core, list(order)[:-1])
    with pytest.raises(mc.CoreError):
        mc.reboot(core, list(order) + [order[0]])


def test_review_refuses_strangers_and_repeats() -> None:
    core = CoreState(held=["m01"], pending=["m02"])
    with pytest.raises(mc.CoreError, match="not in the core"):
        mc.review(core, ["m09"], CAP, WEAP)
    with pytest.raises(mc.CoreError, match="only once"):
        mc.review(core, ["m01", "m01"], CAP, WEAP)

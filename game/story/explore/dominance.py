"""A state whose unnamed weights can make every bond a kept state's can, and no other, adds nothing.

Where the bond is read once more at most, only in tests against numbers (`bonds.py`), a run from a
state observes its unnamed weights M through sizes until one read sees sum(P) + X, P the part of M
still held then and X the same for any M (the named memories' weights and those still to come). The
tests ahead part the sums into classes at their cuts (`bond >= 18` parts 17 from 18); the read
observes the class. Take two states equal but for their weights, both of n memories: M' of a new
state, M of a kept one, such that for every size j the j lightest of M weigh no more than the j
lightest of M', and the j heaviest of M no less than the j heaviest of M' (both counted up to the top
cut: above it every sum is in the top class), and M's heaviest and lightest differ by no more than the
narrowest class between two cuts holds (`Bonds.width`). Then whatever part P' of M' a run from the
new state keeps, M holds a part P of the same size whose sum falls in the same class: walk from M's
j lightest to its j heaviest, one memory at a time for the next heavier one, and the sum climbs by at
most that difference each step, from at most sum(P') to at least sum(P'), so it stops inside P''s
class (a class with no cut above or below is met at an end of the walk). Deleting down to P through
parts of the same sizes as the run from M' deleted through, with everything else the same, every
observation is the same (`bonds.py` says why sizes are all the rest sees). So every run from the new
state is a run from the kept one as far as the story can tell, and the new state is not kept: what
it would find, the kept state finds, in as few decisions (the search meets states in order of how
many decisions reach them, so the kept one was met no later).
"""

from __future__ import annotations

from ..state import GameState
from .equivalence import CORES, Equivalence

Profile = tuple  # (lightest sums, heaviest sums, heaviest minus lightest)
NO = 1 << 30  # a spread no class is as wide as
SPLIT_CACHE_SIZE = 3_000  # cores split into the rest and a profile, per generation


def profile(summary: tuple) -> Profile | None:
    """The sums of the j lightest and of the j heaviest, for each j, counted up to the top cut, read
    off a core's summary of its weights (`bonds.summary`); None for fewer than two weights."""
    n, cap, masks = summary
    if n < 2:
        return None
    light = tuple((m & -m).bit_length() - 1 for m in masks[1:])
    heavy = tuple(m.bit_length() - 1 for m in masks[1:])
    spread = heavy[0] - light[0] if heavy[0] < cap else NO  # a weight past the top: its true size unknown
    return light, heavy, spread


def dominates(p: Profile, q: Profile, width: int) -> bool:
    """Whether weights of profile `p` can make every class of bond that those of `q` can."""
    return p[2] <= width and all(x <= y for x, y in zip(p[0], q[0], strict=True)) \
        and all(x >= y for x, y in zip(p[1], q[1], strict=True))


class Dominance:
    """The kept states' weights, by place and the rest of their core; asked of each new state."""

    def __init__(self, keys: Equivalence):
        self.keys = keys
        # a core's number (a projection's, so its place does not matter): the rest's and its profile's,
        # in one int; a cache of two generations (`_older` the one before)
        self._of: dict[int, int | None] = {}
        self._older: dict[int, int | None] = {}
        self._profiles: list[Profile] = []
        self._numbers: dict[Profile, int] = {}
        # per profile and width: the profiles known to dominate it and those it dominates, as bits,
        # and how many profiles were known then
        self._masks: dict[tuple[int, int], tuple[int, int, int]] = {}
        # per group: its kept profiles, as bits, or -1 - p while it keeps one (a small int, shared)
        self._kept: dict[int, int] = {}

    def covered(self, key: int, s: GameState) -> bool:
        """Whether a kept state at the place of key `key` dominates `s`; if not, `s` is noted as kept."""
        node, core = divmod(key, CORES)
        got = self._of.get(core, False)
        if got is False:
            got = self._older.get(core, False)
            if got is False:
                got = self._split(s)
            if len(self._of) > SPLIT_CACHE_SIZE:
                self._older, self._of = self._of, {}
            self._of[core] = got
        if got is None:
            return False
        rest, p = divmod(got, CORES)
        group = node * CORES + rest
        kept = self._kept.get(group)
        if kept is None:
            self._kept[group] = -1 - p
            return False
        if kept < 0:
            kept = 1 << (-1 - kept)
        over, under = self._relations(p, self.keys.bonds.width(s.beat, s.node, s.pc))
        if kept & over:
            return True
        # p stands for those it dominates: a dominated one is dominated by p too (dominance is transitive)
        self._kept[group] = kept & ~under | 1 << p
        return False

    def _relations(self, p: int, width: int) -> tuple[int, int]:
        """The profiles that dominate `p` and those it dominates, as bits (every kept one is known)."""
        got = self._masks.get((p, width))
        n = len(self._profiles)
        if got is not None and got[2] == n:
            return got[0], got[1]
        over, under, known = got if got is not None else (0, 0, 0)
        profiles, mine = self._profiles, self._profiles[p]
        for q in range(known, n):
            if len(profiles[q][0]) == len(mine[0]):  # a group's weights are all as many
                over |= dominates(profiles[q], mine, width) << q
                under |= dominates(mine, profiles[q], width) << q
        self._masks[(p, width)] = (over, under, n)
        return over, under

    def _split(self, s: GameState) -> int | None:
        """The number of a core but for its weights times CORES, plus its profile's; None where there is none."""
        keys = self.keys
        shape = keys.shape(s)
        if not shape[0]:
            return None  # the weights kept as they are, or only counted: equal keys say it all
        c = s.core
        proj = keys.project_core(keys.view(s), c.held, c.pending, c.gaps, c.weapons, shape)
        p = profile(proj[1])
        if p is None:
            return None
        n = self._numbers.get(p)
        if n is None:
            n = self._numbers[p] = len(self._profiles)
            self._profiles.append(p)
        return keys.core_id((proj[0], proj[1][0], *proj[2:])) * CORES + n

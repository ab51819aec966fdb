"""A review's deletions as the search tries them, and what each leaves, worked out once per core.

A review accepts any set of at least `must_free` memories. Memories no later beat names count only
by their weight (see `search.py`; or for less, `bonds.py`), so a set is a *spec*: the named
memories it takes and, per weight, how many of the others (taken in the order the review shows
them). The specs, their order and the
cores they leave depend only on the place and on the core as later beats can observe it (with the
order its cards come in), so they are worked out once for all the states that share those and
turned into a player's answer only when one is tried.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Callable, Sequence

from .. import answers as an
from .. import events as ev
from ..state import GameState
from .bonds import summary
from .equivalence import Equivalence

REVIEW_CACHE_SIZE = 1_500  # reviews' outcomes kept: two generations of this many (the shipped story meets 5,400)

Spec = tuple  # (named ids, count per weight group), or with every memory named, the ids themselves


def _groups(event: ev.Review, live: frozenset[str]) -> tuple[list[str], dict[int, list[str]]]:
    """The named memories in card order, and the others by weight (weights in order of first card)."""
    named: list[str] = []
    by_weight: dict[int, list[str]] = {}
    for c in event.held + event.pending:
        if c.id in live:
            named.append(c.id)
        else:
            by_weight.setdefault(c.weight, []).append(c.id)
    return named, by_weight


def specs(event: ev.Review, live: frozenset[str] | None) -> list[Spec]:
    """Every accepted set (at least `must_free` memories), fewest first; with `live`, one per class."""
    need = event.must_free
    if live is None:
        pool = [c.id for c in event.held + event.pending]
        return [combo for k in range(need, len(pool) + 1) for combo in itertools.combinations(pool, k)]
    named, by_weight = _groups(event, live)
    groups = list(by_weight.values())
    out: list[tuple[int, Spec]] = []
    for k in range(len(named) + 1):
        for chosen in itertools.combinations(named, k):
            for counts in itertools.product(*(range(len(g) + 1) for g in groups)):
                if k + sum(counts) >= need:
                    out.append((k + sum(counts), (chosen, counts)))
    out.sort(key=lambda x: x[0])
    return [s for _, s in out]


_ANSWERS: dict[tuple[str, ...], an.Delete] = {}  # one of each: the search keeps an answer per state


def answer(event: ev.Review, spec: Spec, live: frozenset[str] | None) -> an.Delete:
    """The deletion a spec stands for at this review."""
    if live is None:
        ids = spec
    else:
        chosen, counts = spec
        groups = _groups(event, live)[1].values()
        ids = chosen + tuple(m for g, n in zip(groups, counts, strict=True) for m in g[:n])
    got = _ANSWERS.get(ids)
    if got is None:
        got = _ANSWERS[ids] = an.Delete(ids)
    return got


def deletions(event: ev.Review, live: frozenset[str] | None) -> list[an.Delete]:
    """Every set of memories the review accepts, as answers (see `specs`)."""
    return [answer(event, s, live) for s in specs(event, live)]


class Reviews:
    """Each review's specs that leave different cores (the first of each), per place and core."""

    def __init__(self, keys: Equivalence, exact: bool):
        self.keys, self.exact = keys, exact
        self._memo: dict[tuple, tuple] = {}
        self._older: dict[tuple, tuple] = {}  # the generation before: the reviews in use stay when one is dropped
        self._specs: dict[Spec, Spec] = {}  # one of each: the memo holds them by the million

    def live(self, state: GameState) -> frozenset[str] | None:
        """The memories the review's deletions are listed by (None: all, by name): those the places
        after it observe, and those its beat's later beats name, so the sets are listed, and the
        first of each class that leaves an equal core is tried, in the same order whatever the
        places observe."""
        if self.exact:
            return None
        return self.keys.view(state, 1).memories | self.keys.story.live[state.beat].memories

    def outcomes(self, state: GameState, event: ev.Review) -> tuple[tuple[Spec, ...], Sequence[int], set[str]]:
        """The specs, the number of the core each leaves, and the arriving memories some spec keeps."""
        c, beat, keys = state.core, state.beat, self.keys
        live = self.live(state)
        shape = keys.shape(state, 1)
        core = keys.project_core(keys.view(state, 1), c.held, c.pending, c.gaps, c.weapons, shape)
        if live is None:
            order: tuple = tuple(x.id for x in event.held + event.pending)
            got = self._memo.get((beat, state.node, state.pc, core, order))
            if got is None:
                got = self._remember((beat, state.node, state.pc, core, order), lambda: self._every_set(state, event))
            return got[0], got[1], got[2]
        named, by_weight = _groups(event, live)
        # the outcomes depend only on the named cards (in order), how many others of each weight,
        # what must go, the gaps and the weapons: many cores and places share them
        weapons = event.weapons_slots > 0
        seen = self.keys.view(state, 1).memories
        memo = (tuple(named), tuple((w, len(g)) for w, g in by_weight.items()), event.must_free, core[3], weapons,
                tuple(m in seen for m in named), shape)
        got = self._memo.get(memo)
        if got is None:
            got = self._remember(memo, lambda: self._classes(memo))
        specs_, cores, (always, least) = got
        # an arriving memory some spec keeps: a named one not taken by all, or one of a weight that
        # not every spec takes this far into
        kept = {m for m in c.pending if m in live and m not in always}
        for g, n in zip(by_weight.values(), least, strict=True):
            kept.update(m for m in g[n:] if m in c.pending)
        return specs_, cores, kept

    def _remember(self, memo: tuple, work: Callable[[], tuple]) -> tuple:
        """The outcomes for `memo`, from the generation before or worked out now, cached."""
        got = self._older.get(memo)
        if got is None:
            got = work()
        if len(self._memo) > REVIEW_CACHE_SIZE:
            self._older, self._memo = self._memo, {}
            self._specs = {}  # those the generation dropped held go with it
        self._memo[memo] = got
        return got

    def _classes(self, memo: tuple) -> tuple:
        """Each spec's outcome, in the order `specs` gives them, worked out from the core's
        projection: the named memories not taken stay, of each weight the ones not taken stay, and
        the named ones taken become gaps."""
        named, sizes, need, gaps, weapons, observed, (bound, gapped) = memo
        core_id, intern, weight = self.keys.core_id, self._specs, self.keys.weight
        everyone = tuple(sorted(m for m, o in zip(named, observed, strict=True) if o))
        unseen = [m for m, o in zip(named, observed, strict=True) if not o]  # listed by name, kept by weight
        counts = list(itertools.product(*(range(n + 1) for _, n in sizes)))
        lefts = [tuple(sorted(w for (w, n), k in zip(sizes, v, strict=True) for _ in range(n - k))) for v in counts]
        taken = [sum(v) for v in counts]
        # which counts fit depends only on how many named go; the more go, the more fit, so those
        # fitting with every named one taken are all that any spec takes of each weight
        fits = [[i for i, t in enumerate(taken) if k + t >= need] for k in range(len(named) + 1)]
        least = [min((counts[i][j] for i in fits[-1]), default=n) for j, (_, n) in enumerate(sizes)]
        stays: dict[tuple[int, ...], list] = {}  # per weights of unseen named ones left: each count's left
        out: list[tuple[int, Spec, int]] = []
        always: set[str] | None = None
        for k in range(len(named) + 1):
            if not fits[k]:
                continue
            for chosen in itertools.combinations(named, k):
                kept = tuple(m for m in everyone if m not in chosen)
                after = tuple(sorted(set(gaps).union(m for m in chosen if m in everyone
                                                     and (gapped is None or m in gapped))))
                stay = tuple(weight[m] for m in unseen if m not in chosen)
                left = stays.get(stay)
                if left is None:
                    left = stays[stay] = [_left(lefts[i], stay, bound) for i in range(len(counts))]
                always = set(chosen) if always is None else always.intersection(chosen)
                out.extend((k + taken[i], (chosen, counts[i]), core_id((kept, left[i], (), after, weapons)))
                           for i in fits[k])
        out.sort(key=lambda x: x[0])  # fewest first, as `specs` gives them (the sort keeps their order)
        first: dict[int, Spec] = {}
        for _, spec, cid in out:
            if cid not in first:
                first[cid] = intern.setdefault(spec, spec)
        # the cores' numbers as 4 bytes each: the memo holds a few million of them
        return tuple(first.values()), array("I", first), (frozenset(always or ()), tuple(least))

    def _every_set(self, state: GameState, event: ev.Review) -> tuple:
        """With every memory named: each set's outcome, run through the core's own rules."""
        keys, c = self.keys, state.core
        first: dict[int, Spec] = {}
        kept: set[str] = set()
        for spec in specs(event, None):
            kept.update(m for m in c.pending if m not in spec)
            first.setdefault(keys.core_id(keys.review_outcome(state, event, spec)), spec)
        return tuple(first.values()), tuple(first), kept


def _left(left: tuple[int, ...], stay: tuple[int, ...], bound: int | None) -> tuple:
    """The unnamed weights a spec leaves, with the unseen named ones it keeps, as
    `Equivalence.project_core` keeps them."""
    left = tuple(sorted(left + stay)) if stay else left
    return left if bound is None else summary(left, bound)

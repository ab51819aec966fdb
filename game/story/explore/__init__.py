"""Exhaustive exploration of a story: every reachable state, its endings, dead ends and unused text.

    report = explore(story)            # or Explorer(story, ...).run()

`search.py` holds the search, `equivalence.py` when two states are one (with `bonds.py`, how
little of the unnamed weights the bond ahead needs, and `gaps.py`, which gaps are read ahead),
`dominance.py` when a new state adds nothing to a kept one, `reviews.py` a review's deletions and
what each leaves, `stretches.py` running a stretch of story once per place and
replaying it for other cores, `report.py` what is reported and the shortest way to each ending and
dead end, in a player's words, `kept.py` and `whatif.py` the runs that keep some memories.
"""

from __future__ import annotations

from .equivalence import Equivalence
from .report import Report
from .search import COUNTER_BOUND, Explorer, answers_at, explore
from .whatif import what_if

__all__ = ["COUNTER_BOUND", "Equivalence", "Explorer", "Report", "answers_at", "explore", "what_if"]

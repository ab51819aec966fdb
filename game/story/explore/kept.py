"""What if a player kept these memories: the search held to runs that keep them, and what it reaches.

A designer asks what keeping a memory is worth. The answer comes from the search itself, with one
constraint: a review's deletion of a named memory is not tried, a state where one has gone (the story
forgot it) is not kept (a deletion is for ever), and an ending or the reboot counts only if the
memories are still in the core there. What a pruned run meets on its way is not noted, except on
the stretch where the story itself forgets one, up to the next decision. With `at`, the
memories need only be in the core as that beat begins: deletions before it are pruned, anything
goes after it (beats follow one another in story order). The named memories are made observable
from every beat, so no state where they differ is merged with one where they do not. What the run
reaches is then read against `gating.table`: each ending, and each line, choice and spot whose
condition asks about the memories (their *echoes*), reached or not on such runs.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass
from typing import Any

from .. import events as ev
from ..gating import Gate, table
from ..state import GameState
from ..story import Story


@dataclass(frozen=True)
class Keeping:
    """The memories to keep, and until when: the end (`at` None) or the start of beat `at`."""

    memories: frozenset[str]
    at: str | None = None
    before: frozenset[str] = frozenset()  # the beats where a deletion of them is pruned

    @classmethod
    def of(cls, story: Story, memories: frozenset[str], at: str | None = None) -> Keeping:
        unknown = sorted(m for m in memories if m not in story.memories)
        if unknown:
            raise ValueError(f"no such memory: {', '.join(unknown)}")
        if at is not None and at not in story.beats:
            raise ValueError(f"no such beat: {at}")
        order = list(story.beats)
        before = order if at is None else order[:order.index(at)]
        return cls(frozenset(memories), at, frozenset(before))

    def observed(self, story: Story) -> Story:
        """The story with the kept memories observable from every beat."""
        out = copy.copy(story)
        out.live = {b: dataclasses.replace(live, memories=live.memories | self.memories)
                    for b, live in story.live.items()}
        return out

    def may_delete(self, beat: str, ids: tuple[str, ...]) -> bool:
        """Whether a review in `beat` may delete `ids` on such a run."""
        return beat not in self.before or self.memories.isdisjoint(ids)

    def allows(self, s: GameState, event: ev.Event) -> bool:
        """Whether a state the search reached is on a run that keeps the memories."""
        c = s.core
        if s.beat in self.before and any(m in c.gaps for m in self.memories):
            return False
        if self.at is None:
            if isinstance(event, (ev.Reboot, ev.Ending)):
                return self.memories <= {*c.held, *c.pending, *s.farewell}
            return True
        if s.beat == self.at:
            core = s.entry["core"] if s.entry is not None else c.to_dict()
            return self.memories <= {*core["held"], *core["pending"]}
        return True


def echoes(story: Story, keeping: Keeping, reached: set[tuple[str, str]], offered: set[str]) -> list[dict[str, Any]]:
    """Each condition that asks about the kept memories, and whether such runs reach it (an option
    or a spot: offered, so its condition held; any other: its node ran)."""
    gates: dict[Gate, None] = {}
    by_memory = table(story).by_memory
    for m in sorted(keeping.memories):
        gates.update(dict.fromkeys(by_memory.get(m, [])))
    out = []
    for g in gates:
        hit = g.id in offered if g.id else (g.beat, g.node) in reached
        out.append({"place": g.place, "what": g.what, "condition": g.source, "memories": sorted(g.memories),
                    "reached": hit})
    return out

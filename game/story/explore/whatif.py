"""`what_if`: the endings and echoes reachable on runs that keep some memories (see `kept.py`)."""

from __future__ import annotations

from typing import Any

from ..story import Story
from .kept import Keeping, echoes
from .search import Explorer


def what_if(story: Story, memories: frozenset[str], at: str | None = None, max_states: int = 3_000_000) -> dict[str, Any]:
    """The endings and echoes reachable on runs that keep `memories` (to the end, or to beat `at`)."""
    keeping = Keeping.of(story, memories, at)
    x = Explorer(story, max_states=max_states, keeping=keeping)
    report = x.run()
    return {
        "kept": sorted(keeping.memories),
        "at": at,
        "complete": report.complete,
        "states": report.states,
        "endings": [{"id": k, "title": v["title"], "reachable": v["reachable"], "path": v["path"]}
                    for k, v in report.endings.items()],
        "echoes": echoes(story, keeping, x.found.reached_nodes, x.found.offered),
        "dead_ends": report.dead_ends,
    }

"""Which stage directions of a beat are behind a point of it, and the map they leave the scene on.

A window that builds a beat's stage afresh in the middle of it (a game resumed from a save, a rewind)
has not seen the directions played so far. It asks here for them, in source order (the beat's own
first, then each node's in the file's order, up to where the story stands), which is the order the
compiler checks them in: the last `map:` among them says where the scene is, and the directions
from it on say who is there and how it looks.
"""

from __future__ import annotations

from .events import Stage
from .story import Beat, StageI


def passed(beat: Beat, node: str, pc: int) -> list[Stage]:
    """The beat's directions before instruction `pc` of `node`, in source order."""
    out = [beat.stage] if beat.stage is not None else []
    for name, n in beat.nodes.items():
        code = n.code if name != node else n.code[:pc]
        out += [i.stage for i in code if isinstance(i, StageI)]
        if name == node:
            break
    return out


def in_force(directions: list[Stage]) -> tuple[str, list[Stage]]:
    """The map the last `map:` of `directions` moved the scene to ("" for none), and the directions
    from that one on (all of them when none moved it)."""
    last = max((i for i, s in enumerate(directions) if s.map), default=None)
    if last is None:
        return "", directions
    return directions[last].map, directions[last:]

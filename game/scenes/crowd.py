"""A group on the stage: `passer_by*` in a direction is everyone on the map whose object name, sprite or
`sprite#n` begins `passer_by` (and anyone the directions brought on whose name or sprite does), each
told the same: walk somewhere, turn, pose, leave, or walk off by a spot (`leave: tunnel`).

The lead (whoever the player walks as) is never one of a crowd: a group empties the stands, not the
player's hands. Each member is directed by the name it is found by, so their walks run side by side,
and each ends on a tile of its own round the spot (the first on it, the others in rings about it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from game.story.events import Cast
from game.story.stagewords import group_prefix

if TYPE_CHECKING:
    from .direction import Direction
    from .place import Walker


def members(direction: Direction, prefix: str) -> list[tuple[str, Walker]]:
    """Who the group `prefix*` is on the map now, each with the name a direction finds them by."""
    lead = direction.place.mai
    out = [(key, w) for key, w in direction.cast.items()
           if w.alive() and (key.startswith(prefix) or w.who.startswith(prefix))]
    taken = {id(w) for _, w in out}
    for w in direction.on_map():
        if w is lead or id(w) in taken:
            continue
        if any(n.startswith(prefix) for n in (w.name, w.who, w.tag) if n):
            out.append((w.tag or w.name or w.who, w))
    return out


def named(direction: Direction, who: str) -> list[str]:
    """The names a cast member stands for now: each of a group's people, or the one it names."""
    prefix = group_prefix(who)
    return [who] if prefix is None else [key for key, _ in members(direction, prefix)]


def act_group(direction: Direction, c: Cast, instant: bool) -> bool:
    """Carry out `c` for each member when it names a group; False (nothing done) when it does not."""
    prefix = group_prefix(c.who)
    if prefix is None:
        return False
    found = members(direction, prefix)
    if not found:
        direction.warn(f"no one on {direction.place.map.name} is of the group {c.who}")
    outer = direction.reserved
    direction.reserved = outer if outer is not None else set()  # each to a tile of their own round the spot
    try:
        for key, _ in found:
            direction.act(replace(c, who=key), instant)
    finally:
        direction.reserved = outer
    return True

"""A group in a stage direction: `passer_by*`, everyone on the map whose object name or sprite
begins `passer_by`, directed as one (the crowd scatters, the team walks off the pitch, the fans go).

A group is the people a map already stands there, and those the directions brought on by `at:`
(`crowd_a#9`): it walks, turns, poses or leaves (`leave: tunnel` walks them there first), but does
not appear anywhere, since a dozen people put on one spot would stand in one another. Naming a group
that matches nobody on the map in this beat is an error: the direction would do nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import events as ev
from .. import model as m
from .stagecast import Person, character_of, tags

if TYPE_CHECKING:  # the compiler hands itself in; only its type is needed here
    from .beat import BeatCompiler
    from .stage import MapFacts

Where = tuple[Any, ...]


def matches(prefix: str, *names: str) -> bool:
    """Whether any of a person's names begins with the group's prefix."""
    return any(n.startswith(prefix) for n in names if n)


def members(people: tuple[Person, ...], placed: set[str], beat: str, prefix: str) -> list[str]:
    """The people a group `prefix*` stands for in `beat`: the map's (as `sprite#n`) and those placed
    by directions (as they were named), in that order."""
    out = [tag for p, tag in tags(people, beat) if matches(prefix, p.name, p.sprite, tag)]
    out += sorted(w for w in placed if matches(prefix, w, character_of(w, people, beat)) and w not in out)
    return out


def leaving_spot(part: m.CastPart) -> str:
    """The spot of `leave: spot` (walk there, then go), or "" for a plain `leave` or none."""
    return part.leave if isinstance(part.leave, str) else ""


def paced(bc: BeatCompiler, part: m.CastPart, where: Where) -> bool:
    """A `pace` goes with somewhere to go (`walk:` or `leave: spot`); False (reported) when it has none."""
    if part.pace and not (part.walk or leaving_spot(part)):
        bc.err(where + ("pace",), "`pace` says how fast someone goes where they walk: it goes with `walk` "
                                  "or `leave: <spot>`")
        return False
    return True


def group_member(bc: BeatCompiler, who: str, prefix: str, part: m.CastPart, where: Where,
                 facts: MapFacts | None) -> ev.Cast | None:
    """`prefix*: {...}` checked: there is a map, somebody on it is of the group, and it is told
    nothing a group cannot do; the event the window plays for each of them."""
    if bc.stage_map is None:
        bc.err(where, f"beat '{bc.beat.beat}' has no map, so there is no group '{who}' on it", key=True)
        return None
    if part.at:
        bc.err(where + ("at",), f"a group ('{who}') is people already on the map: it walks, turns, poses or "
                                "leaves, but does not appear (place its people one by one)")
        return None
    if part.walk and part.leave:
        bc.err(where + ("leave",), "a group that leaves by a spot is written `leave: spot`, not with `walk`")
        return None
    if facts is not None and not members(facts.people, bc.on_stage, bc.beat.beat, prefix):
        bc.err(where, f"no one on map levels/{bc.stage_map}.tmx in this beat has a name or sprite beginning "
                      f"'{prefix}' (a group '{who}' is everyone who does)", key=True)
        return None
    if not paced(bc, part, where):
        return None
    spot = part.walk or leaving_spot(part)
    return ev.Cast(who, spot or "", bool(spot), part.face or "", part.pose or "", bool(part.leave), part.look or "",
                   part.pace or "")

"""The props of a stage direction compiled: each prop is one of the catalogue (`story/props.yaml`),
or `name#n`, one more of it; where it lies is an object of the beat's map by then (or, for a wreck,
the big tile it wrecks: `over` in the catalogue); whoever holds it
is someone on the map by then, named as a cast member is. Each becomes an `events.Prop` carrying
what the window needs of the catalogue (its picture and how it is held). One sent flying (`fly`)
goes from where it lies, or from `at`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import events as ev
from .. import stagewords as sw
from ..props import PropPart

if TYPE_CHECKING:  # the compiler hands itself in; only its type is needed here
    from .beat import BeatCompiler

Where = tuple[Any, ...]


@dataclass(frozen=True)
class Checks:
    """The checks of spots and people a cast member gets (`stage.py`, which hands them in)."""

    map_facts: Callable[..., Any]
    spot: Callable[..., None]
    known: Callable[..., bool]
    off_map: Callable[..., bool]


def stage_props(bc: BeatCompiler, parts: dict[str, PropPart] | None, path: Where,
                checks: Checks) -> tuple[ev.Prop, ...]:
    """The checked props of a direction written at `path` (those in error are left out)."""
    out = []
    for name, part in (parts or {}).items():
        prop = _prop(bc, name, part, path + ("props", written_key(bc, path, "props", name)), checks)
        if prop is not None:
            out.append(prop)
    return tuple(out)


def written_key(bc: BeatCompiler, path: Where, part: str, name: str) -> Any:
    """The key `name` as written under `part` ("cast", "props") of the direction at `path` (a number
    such as 7723 is read as one), so errors point at it."""
    node = bc.f.root
    for step in (*path, part):
        node = node.get(step) if isinstance(node, dict) else node[step] if isinstance(node, list) else None
    if isinstance(node, dict):
        return next((k for k in node if str(k) == name), name)
    return name


def _prop(bc: BeatCompiler, name: str, part: PropPart, where: Where, st: Checks) -> ev.Prop | None:
    catalogue = bc.ctx.catalogue
    nth = sw.nth_parts(name)
    kind = nth[0] if nth else name
    if catalogue is None or kind not in catalogue.props:
        known = ", ".join(sorted(catalogue.props)) if catalogue is not None and catalogue.props else "none yet"
        shown = catalogue.shown if catalogue is not None else "story/props.yaml"
        bc.err(where, f"no prop '{kind}' (props are listed in {shown}: {known})", key=True)
        return None
    said = [k for k, v in (("at", part.at), ("with", part.with_), ("down", part.down), ("leave", part.leave)) if v]
    if len(said) > 1:
        bc.err(where + (said[1],), f"a prop lies somewhere (at), is held (with), is laid down (down) or "
                                   f"leaves (leave): one of them, not {' and '.join(said)}")
        return None
    if part.fly and (part.with_ or part.down or part.leave):
        bc.err(where + ("fly",), "a prop sent flying goes from where it lies (or from `at`), not held, laid "
                                 "down or gone")
        return None
    if not said and not part.fly:
        bc.err(where, "say what the prop does: at a spot, with someone, down, leave or fly", key=True)
        return None
    facts = st.map_facts(bc)
    if part.at and part.at != catalogue.props[kind].over:  # a wreck lies over the tiles it wrecks
        st.spot(bc, facts, part.at, where + ("at",))
    holder = part.with_ or ""
    if holder:
        if bc.stage_map is None:
            bc.err(where + ("with",), f"beat '{bc.beat.beat}' has no map, so nobody is there to hold '{name}'")
            return None
        if not st.known(bc, holder, facts, where + ("with",), "to hold it", key=False):
            return None
        if st.off_map(bc, holder, facts):
            bc.err(where + ("with",), f"{holder} is not on the map here to hold '{name}' (place them with "
                                      "`at:` first, or stand an npc of that sprite on the map)")
    if part.carry and not holder:
        bc.err(where + ("carry",), "`carry` says how someone holds the prop: it goes with `with`")
    carry = part.carry or catalogue.props[kind].carry
    return ev.Prop(name, catalogue.art(kind), carry, part.at or "", holder, part.down, part.leave,
                   catalogue.props[kind].on_top, part.fly or "")

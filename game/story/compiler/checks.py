"""The fourth pass: checks over the whole story, once every beat is compiled.

Only here is it known which flags some beat sets, which counters some beat changes and which
memories some beat makes, so only here can a flag that is asked about but never set be reported.
"""

from __future__ import annotations

from .. import model as m
from ..story import MemoryInfo
from .context import Context, SourceFile


def check_story_refs(ctx: Context, game: m.GameFile, gf: SourceFile) -> None:
    """The game's start beat and the endings' rewinds and returns name beats and nodes that exist."""
    if game.start not in ctx.beat_nodes:
        ctx.error(gf, ("start",), f"no beat '{game.start}'")
    for eid, e in game.endings.items():
        for key, where in (("rewind", e.rewind), ("returns_to", e.returns_to)):
            if where is None:
                continue
            bname, _, nname = where.partition(".")
            if nname not in ctx.beat_nodes.get(bname, set()):
                ctx.error(gf, ("endings", eid, key), f"no node '{where}' (write beat.node)")


def check_declared_use(ctx: Context, gf: SourceFile, mf: SourceFile, memories: dict[str, MemoryInfo]) -> None:
    """Every flag, counter and memory the files declare is used the way its declaration promises."""
    scope = ctx.scope
    for flag in sorted(ctx.refs.flags - ctx.flags_set):
        ctx.error(gf, ("flags", flag), f"flag '{flag}' is asked about but never set", key=True)
    for flag in sorted(scope.flags - ctx.refs.flags - ctx.flags_set):
        ctx.warn(gf, ("flags", flag), f"flag '{flag}' is never set or asked about")
    for counter in sorted(ctx.refs.counters - ctx.counters_changed):
        ctx.warn(gf, ("counters", counter), f"counter '{counter}' is asked about but never changed")
    for mid, mem in memories.items():
        where = ctx.remembered.get(mid)
        if not where:
            ctx.warn(mf, (mid,), f"memory '{mid}' is never remembered (no `remember: {mid}` in any beat)")
        elif mem.beat not in where:
            made = ", ".join(sorted(set(where)))
            ctx.warn(mf, (mid, "beat"), f"memory '{mid}' is made in {made}, not in '{mem.beat}'")

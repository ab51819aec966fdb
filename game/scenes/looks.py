"""How someone looks for a while: Mai's black eye, from the ball on the bad day until it heals.

A direction's `look:` dresses a person on the map in the sheet drawn for it (`<sprite>_<look>` in
sprites.json, `tools/world/sprites_looks.py`), and `plain` takes them back to their own. Their lines
show it too: a speaker on the map who has a look is drawn with its portraits (`portraits/<id>_<look>_
<face>.png`) where there are some. A sprite with no sheet for the look keeps its own (with a warning).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from game.engine.assets import AssetError
from game.story import events as ev

from .poses import load_posed

if TYPE_CHECKING:
    from game.engine.assets import Assets

    from .direction import Direction
    from .place import Walker

PLAIN = "plain"


def sheet_name(who: str, look: str) -> str:
    return who if look in ("", PLAIN) else f"{who}_{look}"


def dress(assets: Assets, w: Walker, look: str, warn: Callable[[str], None] = lambda what: None) -> None:
    """`w` drawn as `look` has them from now on (`plain`: as their own sprite is)."""
    look = "" if look == PLAIN else look
    if look == w.look:
        return
    name = sheet_name(w.who, look)
    try:
        known = assets.json("sprites/sprites.json")
    except AssetError:
        known = {}
    if not isinstance(known, dict) or name not in known:
        warn(f"{w.who} has no sheet for the look {look!r} (assets/sprites/{name}.png): drawn as they are")
        return
    w.sheet, w.look = load_posed(assets, name), look
    w.refresh()


def portrait_of(assets: Assets, direction: Direction, line: ev.Line) -> ev.Line:
    """`line` with its speaker's portraits as they look now, on the map (the line itself when they have
    no look, are not there, or their look has no portraits)."""
    w = direction.find(line.speaker) if line.speaker else None
    if w is None or not w.look:
        return line
    name = f"{line.portrait or line.speaker}_{w.look}"
    try:
        assets.image(f"portraits/{name}_neutral.png")
    except AssetError:
        return line
    return replace(line, portrait=name)

"""Which stage directions of a beat are behind a point of it, and the map they leave the scene on.

A window that builds a beat's stage afresh in the middle of it (a game resumed from a save, a rewind)
has not seen the directions played so far. It asks here for them (`behind`): the beat's own first,
then those the story played, in the order it played them (`GameState.played`), so a branch not taken
leaves nobody where it would have put them. The last `map:` among them says where the scene is, and
the directions from it on say who is there and how it looks.

A state that does not know what it played (a save from before that was kept, or one whose story
changed under it) gets the beat's directions in source order up to where the story stands
(`passed`), which is the order the compiler checks them in.
"""

from __future__ import annotations

from .events import Stage
from .story import Beat, StageI

Played = tuple[tuple[str, int], ...]  # places (node, pc) of stage directions, as `GameState.played` holds them


def passed(beat: Beat, node: str, pc: int) -> list[Stage]:
    """The beat's directions before instruction `pc` of `node`, in source order."""
    out = [beat.stage] if beat.stage is not None else []
    for name, n in beat.nodes.items():
        code = n.code if name != node else n.code[:pc]
        out += [i.stage for i in code if isinstance(i, StageI)]
        if name == node:
            break
    return out


def behind(beat: Beat, node: str, pc: int, played: Played | None) -> list[Stage]:
    """The beat's directions behind instruction `pc` of `node`: its own, then those `played`, in
    that order; in source order when `played` is unknown or does not fit the beat."""
    if played is None or not fits(beat, played):
        return passed(beat, node, pc)
    out = [beat.stage] if beat.stage is not None else []
    return out + [_stage_at(beat, n, p) for n, p in played]


def fits(beat: Beat, played: Played | None) -> bool:
    """Whether every place in `played` is a stage direction of `beat` (a save could say anything)."""
    if played is None:
        return True
    for n, p in played:
        node = beat.nodes.get(n)
        if node is None or not 0 <= p < len(node.code) or not isinstance(node.code[p], StageI):
            return False
    return True


def _stage_at(beat: Beat, node: str, pc: int) -> Stage:
    ins = beat.nodes[node].code[pc]
    assert isinstance(ins, StageI)
    return ins.stage


def in_force(directions: list[Stage]) -> tuple[str, list[Stage]]:
    """The map the last `map:` of `directions` moved the scene to ("" for none), and the directions
    from that one on (all of them when none moved it)."""
    last = max((i for i, s in enumerate(directions) if s.map), default=None)
    if last is None:
        return "", directions
    return directions[last].map, directions[last:]

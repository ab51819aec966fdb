"""Which places to look move the story on: a spot whose node never comes back to the place it was
chosen from (every way through it ends in a new beat, an ending, or another place to look).

A player choosing among places expects to come back to the rest; the one that leads on ends the
scene, and the places not yet seen are gone. Front ends mark it, so that the choice is made knowing
that. The test is static and careful: a spot is marked only if no way through its steps (either
side of every condition, every option, every outcome of a set-piece) reaches the end of a node, which
is what returns to the place. A spot that may come back on some roads is not marked.
"""

from __future__ import annotations

from dataclasses import replace

from ..graph import reachable_pcs
from ..story import ActionI, EndI, ExploreI, GotoI, Node


def mark_onward(nodes: dict[str, Node]) -> dict[str, Node]:
    """The beat's nodes, with each spot's `onward` set where its node never returns."""
    returns: dict[str, bool] = {}
    out = {}
    for name, node in nodes.items():
        if not any(isinstance(ins, ExploreI) for ins in node.code):
            out[name] = node
            continue
        code = tuple(_marked(ins, nodes, returns) if isinstance(ins, ExploreI) else ins for ins in node.code)
        out[name] = replace(node, code=code)
    return out


def _marked(ins: ExploreI, nodes: dict[str, Node], returns: dict[str, bool]) -> ExploreI:
    spots = tuple(replace(sp, onward=not _comes_back(sp.node, nodes, returns)) for sp in ins.spots)
    return replace(ins, spots=spots)


def _comes_back(start: str, nodes: dict[str, Node], memo: dict[str, bool]) -> bool:
    """Whether some way through `start` (and the nodes it goes on to in this beat) ends a node,
    which returns to the place the spot was chosen from."""
    if start in memo:
        return memo[start]
    seen: set[str] = set()
    todo = [start]
    found = False
    while todo and not found:
        name = todo.pop()
        node = nodes.get(name)
        if name in seen or node is None:
            continue
        seen.add(name)
        for pc in reachable_pcs(node):
            ins = node.code[pc]
            if isinstance(ins, EndI):
                found = True
                break
            if isinstance(ins, GotoI):
                todo.append(ins.node)
            elif isinstance(ins, ActionI):
                todo += [t for t in (ins.win, ins.lose, ins.tense) if t]
    memo[start] = found
    return found



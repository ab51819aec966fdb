"""The limits the story's texture is held to: each check returns what breaks it, saying where.

Each takes a loaded story (`texture.load`) and returns a list of problems, one a line, each naming
the beat file and the node or `file:line` to change; an empty list means the story keeps the limit.
"""

from __future__ import annotations

from collections.abc import Iterable

from texture import (
    Graph,
    Loaded,
    Reads,
    V,
    beats_from,
    changes_scene,
    graph,
    guarded_lines,
    heaviest,
    is_decision,
    named_on,
    reachable,
    retold,
    where_of,
)

from game.story.story import ChoiceI, ExploreI, LineI, RetellI

BLEEP = "[BLEEP]"
MAX_BLEEPS = 20  # on any path through the whole game
MAX_PLACES = 4  # places one "Where to?" list offers at once
MAX_RUN = 20  # lines in a row with no decision and no change of scene
MIN_TEMPER_LINES = 15  # lines from Payback on that only a temper lets in
TEMPER, TEMPER_FROM = "temper", "payback"
MIN_MEMORY_PASSAGES = 6  # lines of the reboot and the epilogues that only a kept (or lost) memory lets in
KEPT_FIRST_FACE = "kept_first_face"
QBOT = "qbot"
MAX_QBOT_BEATS = 4  # beats where the anonymous "Q-Bot" speaks


def _graphs(loaded: Loaded) -> list[Graph]:
    return [graph(b, loaded.story.endings) for b in loaded.story.beats.values()]


# --- bleeps -----------------------------------------------------------------------------------


def _bleeps(loaded: Loaded, g: Graph, v: V) -> int:
    story, ins = loaded.story, g.ins(v)
    if isinstance(ins, LineI):
        return story.strings[ins.id].count(BLEEP)
    if isinstance(ins, ChoiceI):
        return sum(story.strings[o.id].count(BLEEP) for o in ins.options)
    if isinstance(ins, ExploreI):
        return sum(story.strings[sp.id].count(BLEEP) for sp in ins.spots)
    if isinstance(ins, RetellI):
        return sum(m.told.count(BLEEP) for m in story.memories.values())
    return 0


def bleeps(loaded: Loaded) -> tuple[int, list[str]]:
    """An upper bound on the bleeps of any path through the game, and where they are.

    Each beat adds the most bleeps on a path through its node graph (a line under a condition
    counted as shown, a loop counted whole, a retelling as telling every memory), then the notes
    of every memory that can be deleted (each goes once) and the texts of all the endings."""
    story = loaded.story
    total, where = 0, []
    for g in _graphs(loaded):
        h = heaviest(g, lambda v, g=g: _bleeps(loaded, g, v), [g.start])[g.start]
        if h.weight:
            total += h.weight
            lines = [f"{where_of(loaded, g.ins(v).id) if isinstance(g.ins(v), LineI) else g.where(v)}"
                     f" ({_bleeps(loaded, g, v)})" for v in h.path]
            where.append(f"{g.beat.file}: up to {h.weight}: " + ", ".join(lines))
    for m in story.memories.values():
        if m.gone.count(BLEEP):
            total += m.gone.count(BLEEP)
            where.append(f"memories.yaml, {m.id}: gone: ({m.gone.count(BLEEP)})")
        if m.told.count(BLEEP):
            where.append(f"memories.yaml, {m.id}: told: ({m.told.count(BLEEP)}, in each retelling)")
    for e in story.endings.values():
        if e.text.count(BLEEP):
            total += e.text.count(BLEEP)
            where.append(f"game.yaml, endings: {e.id} ({e.text.count(BLEEP)})")
    return total, where


# --- hubs -------------------------------------------------------------------------------------


def hubs(loaded: Loaded) -> tuple[list[str], list[str]]:
    """(places lists offering more than `MAX_PLACES` places, beats without one).

    A place under a condition counts as offered: the bound is on what the list can ever hold."""
    over, hubless = [], []
    for g in _graphs(loaded):
        found = False
        for v in sorted(reachable(g)):
            ins = g.ins(v)
            if isinstance(ins, ExploreI):
                found = True
                if len(ins.spots) > MAX_PLACES:
                    names = ", ".join(loaded.story.strings[sp.id] for sp in ins.spots)
                    over.append(f"{where_of(loaded, ins.spots[0].id)} ({g.where(v)}): {len(ins.spots)} places "
                                f"({names}); at most {MAX_PLACES}")
        if not found:
            hubless.append(g.beat.id)
    return over, hubless


# --- long runs --------------------------------------------------------------------------------


def runs(loaded: Loaded) -> list[str]:
    """Runs of more than `MAX_RUN` lines with no decision and no change of scene between them.

    A run starts at a beat's start or right after a decision, and stops at a decision, a stage
    direction that moves to another map, an ending, or the beat's end; a line under a condition counts as shown,
    a retelling as every memory it can tell. (The notes a deletion shows answer the review itself.)"""
    return [p for g in _graphs(loaded) for p in _runs_in(loaded, g)]


def _runs_in(loaded: Loaded, g: Graph) -> list[str]:
    def stop(v: V) -> bool:
        return is_decision(g.ins(v)) or changes_scene(g.ins(v))

    def weight(v: V) -> int:
        ins = g.ins(v)
        return 1 if isinstance(ins, LineI) else retold(loaded.story) if isinstance(ins, RetellI) else 0

    live = reachable(g)
    starts = {w for v in live if stop(v) for w, _ in g.succ[v]} | {g.start}
    starts = {s for s in starts if not stop(s)}
    worst: dict[V, tuple[int, V, V]] = {}  # the run's last line: the longest run ending there
    for s, h in sorted(heaviest(g, weight, starts, stop).items()):
        if h.weight > MAX_RUN and h.weight > worst.get(h.path[-1], (0,))[0]:
            worst[h.path[-1]] = (h.weight, s, h.path[0])
    return [f"{g.beat.file}: {n} lines without a decision or a change of scene, from "
            f"{_at(loaded, g, first)} (node '{s[0]}') to {_at(loaded, g, last)} (node '{last[0]}'); "
            f"at most {MAX_RUN}: add a choice, or move the scene"
            for last, (n, s, first) in sorted(worst.items())]


def _at(loaded: Loaded, g: Graph, v: V) -> str:
    ins = g.ins(v)
    return where_of(loaded, ins.id) if isinstance(ins, LineI) else g.where(v)


# --- lines only a condition lets in -------------------------------------------------------------


def temper_lines(loaded: Loaded) -> tuple[dict[str, set[str]], list[str]]:
    """Beat -> ids of the lines from `TEMPER_FROM` on that exist only under a condition reading the
    temper counter; and the problems (the counter or the beat missing)."""
    story = loaded.story
    problems = [f"game.yaml: no counter '{TEMPER}'"] * (TEMPER not in story.counters)
    problems += [f"no beat '{TEMPER_FROM}'"] * (TEMPER_FROM not in story.beats)
    reads = Reads(story)
    found = {b.id: guarded_lines(graph(b, story.endings), reads, lambda r: TEMPER in r.counters)
             for b in beats_from(story, TEMPER_FROM)}
    return found, problems


def memory_lines(loaded: Loaded) -> tuple[dict[str, set[str]], list[str]]:
    """Beat -> ids of the lines of the reboot beat (the first with a `reboot:` step) and of every beat
    after it (the epilogues) that exist only under a condition reading a memory (`remembers`,
    `deleted`) or the `kept_first_face` flag."""
    story = loaded.story
    first = next((b.id for b in story.beats.values() for n in b.nodes.values() for i in n.code
                  if type(i).__name__ == "RebootI"), None)
    if first is None:
        return {}, ["no beat holds a `reboot:` step"]
    reads = Reads(story)
    found = {b.id: guarded_lines(graph(b, story.endings), reads, lambda r: bool(r.memories) or KEPT_FIRST_FACE in r.flags)
             for b in beats_from(story, first)}
    return found, []


def shortfall(loaded: Loaded, found: dict[str, set[str]], want: int, what: str) -> list[str]:
    """What to say when fewer than `want` lines were found: each beat with its count and file."""
    n = len(set().union(*found.values())) if found else 0
    if n >= want:
        return []
    beats = loaded.story.beats
    return [f"{n} {what}; at least {want}. By beat:"] + [
        f"  {beats[b].file}: {len(ids)}" + (f" ({', '.join(sorted_where(loaded, ids))})" if ids else "")
        for b, ids in found.items()]


def sorted_where(loaded: Loaded, ids: Iterable[str]) -> list[str]:
    """`file:line` of each id, in the order of the files and their lines."""
    def key(w: str) -> tuple[str, int]:
        file, _, line = w.rpartition(":")
        return (file, int(line)) if line.isdigit() else (w, 0)

    return sorted((where_of(loaded, i) for i in ids), key=key)


# --- named robots -----------------------------------------------------------------------------


def qbot_lines(loaded: Loaded) -> dict[str, list[str]]:
    """Beat -> ids of the lines the anonymous Q-Bot speaks there, in reachable code."""
    out: dict[str, list[str]] = {}
    for g in _graphs(loaded):
        ids = sorted(g.ins(v).id for v in reachable(g)
                     if isinstance(g.ins(v), LineI) and g.ins(v).speaker == QBOT)
        if ids:
            out[g.beat.id] = ids
    return out


def named_robots(loaded: Loaded) -> list[str]:
    """Where the story lets "Q-Bot" stand for a robot it should name.

    A robot drawn as a Q-Bot (`looks_like: qbot`) has a name of its own; the Q-Bot speaks in at most
    `MAX_QBOT_BEATS` beats; the same Q-Bot line in two beats is one robot coming back (name it);
    and the Q-Bot never gives itself a name the story uses for a character."""
    story, out = loaded.story, []
    if QBOT not in story.characters:
        return out
    names = {c.name for c in story.characters.values()}
    for c in story.characters.values():
        if c.looks_like == QBOT and (c.name == story.characters[QBOT].name
                                     or sum(d.name == c.name for d in story.characters.values()) > 1):
            out.append(f"characters.yaml, {c.id}: a robot drawn as a Q-Bot needs a name of its own (not '{c.name}')")
    spoken = qbot_lines(loaded)
    if len(spoken) > MAX_QBOT_BEATS:
        out.append(f"the Q-Bot speaks in {len(spoken)} beats; at most {MAX_QBOT_BEATS}: give the robots that "
                   "matter a character of their own (looks_like: qbot)")
        out += [f"  {story.beats[b].file}: " + ", ".join(sorted_where(loaded, ids)) for b, ids in spoken.items()]
    seen: dict[str, str] = {}
    for b, ids in spoken.items():
        for i in ids:
            text = " ".join(story.strings[i].split())
            if text in seen and seen[text] != b:
                out.append(f"{where_of(loaded, i)}: the Q-Bot says the same as in '{seen[text]}' "
                           f"(\"{text[:50]}\"): the same robot again, so name it")
            seen.setdefault(text, b)
            for n in named_on(text, names - {story.characters[QBOT].name}):
                out.append(f"{where_of(loaded, i)}: the Q-Bot calls itself '{n}': give it that character")
    return out

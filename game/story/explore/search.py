"""Exhaustive exploration: every state the story can reach, merged when equal.

From each decision point we try every answer a player could give, run on through lines and beat
starts (which have one answer), and keep the new decision point if no equal state was seen before.
Equal states have equal futures, so merging them keeps the search small without losing anything.
"Equal" means equal in what the rest of the story can still observe (`Story.live`): flags, counters
and memories no later condition reads are left out, and a counter that can no longer change and is
only compared with numbers counts as the answers to those comparisons (talks 2 and 3 are one state
when all that is left to ask is `talks >= 1`).

At a review we try every way of deleting exactly what must go; on a night with room to spare, also
every single optional deletion (practising on a memory, say). `thorough` also tries one deletion
more than needed on forced nights, which multiplies the states for little news. The reboot's order
changes nothing that follows, so one order stands for all.
"""

from __future__ import annotations

import copy
import itertools
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import events as ev
from .expr import COMPARE
from .runtime import Runtime, RuntimeError_, WrongAnswer
from .state import GameState
from .story import ChoiceI, ExploreI, Live, Story

COUNTER_BOUND = 99  # beyond this a counter is taken to grow without end (a loop adds to it)
Answer = tuple[str, Any]  # ("choose", index) ("delete", ids) ("action", "win"|"lose"|"tense") ("reboot", None)


@dataclass
class Report:
    beats: list[dict[str, Any]]
    endings: dict[str, dict[str, Any]]
    dead_ends: list[dict[str, Any]]
    unreachable_nodes: list[str]
    never_enabled_choices: list[dict[str, str]]
    states: int
    memories: dict[str, Any]
    seconds: float
    complete: bool = True
    game_overs: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return (
            self.complete
            and all(e["reachable"] for e in self.endings.values())
            and not self.dead_ends
            and not self.unreachable_nodes
            and not self.never_enabled_choices
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "complete": self.complete,
            "beats": self.beats,
            "endings": [{"id": k, **v} for k, v in self.endings.items()],
            "dead_ends": self.dead_ends,
            "unreachable_nodes": self.unreachable_nodes,
            "never_enabled_choices": self.never_enabled_choices,
            "states": self.states,
            "memories": self.memories,
            "game_overs": self.game_overs,
            "seconds": round(self.seconds, 3),
        }


def describe(answer: Answer, event: ev.Event) -> str:
    kind, value = answer
    if kind == "choose" and isinstance(event, ev.Choice):
        return f"choose “{event.options[value].text}”"
    if kind == "delete":
        return "delete " + (", ".join(value) if value else "nothing")
    if kind == "action":
        return {"win": "win the set-piece", "lose": "lose the set-piece", "tense": "play it as tense choices"}[value]
    return "reboot"


def answers(event: ev.Event, thorough: bool = False, live: frozenset[str] | None = None) -> list[Answer]:
    """Every decision a player could take at `event` (one for events that only continue).

    With `live` (the memories later beats still ask about), deletions that differ only in which of
    several equally heavy, never-again-asked-about memories they take are tried once."""
    if isinstance(event, ev.Choice):
        return [("choose", o.index) for o in event.options]
    if isinstance(event, ev.Review):
        cards = event.held + event.pending
        pool = [c.id for c in cards]
        cls = {c.id: (c.id if live is None or c.id in live else f"#{c.weight}") for c in cards}
        out: list[Answer] = []
        sizes = (event.must_free, event.must_free + 1) if thorough or not event.must_free else (event.must_free,)
        for k in sizes:
            if k <= len(pool):
                seen: set[tuple] = set()
                for combo in itertools.combinations(pool, k):
                    sig = tuple(sorted([cls[m] for m in combo]))
                    if sig not in seen:
                        seen.add(sig)
                        out.append(("delete", combo))
        return out
    if isinstance(event, ev.Action):
        return [("action", "win"), ("action", "lose")] + ([("action", "tense")] if event.has_tense else [])
    if isinstance(event, ev.Reboot):
        return [("reboot", None)]
    return [("advance", None)]


def apply(rt: Runtime, answer: Answer) -> None:
    kind, value = answer
    if kind == "choose":
        rt.choose(value)
    elif kind == "delete":
        rt.review(delete=value)
    elif kind == "action":
        rt.action(tense=True) if value == "tense" else rt.action(won=value == "win")
    elif kind == "reboot":
        rt.reboot()
    else:
        rt.advance()


def _classify(value: int, tests: tuple[tuple[str, int], ...]) -> tuple[bool, ...]:
    """A counter that can no longer change, as the answers to every comparison still to be made."""
    return tuple(COMPARE[op](value, k) for op, k in tests)


def _flavour(story: Story, state: GameState) -> bool:
    """The choice the state waits at only changes what is said: any option leads to the same place."""
    ins = story.beats[state.beat].nodes[state.node].code[state.pc]
    return isinstance(ins, ChoiceI) and ins.flavour


def _words_for(story: Story, path: list[Answer]) -> list[str]:
    rt = Runtime(story, seed=0)
    out: list[str] = []

    def run_on() -> None:
        """Through lines, and through choices where any option will do (saying which was taken)."""
        talked: set[tuple] = set()
        for _ in range(100_000):
            e = rt.event
            if isinstance(e, (ev.BeatStart, ev.Line)):
                rt.advance()
            elif isinstance(e, ev.Choice) and e.kind == "choice" and _flavour(story, rt.state):
                if rt.state.key() in talked:
                    out.append("…and round again, for ever")
                    return
                talked.add(rt.state.key())
                out.append(f"choose “{e.options[0].text}” (any will do)")
                rt.choose(0)
            else:
                return

    for answer in path:
        run_on()
        out.append(describe(answer, rt.event))
        try:
            apply(rt, answer)
        except (WrongAnswer, RuntimeError_):
            return out
    try:
        run_on()
    except RuntimeError_:
        pass
    return out


def _is_decision(e: ev.Event) -> bool:
    return isinstance(e, (ev.Choice, ev.Review, ev.Action, ev.Reboot, ev.Ending))


def explore(story: Story, max_states: int = 3_000_000, progress: Callable[[int, int], None] | None = None,
            thorough: bool = False, exact: bool = False) -> Report:
    """Search every state the story can reach. `exact` compares whole states and tries every option
    (no merging by what the future can observe): slow, and the reference the merging is tested on."""
    if exact:
        everything = Live(frozenset(story.flags), frozenset(story.counters), frozenset(story.memories),
                          frozenset(f"{b.id}.{n}" for b in story.beats.values() for n in b.nodes))
        story = copy.copy(story)
        story.live = dict.fromkeys(story.live, everything)
    t0 = time.perf_counter()
    rewind_beats = {e.rewind.partition(".")[0] for e in story.endings.values() if e.rewind}
    reached_nodes: set[tuple[str, str]] = set()
    offered: set[str] = set()
    held_ever: set[str] = set()
    offered_memories: set[str] = set()
    dead: dict[str, dict[str, Any]] = {}
    endings: dict[str, dict[str, Any]] = {
        k: {"title": e.title, "reachable": False, "path": None} for k, e in story.endings.items()
    }
    parents: dict[int, tuple[int, str] | None] = {}
    game_overs = 0

    weight = {m: info.weight for m, info in story.memories.items()}

    core_cache: dict[tuple, tuple] = {}

    def project(s: GameState | dict, beat: str) -> tuple:
        """The part of the logic state a future can observe from `beat` on (see Live)."""
        live = story.live[beat]
        if isinstance(s, dict):
            flags, counters, visited = set(s["flags"]), s["counters"], set(s["visited"])
            held, pending, gaps, weapons = (s["core"][k] for k in ("held", "pending", "gaps", "weapons"))
        else:
            flags, counters, visited = s.flags, s.counters, s.visited
            held, pending, gaps, weapons = s.core.held, s.core.pending, s.core.gaps, s.core.weapons
        tests = live.counter_tests
        return (
            frozenset(flags & live.flags),
            tuple(sorted((c, v if c not in tests else _classify(v, tests[c]))
                         for c, v in counters.items() if c in live.counters)),
            frozenset(visited & live.visited),
            project_core(beat, held, pending, gaps, weapons),
        )

    def project_core(beat: str, held, pending, gaps, weapons: bool) -> tuple:
        ck = (beat, tuple(held), tuple(pending), tuple(gaps), weapons)
        core = core_cache.get(ck)
        if core is None:
            if len(core_cache) > 5_000:  # a cache, not a record: keep memory flat
                core_cache.clear()
            mems = story.live[beat].memories
            core = core_cache[ck] = (
                frozenset(m for m in held if m in mems),
                # memories nothing will ask about again are interchangeable but for their weight
                tuple(sorted(weight[m] for m in held if m not in mems)),
                frozenset(pending),  # still to be reviewed: by name, so the report can say which arrive
                frozenset(m for m in gaps if m in mems),
                weapons,
            )
        return core

    def key_of(s: GameState, core: tuple | None = None, rest: tuple | None = None) -> int:
        """`core` replaces the state's own core projection (a review's outcome, before it is applied);
        `rest` is the state's projection when the caller already has it."""
        proj = rest if rest is not None else project(s, s.beat)
        if core is not None:
            proj = proj[:3] + (core,)
        k = (s.beat, s.node, s.pc if core is None else s.pc + 1, s.sub, tuple(s.stack), s.phase, proj)
        if s.beat in rewind_beats and s.entry is not None:
            k += (project(s.entry, s.beat),)
        return hash(k)

    def review_outcome(state: GameState, event: ev.Review, delete: tuple[str, ...]) -> tuple:
        """The core projection after deleting `delete` at this review, computed without running it."""
        gone = set(delete)
        held = [m for m in state.core.held if m not in gone] + [m for m in state.core.pending if m not in gone]
        return project_core(state.beat, held, (), state.core.gaps + list(delete), event.weapons_slots > 0)

    def path_to(h: int, last: Answer | None = None) -> list[str]:
        """The decisions that lead to state `h` (then `last`), in words. Only answers are stored
        per state, to keep memory small; the words come from playing the path again."""
        answers_: list[Answer] = [last] if last else []
        while True:
            p = parents.get(h)
            if p is None:
                break
            h, answer = p
            answers_.append(answer)
        return _words_for(story, answers_[::-1])

    def run_on(rt: Runtime) -> None:
        """Continue to the next decision, noting what is offered on the way."""
        talked: set[tuple] = set()  # states met at words-only choices in this stretch
        while True:
            e = rt.event
            held_ever.update(rt.state.core.held)
            if isinstance(e, ev.Review):
                offered_memories.update(c.id for c in e.pending)
            elif isinstance(e, ev.Choice):
                offered.update(o.id for o in e.options)
                if not exact and e.kind == "choice" and _flavour(story, rt.state):
                    here = rt.state.key()
                    if here in talked or len(talked) > 100_000:
                        raise RuntimeError_(f"{rt.state.beat}.{rt.state.node}: the story goes round and round "
                                            "choices that only change what is said, and never moves on")
                    talked.add(here)
                    rt.choose(0)  # every option only changes what is said: not a decision to keep
                    rt.refresh()
                    continue
            if _is_decision(e) or rt.finished:
                return
            rt.advance()
            rt.refresh()


    rt = Runtime(story, seed=0)
    rt.fast = True
    rt.lazy = True
    rt.on_enter = lambda beat, node: reached_nodes.add((beat, node))
    reached_nodes.add((rt.state.beat, rt.state.node))
    frontier: deque[tuple[int, GameState, ev.Event]] = deque()
    seen_pre: set[int] = set()
    try:
        rt.advance()  # the first beat's start
        rt.refresh()
        run_on(rt)
    except RuntimeError_ as exc:
        dead[str(exc)] = {"where": str(exc).split(":")[0], "message": str(exc), "path": []}
        return _report(story, endings, dead, reached_nodes, offered, held_ever, offered_memories, 0, t0, True, 0)
    h0 = key_of(rt.state)
    parents[h0] = None
    frontier.append((h0, rt.state, rt.event))
    complete = True
    while frontier:
        h, state, event = frontier.popleft()
        if isinstance(event, ev.Ending):
            info = endings[event.id]
            if not info["reachable"]:
                info.update(reachable=True, path=path_to(h))
            if event.rewind is None:
                continue
        if isinstance(event, ev.Review) and event.must_free:
            game_overs += 1
        todo = answers(event, thorough, story.live[state.beat].memories)
        if isinstance(event, ev.Choice) and event.kind == "choice" and len(todo) > 1:
            ins = story.beats[state.beat].nodes[state.node].code[state.pc]
            if isinstance(ins, ChoiceI) and ins.flavour and not exact:
                todo = todo[:1]  # the options differ only in what is said; every one was offered
        rest = project(state, state.beat) if isinstance(event, ev.Review) else None
        for answer in todo:
            if answer[0] == "delete":
                # reviews offer many deletions that end in the same place: check before copying
                pre = key_of(state, review_outcome(state, event, answer[1]), rest)
                held_ever.update(m for m in state.core.held + state.core.pending if m not in answer[1])
                if pre in seen_pre:
                    continue
            rt.state = state.copy()
            rt._event = event
            try:
                apply(rt, answer)
                # most answers lead somewhere already seen: compare before running on
                pre = key_of(rt.state)
                if pre in seen_pre:
                    continue
                seen_pre.add(pre)
                rt.refresh()
                run_on(rt)
            except WrongAnswer:
                continue  # e.g. a deletion that still does not fit: not a real option
            except RuntimeError_ as exc:
                msg = str(exc)
                if msg not in dead:
                    dead[msg] = {"where": msg.split(":")[0], "message": msg,
                                 "path": path_to(h, answer)}
                continue
            child = rt.state
            ck = key_of(child)
            if ck in parents:
                continue
            runaway = [(c, v) for c, v in child.counters.items() if abs(v) > COUNTER_BOUND]
            if runaway:
                c, v = runaway[0]
                msg = f"{child.beat}.{child.node}: counter '{c}' grows without bound (reached {v}); a repeatable step changes it"
                if msg not in dead:
                    dead[msg] = {"where": f"{child.beat}.{child.node}", "message": msg,
                                 "path": path_to(h, answer)}
                continue
            parents[ck] = (h, answer)
            if len(parents) > max_states:
                complete = False
                frontier.clear()
                break
            frontier.append((ck, child, rt.event))
        if progress and len(parents) % 5000 < 8:
            progress(len(parents), len(frontier))
    return _report(story, endings, dead, reached_nodes, offered, held_ever, offered_memories, len(parents), t0,
                   complete, game_overs)


def _report(story, endings, dead, reached_nodes, offered, held_ever, offered_memories, states, t0, complete,
            game_overs) -> Report:
    unreachable = [
        f"{b.id}.{n}" for b in story.beats.values() for n in b.nodes if (b.id, n) not in reached_nodes
    ]
    never: list[dict[str, str]] = []
    for b in story.beats.values():
        for n, node in b.nodes.items():
            if (b.id, n) not in reached_nodes:
                continue
            for ins in node.code:
                items = ins.options if isinstance(ins, ChoiceI) else ins.spots if isinstance(ins, ExploreI) else ()
                for o in items:
                    if o.id not in offered:
                        never.append({"id": o.id, "text": o.text, "where": f"{b.id}.{n}"})
    beats = [{"id": b.id, "title": b.title, "scene": b.scene, "map": b.map,
              "reached": any(bb == b.id for bb, _ in reached_nodes)} for b in story.beats.values()]
    memories = {
        "total": len(story.memories),
        "ever_held": sorted(held_ever),
        "never_held": sorted(set(story.memories) - held_ever),
        "never_offered": sorted(set(story.memories) - offered_memories),
    }
    return Report(beats, endings, list(dead.values()), unreachable, never, states, memories,
                  time.perf_counter() - t0, complete, game_overs)

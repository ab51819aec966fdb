"""What the playthroughs exercise: every node, line, option, spot, condition outcome, review,
set-piece outcome and ending of the story, hit or missed, beat by beat.

A `Coverage` lists everything the compiled story *could* do before anything is played, then
watches runtimes through their `on_step` and `on_enter` hooks and counts what they did, so what
was never done can be named: its beat, its node, and the option's text or the condition as written.

    cov = Coverage(story)
    cov.play_script(script, "ending_let_go")   # a scripted playthrough (playthrough.py)
    cov.play_random(7)                         # a random one, as `playthrough --random` plays seed 7
    cov.percent(), cov.beats(), cov.to_json()
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import answers as an
from . import events as ev
from .interpreter import RuntimeError_, WrongAnswer
from .playthrough import Player, Result, random_answer, run_script
from .runtime import Runtime
from .session import PlaySession
from .story import ActionI, ChoiceI, EndingI, ExploreI, JumpIfNotI, LineI, Node, ReviewI, Story

KINDS = ("node", "line", "option", "spot", "condition", "review", "action", "ending")
MAX_CATCH_UP = 20_000  # events played again before a script's first decision
TEXT_WIDTH = 60  # characters of a line's text kept in its name
NEVER = {
    "node": "never entered", "line": "never shown", "ending": "never reached",
    "true": "never true", "false": "never false", "open": "never open", "closed": "never closed",
    "forced": "never with the core too full (a memory must go)", "free": "never with room to spare",
    "none": "never ended keeping everything", "some": "never ended deleting a memory",
    "win": "never won", "lose": "never lost", "tense": "never played as tense choices",
}


@dataclass
class Item:
    """One thing the story can do, and how often the playthroughs did it."""

    beat: str
    node: str
    kind: str  # one of KINDS
    name: str  # how a designer finds it in the beat's file
    case: str = ""  # which outcome of it: true/false, open/closed, forced/free/none/some, win/lose/tense
    hits: int = 0
    open: int = 0  # options and spots: how often they were on offer (taken is `hits`)

    def why(self) -> str:
        """What never happened, in a few words (for a missed item)."""
        if self.kind in ("option", "spot"):
            return f"on offer {self.open} time{'s' if self.open != 1 else ''}, never taken" if self.open \
                else "never on offer"
        return NEVER.get(self.case) or NEVER[self.kind]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "node": self.node, "name": self.name, "case": self.case,
                               "hits": self.hits, "why": self.why()}
        if self.kind in ("option", "spot"):
            out["open"] = self.open
        return out


@dataclass
class BeatCoverage:
    beat: str
    title: str
    number: int
    items: list[Item]

    @property
    def hits(self) -> int:
        return sum(1 for i in self.items if i.hits)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def missed(self) -> list[Item]:
        return [i for i in self.items if not i.hits]

    def kinds(self) -> dict[str, dict[str, int]]:
        return _by_kind(self.items)

    def to_json(self) -> dict[str, Any]:
        return {"beat": self.beat, "title": self.title, "number": self.number, "hits": self.hits,
                "total": self.total, "percent": _percent(self.hits, self.total), "kinds": self.kinds(),
                "missed": [i.to_json() for i in self.missed]}


class Coverage:
    """Everything the story can do, counted as the runtimes it watches do it."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.items: dict[tuple[Any, ...], Item] = {}  # in story order
        self.runs: list[Result] = []
        self._pc: dict[int, int] = {}  # id(instruction) -> its place in its node
        self._waiting: ev.Event | None = None  # the event the next answer answers
        for beat in story.beats.values():
            for node in beat.nodes.values():
                self._list_node(beat.id, node)

    # --- what the story can do ------------------------------------------------------------------

    def _list_node(self, beat: str, node: Node) -> None:
        self._add(("node", beat, node.name), Item(beat, node.name, "node", f"node “{node.name}”"))
        named: dict[tuple[str, str], int] = {}  # the same condition twice in a node is told apart by number
        for pc, ins in enumerate(node.code):
            self._pc[id(ins)] = pc
            for key, kind, name, case in self._things(beat, node.name, pc, ins):
                n = named[(name, case)] = named.get((name, case), 0) + 1
                self._add(key, Item(beat, node.name, kind, name if n == 1 else f"{name} (#{n} in the node)", case))

    def _add(self, key: tuple[Any, ...], item: Item) -> None:
        self.items.setdefault(key, item)

    def _things(self, beat: str, node: str, pc: int, ins: object) -> Iterator[tuple[tuple[Any, ...], str, str, str]]:
        """(key, kind, name, case) of each thing instruction `ins` can do."""
        strings = self.story.strings
        if isinstance(ins, LineI):
            who = f"{self.story.name_of(ins.speaker)}: " if ins.speaker else ""
            yield ("line", ins.id), "line", f"line {who}“{_short(strings.get(ins.id, ''))}”", ""
        elif isinstance(ins, JumpIfNotI):
            for held in (True, False):
                yield ("if", beat, node, pc, held), "condition", f"if “{_source(ins.cond)}”", str(held).lower()
        elif isinstance(ins, ChoiceI | ExploreI):
            kind = "option" if isinstance(ins, ChoiceI) else "spot"
            for o in ins.options if isinstance(ins, ChoiceI) else ins.spots:
                name = f"{kind} “{_short(strings.get(o.id, o.text))}”"
                yield (kind, o.id), kind, name, ""
                if o.cond is not None:
                    for is_open in (True, False):
                        yield (("open", o.id, is_open), "condition", f"{name} (if “{_source(o.cond)}”)",
                               "open" if is_open else "closed")
        elif isinstance(ins, ReviewI):
            for case in ("forced", "free", "none", "some"):
                yield ("review", ins.id, case), "review", f"review “{_short(strings.get(ins.id, ins.title))}”", case
        elif isinstance(ins, ActionI):
            for outcome in ("win", "lose", "tense") if ins.tense is not None else ("win", "lose"):
                yield ("action", ins.id, outcome), "action", f"set-piece “{_short(strings.get(ins.id, ins.title))}”", \
                    outcome
        elif isinstance(ins, EndingI):
            info = self.story.endings.get(ins.ending)
            yield ("ending", beat, node, pc), "ending", f"ending “{info.title if info else ins.ending}”", ""

    # --- watching -------------------------------------------------------------------------------

    def watch(self, rt: Runtime) -> None:
        """Count what `rt` does from now on (a runtime at a beat's start has entered its node)."""
        rt.on_step = self.step
        rt.on_enter = self.enter
        if rt.state.phase == "beat_start":
            self.enter(rt.state.beat, rt.state.node)
        if not rt.lazy:
            self._waiting = rt.event

    def enter(self, beat: str, node: str) -> None:
        self._hit(("node", beat, node))

    def step(self, beat: str, node: str, ins: object, outcome: object) -> None:
        """The runtime's `on_step`: a condition read, an event waiting, or a decision answered."""
        if isinstance(outcome, bool):
            self._hit(("if", beat, node, self._pc.get(id(ins)), outcome))
        elif isinstance(outcome, ev.Line):
            if isinstance(ins, LineI):
                self._hit(("line", ins.id))
        elif isinstance(outcome, ev.Event):
            self._waiting = outcome
            self._event(beat, node, ins, outcome)
        else:
            self._answer(ins, outcome)

    def _event(self, beat: str, node: str, ins: object, e: ev.Event) -> None:
        if isinstance(e, ev.Choice) and isinstance(ins, ChoiceI | ExploreI):
            open_ids = {o.id for o in e.options}
            for o in ins.options if isinstance(ins, ChoiceI) else ins.spots:
                is_open = o.id in open_ids
                if is_open:
                    item = self.items.get(("option" if isinstance(ins, ChoiceI) else "spot", o.id))
                    if item is not None:
                        item.open += 1
                if o.cond is not None:
                    self._hit(("open", o.id, is_open))
        elif isinstance(e, ev.Review) and isinstance(ins, ReviewI):
            self._hit(("review", ins.id, "forced" if e.must_free else "free"))
        elif isinstance(e, ev.Ending) and isinstance(ins, EndingI):
            self._hit(("ending", beat, node, self._pc.get(id(ins))))

    def _answer(self, ins: object, a: object) -> None:
        waiting = self._waiting
        if isinstance(a, an.Choose) and isinstance(waiting, ev.Choice) and 0 <= a.index < len(waiting.options):
            kind = "option" if isinstance(ins, ChoiceI) else "spot"
            self._hit((kind, waiting.options[a.index].id))
        elif isinstance(a, an.Delete) and isinstance(ins, ReviewI):
            self._hit(("review", ins.id, "some" if a.ids else "none"))
        elif isinstance(a, an.Refuse) and isinstance(ins, ReviewI):
            self._hit(("review", ins.id, "none"))
        elif isinstance(a, an.Play) and isinstance(ins, ActionI):
            self._hit(("action", ins.id, a.outcome))

    def _hit(self, key: tuple[Any, ...]) -> None:
        item = self.items.get(key)
        if item is not None:
            item.hits += 1

    # --- playing --------------------------------------------------------------------------------

    def play_script(self, script: dict[str, Any], name: str = "") -> Result:
        """Run a playthrough script (as `playthrough` runs it), counting what it does."""
        watched: list[Runtime] = []

        def on_decision(session: PlaySession, e: ev.Event) -> None:
            if not watched:
                self._from_start(script, session.runtime)
                self.watch(session.runtime)
                watched.append(session.runtime)

        result = run_script(self.story, script, name, on_decision=on_decision)
        if not watched:
            self._from_start(script, None)  # it never stopped at a decision
        self.runs.append(result)
        return result

    def _from_start(self, script: dict[str, Any], there: Runtime | None) -> None:
        """Count what a script's game did before its first decision, where nothing watched it yet:
        the same start, played again by itself (lines go on, an unordered reboot keeps its order)
        until it stands where `there` stands, or as far as it goes alone when `there` is None."""
        seed, beat = script.get("seed", 0) or 0, script.get("beat")
        if not isinstance(seed, int) or isinstance(seed, bool) or (beat is not None and beat not in self.story.beats):
            return
        try:
            twin = Runtime(self.story, seed=seed, beat=beat)
            self.watch(twin)
            goal = None if there is None else there.state.key()
            for _ in range(MAX_CATCH_UP):
                if twin.finished or (goal is not None and twin.state.key() == goal):
                    return
                e = twin.event
                if isinstance(e, ev.Choice | ev.Review | ev.Action):
                    return
                twin.answer(an.Order() if isinstance(e, ev.Reboot) else an.ADVANCE)
        except (RuntimeError_, WrongAnswer):
            return

    def play_random(self, seed: int) -> Result:
        """A random playthrough, deciding as `playthrough --random` decides from the same seed."""
        rng = random.Random(seed)
        session = PlaySession.new(self.story, seed=seed)
        self.watch(session.runtime)
        player = Player(session)
        result = Result(f"random #{seed}", ok=False, seed=seed)
        try:
            e = player.run_on()
            while e is not None:
                result.decisions += 1
                e = player.answer(random_answer(rng, e))
        except (RuntimeError_, WrongAnswer) as exc:
            result.problems.append(f"after {result.decisions} decisions: {exc}")
        result.transcript = player.transcript
        result.endings = list(player.endings)
        result.ending = player.endings[-1] if player.endings else None
        result.bond_at_reboot = player.bond_at_reboot
        result.ok = not result.problems and result.ending is not None
        self.runs.append(result)
        return result

    # --- the report -----------------------------------------------------------------------------

    def beats(self) -> list[BeatCoverage]:
        """Each beat, in story order, with its items."""
        by_beat: dict[str, list[Item]] = {b: [] for b in self.story.beats}
        for item in self.items.values():
            by_beat[item.beat].append(item)
        return [BeatCoverage(b.id, b.title, b.number, by_beat[b.id]) for b in self.story.beats.values()]

    @property
    def hits(self) -> int:
        return sum(1 for i in self.items.values() if i.hits)

    @property
    def total(self) -> int:
        return len(self.items)

    def percent(self) -> float:
        return _percent(self.hits, self.total)

    def missed(self) -> list[Item]:
        return [i for i in self.items.values() if not i.hits]

    def to_json(self) -> dict[str, Any]:
        return {"hits": self.hits, "total": self.total, "percent": self.percent(),
                "kinds": _by_kind(list(self.items.values())),
                "runs": [{"name": r.name, "ok": r.ok, "ending": r.ending, "problems": r.problems} for r in self.runs],
                "beats": [b.to_json() for b in self.beats()]}


def _by_kind(items: list[Item]) -> dict[str, dict[str, int]]:
    out = {k: {"hits": 0, "total": 0} for k in KINDS}
    for i in items:
        out[i.kind]["total"] += 1
        out[i.kind]["hits"] += 1 if i.hits else 0
    return {k: v for k, v in out.items() if v["total"]}


def _percent(hits: int, total: int) -> float:
    return round(100.0 * hits / total, 1) if total else 100.0


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1].rstrip() + "…"


def _source(cond: object) -> str:
    """A condition as the designer wrote it (the expression compiler keeps it on the function)."""
    return _short(str(getattr(cond, "source", "?")))

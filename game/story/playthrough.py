"""Scripted and random playthroughs, headless: proof that a path plays as the designer meant.

A script is a small YAML file (tests/playthroughs/*.yaml):

    name: "Let Go with a low bond"
    seed: 1
    beat: backyard                # optional: start here instead of the first beat
    steps:
      - choose: "Fine. One night."   # option text (case-insensitive part of it) or its id
      - delete: [sirens]             # at a memory review ([] keeps everything)
      - action: win                  # win | lose | tense
      - order: [first_face, rooftop] # the reboot's order (optional: default is the kept order)
      - check: "bond >= 20"          # must hold at this moment
    expect:
      ending: let_go
      saw: ["a part of a line that must have been shown"]
      never_saw: ["a part of a line that must not have been shown"]

Lines, beat starts and game overs continue by themselves. The run fails at the first step that does
not fit what the game shows, and says what the game was showing instead.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import answers as an
from . import events as ev
from .diagnostics import Diagnostic
from .expr import ExprError, Scope, compile_expr
from .runtime import Runtime, RuntimeError_, WrongAnswer
from .session import PlaySession
from .story import Story
from .yamlsrc import LDict, load_file, locate

MAX_EVENTS = 20_000


@dataclass
class Result:
    name: str
    ok: bool
    ending: str | None = None  # the last ending reached
    endings: list[str] = field(default_factory=list)  # every ending reached, rewinds included
    problems: list[str] = field(default_factory=list)
    transcript: list[str] = field(default_factory=list)
    decisions: int = 0
    bond_at_reboot: int | None = None
    seed: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "ending": self.ending, "problems": self.problems,
                "decisions": self.decisions, "bond_at_reboot": self.bond_at_reboot, "seed": self.seed,
                "lines": len(self.transcript)}


def where_now(e: ev.Event) -> str:
    """What the game is showing, in words, for divergence messages."""
    if isinstance(e, ev.Choice):
        opts = "; ".join(f"“{o.text}”" for o in e.options)
        return f"a {'place to explore' if e.kind == 'explore' else 'choice'} ({e.id}) offering {opts}"
    if isinstance(e, ev.Review):
        mems = ", ".join(c.id for c in e.held + e.pending)
        return f"the memory review “{e.title}” (holding {mems}; must delete {e.must_free})"
    if isinstance(e, ev.Action):
        return f"the action set-piece “{e.title}”"
    if isinstance(e, ev.Reboot):
        return "the reboot (kept: " + ", ".join(c.id for c in e.memories) + ")"
    if isinstance(e, ev.Ending):
        return f"the ending “{e.title}”"
    return type(e).__name__


class Player:
    """Drives a play session (no saves), going on through lines and keeping a transcript."""

    def __init__(self, session: PlaySession):
        self.session = session
        self.rt = session.runtime
        self.transcript: list[str] = []
        self.endings: list[str] = []
        self.bond_at_reboot: int | None = None
        self.events = 0

    def run_on(self) -> ev.Event | None:
        """Continue until the game needs a decision; None when it has finished."""
        session = self.session
        while True:
            self.events += 1
            if self.events > MAX_EVENTS:
                raise RuntimeError_("the playthrough goes on for ever (over 20,000 events)")
            e = session.event
            if isinstance(e, ev.Line):
                self.transcript.append(f"{e.name}: {e.text}" if e.name else e.text)
            elif isinstance(e, (ev.BeatStart, ev.GameOver)):
                self.transcript.append(f"== {e.title} ==")
            elif isinstance(e, ev.Ending):
                if not self.endings or self.endings[-1] != e.id or e.rewind:
                    self.endings.append(e.id)
                    self.transcript.append(f"== ending: {e.title} ==")
                if e.rewind is None:
                    return None
            else:
                if isinstance(e, ev.Reboot):
                    self.bond_at_reboot = session.bond
                return e
            session.answer(an.ADVANCE)

    def answer(self, a: an.Answer) -> ev.Event | None:
        """Give the decision, then go on to the next one."""
        self.session.answer(a)
        return self.run_on()


def match_option(e: ev.Choice, want: str) -> int:
    exact = [o for o in e.options if o.id == want or o.text.lower() == want.lower()]
    if exact:
        return exact[0].index
    hits = [o for o in e.options if want.lower() in o.text.lower()]
    if len(hits) == 1:
        return hits[0].index
    if not hits:
        raise LookupError(f"no option matches “{want}”")
    raise LookupError(f"“{want}” matches several options: " + "; ".join(f"“{o.text}”" for o in hits))


def load_script(path: Path) -> tuple[dict[str, Any] | None, list[Diagnostic]]:
    root, diags = load_file(path, str(path))
    if diags:
        return None, diags
    problems = []
    if not isinstance(root, LDict):
        return None, [Diagnostic(str(path), 1, 1, "a playthrough is a mapping with steps and expect")]
    for key in root:
        if key not in ("name", "seed", "beat", "steps", "expect"):
            m = locate(root, (key,), key=True)
            problems.append(Diagnostic(str(path), m.line, m.col, f"unknown key '{key}'"))
    steps = root.get("steps", [])
    if not isinstance(steps, list):
        m = locate(root, ("steps",))
        problems.append(Diagnostic(str(path), m.line, m.col, "steps is a list"))
    else:
        for i, step in enumerate(steps):
            ok = isinstance(step, dict) and len(step) == 1 and next(iter(step)) in ("choose", "delete", "action", "order", "check")
            if not ok:
                m = locate(root, ("steps", i))
                problems.append(Diagnostic(str(path), m.line, m.col,
                                           "a step is one of choose, delete, action, order, check"))
    return (root if not problems else None), problems


class StepError(Exception):
    """A step of a script that does not fit what the game shows."""


def step_answer(kind: str, value: Any, e: ev.Event) -> an.Answer:
    """The answer a script's step gives at event `e`; `StepError` if it does not fit."""
    if kind == "choose":
        if not isinstance(e, ev.Choice):
            raise StepError(f"expected a choice, but the game is at {where_now(e)}")
        try:
            return an.Choose(match_option(e, str(value)))
        except LookupError as exc:
            raise StepError(f"{exc}; the game offers {where_now(e)}") from None
    if kind == "action":
        if not isinstance(e, ev.Action) or value not in ("win", "lose", "tense"):
            raise StepError(f"expected an action set-piece (win|lose|tense), but the game is at {where_now(e)}")
        return an.Play(value)
    ids = value if isinstance(value, list) else [] if value is None else None
    if ids is None or not all(isinstance(v, str | int) for v in ids):
        raise StepError(f"{kind} takes a list of memory ids, like [sirens, bleep]")
    if kind == "delete":
        if not isinstance(e, ev.Review):
            raise StepError(f"expected a memory review, but the game is at {where_now(e)}")
        return an.Delete(tuple(str(v) for v in ids))
    if not isinstance(e, ev.Reboot):
        raise StepError(f"expected the reboot, but the game is at {where_now(e)}")
    return an.Order(tuple(str(v) for v in ids))


def _script_seed(script: dict[str, Any]) -> int | None:
    seed = script.get("seed", 0) or 0
    return seed if isinstance(seed, int) and not isinstance(seed, bool) else None


def run_script(story: Story, script: dict[str, Any], name: str = "") -> Result:
    name = str(script.get("name") or name)
    seed = _script_seed(script)
    start = script.get("beat")
    result = Result(name, ok=False, seed=seed or 0)
    if seed is None:
        result.problems.append("seed is a whole number")
        return result
    if start is not None and (not isinstance(start, str) or start not in story.beats):
        result.problems.append(f"no beat '{start}' to start from")
        return result
    player = Player(PlaySession.new(story, seed=seed, beat=start))
    steps = list(script.get("steps") or [])
    played = _play_steps(story, player, steps, result)
    result.transcript = player.transcript
    result.ending = player.endings[-1] if player.endings else None
    result.endings = list(player.endings)
    result.decisions = played
    result.bond_at_reboot = player.bond_at_reboot
    if result.problems:
        return result
    if played < len(steps):
        result.problems.append(f"the game ended with {len(steps) - played} step(s) of the script unplayed")
        return result
    _expectations(script.get("expect") or {}, player, result)
    result.ok = not result.problems
    return result


def _play_steps(story: Story, player: Player, steps: list[Any], result: Result) -> int:
    """Play the script's steps in order; the number played (problems go into `result`)."""
    scope = Scope(set(story.flags), set(story.counters), set(story.memories),
                  {f"{b}.{n}" for b, beat in story.beats.items() for n in beat.nodes})
    rt = player.rt
    i = 0

    def next_event(e: ev.Event | None) -> ev.Event | None:
        # a reboot the script does not order plays in the kept order
        while isinstance(e, ev.Reboot) and (i >= len(steps) or "order" not in steps[i]):
            e = player.answer(an.Order())
        return e

    try:
        e = next_event(player.run_on())
        while True:
            while i < len(steps) and "check" in steps[i]:
                problem = _check(str(steps[i]["check"]), scope, rt)
                if problem:
                    result.problems.append(f"step {i + 1}: {problem}")
                    return i
                i += 1
            if e is None:
                return i
            if i >= len(steps):
                result.problems.append(f"the script ends, but the game is waiting at {where_now(e)}")
                return i
            kind, value = next(iter(steps[i].items()))
            try:
                e = player.answer(step_answer(kind, value, e))
            except (StepError, WrongAnswer) as exc:
                result.problems.append(f"step {i + 1} ({kind}: {value}): {exc}"
                                       + ("" if isinstance(exc, StepError) else f"; at {where_now(e)}"))
                return i
            i += 1
            e = next_event(e)
    except RuntimeError_ as exc:
        result.problems.append(f"the story broke: {exc}")
        return i


def _check(src: str, scope: Scope, rt: Runtime) -> str | None:
    """Why a `check:` step fails, or None when it holds."""
    scope.beat = rt.state.beat
    try:
        fn = compile_expr(src, scope)
    except ExprError as exc:
        return f"check “{src}”: {exc.message}"
    if not rt.check(fn):
        return f"check “{src}” does not hold (bond {rt.bond}, holding {', '.join(rt.core.held) or 'nothing'})"
    return None


def _expectations(expect: Any, player: Player, result: Result) -> None:
    if not isinstance(expect, dict):
        result.problems.append("expect is a mapping of ending, saw and never_saw")
        return
    if expect.get("ending") and expect["ending"] not in result.endings:
        reached = ", ".join(result.endings) or "none"
        result.problems.append(f"expected the ending '{expect['ending']}', reached {reached}")
    text = "\n".join(player.transcript).lower()
    for s in _texts(expect.get("saw")):
        if s.lower() not in text:
            result.problems.append(f"never saw “{s}”")
    for s in _texts(expect.get("never_saw")):
        if s.lower() in text:
            result.problems.append(f"saw “{s}”, which should not have been shown")


def _texts(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [] if value is None else [str(value)]


def random_answer(rng: random.Random, e: ev.Event) -> an.Answer:
    """A random decision at `e`, as a player mashing through might make it."""
    if isinstance(e, ev.Choice):
        return an.Choose(rng.randrange(len(e.options)))
    if isinstance(e, ev.Review):
        pool = [c.id for c in e.held + e.pending]
        extra = rng.random() < 0.2 and e.must_free < len(pool)
        return an.Delete(tuple(rng.sample(pool, e.must_free + (1 if extra else 0))))
    if isinstance(e, ev.Action):
        roll = rng.random()
        if e.has_tense and roll < 0.34:
            return an.Play("tense")
        return an.Play("win" if roll < 0.67 else "lose")
    if isinstance(e, ev.Reboot):
        order = [c.id for c in e.memories]
        rng.shuffle(order)
        return an.Order(tuple(order))
    return an.ADVANCE


def random_playthrough(story: Story, seed: int) -> Result:
    """One playthrough making random decisions, reproducible from its seed."""
    rng = random.Random(seed)
    player = Player(PlaySession.new(story, seed=seed))
    result = Result(f"random #{seed}", ok=False, seed=seed)
    decisions = 0
    try:
        e = player.run_on()
        while e is not None:
            decisions += 1
            e = player.answer(random_answer(rng, e))
    except (RuntimeError_, WrongAnswer) as exc:
        result.problems.append(f"after {decisions} decisions: {exc}")
    result.decisions = decisions
    result.transcript = player.transcript
    result.ending = player.endings[-1] if player.endings else None
    result.bond_at_reboot = player.bond_at_reboot
    result.ok = not result.problems and result.ending is not None
    return result

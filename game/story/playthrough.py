"""Scripted and random playthroughs, headless: proof that a path plays as the designer meant.

A script is a small YAML file (tests/playthroughs/*.yaml):

    name: "Let Go with a low bond"
    seed: 1
    beat: backyard                # optional: start here instead of the first beat
    default: first                # optional: what to do at decisions the steps do not name (below)
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

Lines, beat starts and game overs continue by themselves. Each decision the game asks for is
answered by the next step of the script when that step fits it (a `choose:` whose text one of the
offered options matches, a `delete:` at a review, an `action:` at a set-piece, an `order:` at the
reboot). When it does not fit, `default:` says what happens:

- `default: none` (what a script without `default:` gets): the run fails there, and says what the
  game was showing instead. Every decision must be named, in order.
- `default: first`: the decision takes its default and the step waits for a later decision it fits,
  so a beat or a choice added to the story since the script was written plays by itself. The
  default is the first open option not yet taken by default at that choice (so a choice that loops
  back, or a place to explore, moves on), keeping everything at a review that has room (else
  deleting the newest memories), winning a set-piece, and the kept order at the reboot. After the
  last step the game goes on by defaults to its ending. Each defaulted decision is written in the
  transcript as `(default) ...`; a step that never fits fails the run, saying where it first did
  not fit.

A step that names an option ambiguously, or an answer the game refuses (deleting too little), fails
the run in either mode. A script stays a proof: its steps still happen in their order, its checks
hold where they stand, and `expect` is checked at the end.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import answers as an
from . import events as ev
from .diagnostics import Diagnostic
from .expr import ExprError, Scope, compile_expr
from .player import Player, Result, where_now
from .runtime import Runtime, RuntimeError_, WrongAnswer
from .session import PlaySession
from .story import Story
from .yamlsrc import LDict, load_file, locate

__all__ = ["DEFAULTS", "Player", "Result", "StepError", "Unfit", "default_answer", "load_script", "match_option",
           "random_answer", "random_playthrough", "run_script", "step_answer", "where_now"]


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


STEP_KINDS = ("choose", "delete", "action", "order", "check")
DEFAULTS = ("none", "first")


def load_script(path: Path) -> tuple[dict[str, Any] | None, list[Diagnostic]]:
    root, diags = load_file(path, str(path))
    if diags:
        return None, diags
    problems = []
    if not isinstance(root, LDict):
        return None, [Diagnostic(str(path), 1, 1, "a playthrough is a mapping with steps and expect")]
    for key in root:
        if key not in ("name", "seed", "beat", "default", "steps", "expect"):
            m = locate(root, (key,), key=True)
            problems.append(Diagnostic(str(path), m.line, m.col, f"unknown key '{key}'"))
    if "default" in root and root["default"] not in DEFAULTS:
        m = locate(root, ("default",))
        problems.append(Diagnostic(str(path), m.line, m.col, "default is none or first"))
    steps = root.get("steps", [])
    if not isinstance(steps, list):
        m = locate(root, ("steps",))
        problems.append(Diagnostic(str(path), m.line, m.col, "steps is a list"))
    else:
        for i, step in enumerate(steps):
            if not (isinstance(step, dict) and len(step) == 1 and next(iter(step)) in STEP_KINDS):
                m = locate(root, ("steps", i))
                problems.append(Diagnostic(str(path), m.line, m.col,
                                           "a step is one of choose, delete, action, order, check"))
    return (root if not problems else None), problems


class StepError(Exception):
    """A step of a script that cannot be played here: the run fails."""


class Unfit(StepError):
    """A step meant for another decision than the one the game shows (`default: first` waits)."""


def step_answer(kind: str, value: Any, e: ev.Event) -> an.Answer:
    """The answer a script's step gives at event `e`; `Unfit` if the step is for another kind of
    decision or names no offered option, `StepError` if it is wrong wherever it stands."""
    if kind == "choose":
        if not isinstance(e, ev.Choice):
            raise Unfit(f"expected a choice, but the game is at {where_now(e)}")
        try:
            return an.Choose(match_option(e, str(value)))
        except LookupError as exc:
            cls = Unfit if str(exc).startswith("no option") else StepError
            raise cls(f"{exc}; the game offers {where_now(e)}") from None
    if kind == "action":
        if value not in ("win", "lose", "tense"):
            raise StepError(f"an action is win, lose or tense, not “{value}”")
        if not isinstance(e, ev.Action):
            raise Unfit(f"expected an action set-piece, but the game is at {where_now(e)}")
        return an.Play(value)
    ids = value if isinstance(value, list) else [] if value is None else None
    if ids is None or not all(isinstance(v, str | int) for v in ids):
        raise StepError(f"{kind} takes a list of memory ids, like [sirens, bleep]")
    if kind == "delete":
        if not isinstance(e, ev.Review):
            raise Unfit(f"expected a memory review, but the game is at {where_now(e)}")
        return an.Delete(tuple(str(v) for v in ids))
    if not isinstance(e, ev.Reboot):
        raise Unfit(f"expected the reboot, but the game is at {where_now(e)}")
    return an.Order(tuple(str(v) for v in ids))


def default_answer(e: ev.Event, taken: dict[str, set[str]]) -> an.Answer:
    """The answer `default: first` gives at `e`. `taken` holds, per choice, the options already
    taken by default, so a choice met again (a loop, a place to explore) moves on to the next."""
    if isinstance(e, ev.Choice):
        used = taken.setdefault(e.id, set())
        pick = next((o for o in e.options if o.id not in used), e.options[0])
        used.add(pick.id)
        return an.Choose(pick.index)
    if isinstance(e, ev.Review):
        newest = [c.id for c in reversed(e.pending)] + [c.id for c in reversed(e.held)]
        return an.Delete(tuple(newest[: e.must_free]))
    if isinstance(e, ev.Action):
        return an.Play("win")
    if isinstance(e, ev.Reboot):
        return an.Order()
    return an.ADVANCE


def _said(e: ev.Event, a: an.Answer) -> str:
    """A defaulted decision, as the transcript shows it."""
    options = tuple(o.text for o in e.options) if isinstance(e, ev.Choice) else ()
    where = f" at {e.id}" if isinstance(e, ev.Choice | ev.Review | ev.Action) else ""
    return f"(default) {an.describe(a, options)}{where}"


def _script_seed(script: dict[str, Any]) -> int | None:
    seed = script.get("seed", 0) or 0
    return seed if isinstance(seed, int) and not isinstance(seed, bool) else None


def run_script(story: Story, script: dict[str, Any], name: str = "",
               on_decision: Callable[[PlaySession, ev.Event], None] | None = None) -> Result:
    """Play `script` on `story`. `on_decision(session, event)`, if given, is called as the game
    waits at each decision, before it is answered (tools save the game there)."""
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
    if script.get("default", "none") not in DEFAULTS:
        result.problems.append("default is none or first")
        return result
    player = Player(PlaySession.new(story, seed=seed, beat=start))
    steps = list(script.get("steps") or [])
    run = _ScriptRun(story, player, steps, result, script.get("default") == "first", on_decision)
    played = run.play()
    result.transcript = player.transcript
    result.ending = player.endings[-1] if player.endings else None
    result.endings = list(player.endings)
    result.decisions = played
    result.bond_at_reboot = player.bond_at_reboot
    if result.problems:
        return result
    if played < len(steps):
        kind, value = next(iter(steps[played].items()))
        tried = run.unfit.get(played)
        result.problems.append(f"the game ended with {len(steps) - played} step(s) of the script unplayed"
                               + (f"; step {played + 1} ({kind}: {value}) first did not fit: {tried}" if tried else ""))
        return result
    _expectations(script.get("expect") or {}, player, result)
    result.ok = not result.problems
    return result


class _Stop(Exception):
    """The run fails here; the problem is already in the result."""


class _ScriptRun:
    """The steps of one script played against the game, with or without defaults."""

    def __init__(self, story: Story, player: Player, steps: list[Any], result: Result, defaults: bool,
                 on_decision: Callable[[PlaySession, ev.Event], None] | None) -> None:
        self.player, self.steps, self.result, self.defaults = player, steps, result, defaults
        self.on_decision = on_decision
        self.scope = Scope(set(story.flags), set(story.counters), set(story.memories),
                           {f"{b}.{n}" for b, beat in story.beats.items() for n in beat.nodes})
        self.i = 0
        self.unfit: dict[int, str] = {}  # step index -> why it first did not fit (defaults on)
        self.taken: dict[str, set[str]] = {}

    def play(self) -> int:
        """Play the steps in order; the number played (problems go into the result)."""
        try:
            e = self._next(self.player.run_on())
            while True:
                self._checks()
                if e is None:
                    return self.i
                if self.on_decision is not None:
                    self.on_decision(self.player.session, e)
                e = self._next(self._decide(e))
        except RuntimeError_ as exc:
            self.result.problems.append(f"the story broke: {exc}")
        except _Stop:
            pass
        return self.i

    def _next(self, e: ev.Event | None) -> ev.Event | None:
        # a reboot the script does not order plays in the kept order
        while isinstance(e, ev.Reboot) and (self.i >= len(self.steps) or "order" not in self.steps[self.i]):
            e = self.player.answer(an.Order())
        return e

    def _checks(self) -> None:
        """Run the `check:` steps that stand here."""
        steps = self.steps
        while self.i < len(steps) and "check" in steps[self.i]:
            problem = _check(str(steps[self.i]["check"]), self.scope, self.player.rt)
            if problem:
                self._fail(f"step {self.i + 1}: {problem}")
            self.i += 1

    def _decide(self, e: ev.Event) -> ev.Event | None:
        """Answer the decision `e` by the next step, or by default; the next event."""
        if self.i >= len(self.steps):
            if self.defaults:
                return self._default(e)
            self._fail(f"the script ends, but the game is waiting at {where_now(e)}")
        kind, value = next(iter(self.steps[self.i].items()))
        try:
            e_next = self.player.answer(step_answer(kind, value, e))
        except Unfit as exc:
            if self.defaults:
                self.unfit.setdefault(self.i, str(exc))
                return self._default(e)
            self._fail(f"step {self.i + 1} ({kind}: {value}): {exc}")
        except (StepError, WrongAnswer) as exc:
            self._fail(f"step {self.i + 1} ({kind}: {value}): {exc}"
                       + ("" if isinstance(exc, StepError) else f"; at {where_now(e)}"))
        self.i += 1
        return e_next

    def _fail(self, problem: str) -> None:
        self.result.problems.append(problem)
        raise _Stop

    def _default(self, e: ev.Event) -> ev.Event | None:
        a = default_answer(e, self.taken)
        said = _said(e, a)
        self.player.transcript.append(said)
        self.result.defaulted.append(said)
        return self.player.answer(a)


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

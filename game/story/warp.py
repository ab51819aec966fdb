"""The designer's warp: start at a beat with the state a player would have there.

`--beat ID` used to start from a blank game (at the reboot the weapons were still installed and the
bond was 0). A warp now plays the story headless up to the beat's start — the first way a player
taking the first open option would go, or the way a named playthrough script goes — so the beat
begins with a real core, bond and flags. `--blank` starts from an empty game as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import answers as an
from . import events as ev
from .interpreter import RuntimeError_, WrongAnswer
from .playthrough import StepError, step_answer
from .runtime import Runtime
from .saves import SaveStore
from .session import PlaySession
from .state import GameState
from .story import Story

MAX_STATES = 200_000


class WarpError(Exception):
    """No way to the beat was found; the message says why, in a sentence."""


def _decisions(e: ev.Event) -> list[an.Answer]:
    if isinstance(e, ev.Choice):
        return [an.Choose(o.index) for o in e.options]
    if isinstance(e, ev.Review):
        lightest = sorted(e.held + e.pending, key=lambda c: (c.weight, c.new))[: e.must_free]
        return [an.Delete(tuple(c.id for c in lightest))]
    if isinstance(e, ev.Action):
        return [an.Play("win"), an.Play("lose")]
    if isinstance(e, ev.Reboot):
        return [an.Order()]
    return [an.ADVANCE]


def _run_on(rt: Runtime, beat: str) -> Iterator[an.Answer]:
    """Go on through lines, stage directions, beat starts and rewinding endings; yields each Advance given. Stops at
    a decision, at the target beat's start, or at the end."""
    while not rt.finished:
        e = rt.event
        if isinstance(e, ev.BeatStart) and e.beat == beat:
            return
        if isinstance(e, ev.Line | ev.Stage | ev.BeatStart | ev.GameOver) or (isinstance(e, ev.Ending) and e.rewind):
            rt.answer(an.ADVANCE)
            yield an.ADVANCE
            continue
        return


def _place(state: GameState) -> tuple:
    """Where the story stands and what it has noted on the way (flags, counters, places visited),
    but not which memories the core holds: the reviews here all delete the lightest."""
    return (state.beat, state.node, state.pc, state.sub, tuple(state.stack), state.phase,
            frozenset(state.flags), tuple(sorted(state.counters.items())), frozenset(state.visited))


def way_to(story: Story, beat: str, seed: int = 0) -> list[an.Answer]:
    """The answers (Advance included) that take a new game to `beat`'s start the way a player who
    takes the first open option would, backing out of any branch that cannot get there.

    Depth first: the first option at each choice, a set-piece won, the lightest memories deleted,
    and only on a dead end or a loop the next option. This finds a way in about a second on the
    shipped story, where a search for the fewest decisions visits hundreds of thousands of states;
    `explore` is the tool that proves every way."""
    if beat not in story.beats:
        raise WarpError(f"there is no beat '{beat}' in the story")
    base = Runtime(story, seed=seed)
    start = tuple(_run_on(base, beat))
    stack: list[tuple] = [(base.state.copy(), base.event, start, None)]  # (state, event, steps, parent)
    seen = {_place(base.state)}
    while stack:
        node = stack.pop()
        state, event, _steps, _parent = node
        if isinstance(event, ev.BeatStart) and event.beat == beat:
            return _way(node)
        for decision in reversed(_decisions(event)):  # the first option is tried first
            rt = base.fork(state.copy(), event)
            try:
                rt.answer(decision)
                steps = (decision, *_run_on(rt, beat))
            except (WrongAnswer, RuntimeError_):
                continue  # a dead end: `explore` reports those; a warp looks for another way
            place = _place(rt.state)
            if rt.finished or place in seen:
                continue
            if len(seen) >= MAX_STATES:
                raise WarpError(f"no way to '{beat}' found within {MAX_STATES:,} places")
            seen.add(place)
            stack.append((rt.state.copy(), rt.event, steps, node))
    raise WarpError(f"no way from the story's start reaches '{beat}'")


def _way(node: tuple) -> list[an.Answer]:
    parts = []
    while node is not None:
        parts.append(node[2])
        node = node[3]
    return [a for steps in reversed(parts) for a in steps]


def warp(story: Story, beat: str, seed: int = 0, script: dict[str, Any] | None = None) -> Runtime:
    """A runtime at `beat`'s start as a player would arrive there: by the first way (`way_to`), or
    the way the playthrough `script` goes (its steps are played until the beat begins)."""
    if script is not None:
        return _by_script(story, beat, script)
    session = PlaySession.new(story, seed=seed)
    for a in way_to(story, beat, seed):
        session.answer(a)
    return session.runtime


def _by_script(story: Story, beat: str, script: dict[str, Any]) -> Runtime:
    seed = script.get("seed", 0)
    session = PlaySession.new(story, seed=seed if isinstance(seed, int) and not isinstance(seed, bool) else 0)
    steps = [s for s in (script.get("steps") or []) if isinstance(s, dict) and len(s) == 1 and "check" not in s]
    rt = session.runtime
    for step in [*steps, None]:
        list(_run_on(rt, beat))
        e = rt.event
        if isinstance(e, ev.BeatStart) and e.beat == beat:
            return rt
        if step is None or rt.finished:
            break
        kind, value = next(iter(step.items()))
        try:
            session.answer(step_answer(kind, value, e))
        except (StepError, WrongAnswer) as exc:
            raise WarpError(f"the script does not reach '{beat}': {exc}") from None
    raise WarpError(f"the script ends before '{beat}' begins")


def begin_at(story: Story, store: SaveStore | None, beat: str, seed: int = 0, blank: bool = False,
             script: dict[str, Any] | None = None) -> PlaySession:
    """A new game at `beat` for a designer: warped there with a real state, or from an empty game
    with `blank`. If no way is found the beat starts from an empty game, and the session's notice
    says why."""
    if blank:
        return PlaySession.new(story, store, seed=seed, beat=beat)
    try:
        runtime = warp(story, beat, seed, script)
    except WarpError as exc:
        session = PlaySession.new(story, store, seed=seed, beat=beat)
        session.notices.append(f"“{story.beats[beat].title}” starts from an empty game: {exc}.")
        return session
    return PlaySession(runtime, store)

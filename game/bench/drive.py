"""Answering the story at random, to reach a kind of event or to time the runtime's steps.

The bench answers through `Runtime.answer` with the values of `answers.py`, as every front end
does. Deletions are exactly what must go, so a drive keeps memories for the reboot.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

from game.story import answers as an
from game.story import events as ev
from game.story.runtime import Runtime
from game.story.story import Story

DRIVE_LIMIT = 4000  # answers before a drive gives up on finding what it wants
WHOLE_GAME = 50_000  # answers before a drive from the story's start gives up
ATTEMPTS = 4  # seeds tried per beat

Wanted = Callable[[ev.Event], bool]


def random_answer(e: ev.Event, rng: random.Random, sure_win: bool = False) -> an.Answer:
    """A random answer that fits `e`; set-pieces are won (`sure_win`) or won and lost at random."""
    if isinstance(e, ev.Choice):
        return an.Choose(rng.randrange(len(e.options)))
    if isinstance(e, ev.Review):
        pool = [c.id for c in e.held + e.pending]
        return an.Delete(tuple(rng.sample(pool, e.must_free)))
    if isinstance(e, ev.Action):
        return an.Play("win" if sure_win or rng.random() < 0.5 else "lose")
    if isinstance(e, ev.Reboot):
        return an.Order()
    return an.ADVANCE


def drive(rt: Runtime, wanted: Wanted, rng: random.Random, limit: int = DRIVE_LIMIT) -> bool:
    """Answer at random until the runtime shows an event `wanted` accepts; False if it never does."""
    for _ in range(limit):
        e = rt.event
        if wanted(e):
            return True
        if rt.finished:
            return False
        rt.answer(random_answer(e, rng, sure_win=True))
    return False


def find(story: Story, wanted: Wanted, scene: str | None = None, beats: Iterable[str] | None = None,
         seed: int = 1) -> Runtime | None:
    """A runtime at an event `wanted` accepts, driven from the start of a beat (of `scene`, or
    one of `beats` in that order); None if no beat leads to one."""
    for beat in (story.beats[b] for b in beats) if beats is not None else story.beats.values():
        if scene is not None and beat.scene != scene:
            continue
        for attempt in range(ATTEMPTS):
            rt = Runtime(story, seed=seed, beat=beat.id)
            if drive(rt, wanted, random.Random(seed + attempt)):
                return rt
    return None


def play_to(story: Story, wanted: Wanted, seed: int = 1) -> Runtime | None:
    """A runtime at an event `wanted` accepts, played from the story's start (so it carries what
    a player would have kept by then); None if no game gets there."""
    for attempt in range(ATTEMPTS):
        rt = Runtime(story, seed=seed)
        if drive(rt, wanted, random.Random(seed + attempt), limit=WHOLE_GAME):
            return rt
    return None


def is_a(kind: type, choice: str | None = None) -> Wanted:
    """Accepts events of `kind` (and, for choices, of that `choice` kind: "choice" or "explore")."""
    return lambda e: isinstance(e, kind) and (choice is None or getattr(e, "kind", None) == choice)

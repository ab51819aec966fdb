"""Properties of the shipped story, for any sequence of answers a player can give.

Hypothesis draws each decision from what the event offers (an option, a set of deletions that frees
enough, sometimes refusing a review that does not fit, a set-piece's outcome, a farewell order) and
checks, all the way to the ending: the core stays within capacity after every review, a deleted
memory is never remembered (no line asks about it as if it were held), the bond is the sum of the
kept memories' weights, and every answer leads to an ending or a further decision, never an error.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.story import answers as an
from game.story import events as ev
from game.story import memory_core as mc
from game.story.env import Env
from game.story.playthrough import default_answer
from game.story.session import PlaySession

DRAWN = 250  # decisions drawn by hypothesis; after that each takes its default, to an ending
MAX_EVENTS = 20_000


def draw_answer(data: st.DataObject, e: ev.Event) -> an.Answer:
    """One of the answers `e` offers, as any player might give it."""
    if isinstance(e, ev.Choice):
        return an.Choose(data.draw(st.integers(0, len(e.options) - 1)))
    if isinstance(e, ev.Review):
        if e.must_free and data.draw(st.integers(0, 7)) == 0:
            return an.Refuse()  # keep everything: Game Over, and the night again
        pool = [c.id for c in e.held + e.pending]
        k = data.draw(st.integers(e.must_free, min(len(pool), e.must_free + 2)))
        return an.Delete(tuple(data.draw(st.permutations(pool))[:k]))
    if isinstance(e, ev.Action):
        return an.Play(data.draw(st.sampled_from(["win", "lose", "tense"] if e.has_tense else ["win", "lose"])))
    if isinstance(e, ev.Reboot):
        return an.Order(tuple(data.draw(st.permutations([c.id for c in e.memories]))))
    return an.ADVANCE


class Watch:
    """Checks every condition's `remembers(x)` against the core it reads."""

    def __init__(self) -> None:
        self.asked = 0
        self.real = Env.remembers

    def remembers(self, env: Env, memory: str) -> bool:
        self.asked += 1
        held = self.real(env, memory)
        core = env.s.core
        assert not (held and memory in core.gaps), f"remembers({memory}) after it was deleted"
        assert held == (memory in core.held), f"remembers({memory}) is {held}, but the core holds {core.held}"
        return held


def check_core(story, session: PlaySession, e: ev.Event) -> None:
    core = session.runtime.core
    weights = {m: story.memories[m].weight for m in core.held}
    assert session.bond == sum(weights.values())
    assert len(set(core.held)) == len(core.held) and not set(core.held) & set(core.gaps)
    assert len(core.held) + (story.weapons_slots if core.weapons else 0) <= story.capacity
    if isinstance(e, ev.Review):
        assert sum(c.weight for c in e.held) == session.bond, "the review shows what is held"
    if isinstance(e, ev.Reboot):
        assert sum(c.weight for c in e.memories) == session.bond, "the reboot plays what is held"


def play(story, data: st.DataObject) -> list[str]:
    """Play to the last ending with drawn answers, checking as it goes; the endings reached."""
    session = PlaySession.new(story)
    taken: dict[str, set[str]] = {}
    endings: list[str] = []
    decisions = 0
    for _ in range(MAX_EVENTS):
        if session.finished:
            return endings
        e = session.event
        check_core(story, session, e)
        if isinstance(e, ev.Ending):
            endings.append(e.id)
        if isinstance(e, ev.Line | ev.Stage | ev.BeatStart | ev.GameOver | ev.Ending):
            session.answer(an.ADVANCE)
            continue
        decisions += 1
        a = draw_answer(data, e) if decisions <= DRAWN else default_answer(e, taken)
        session.answer(a)  # an answer the event offered: any error here is the story's
        if isinstance(a, an.Delete):
            core = session.runtime.core
            assert mc.used(core, story.weapons_slots) <= story.capacity, "over capacity after a review"
    raise AssertionError(f"no ending after {MAX_EVENTS} events ({decisions} decisions)")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_any_answers_keep_the_core_sound_and_reach_an_ending(shipped_story, data) -> None:
    watch = Watch()
    def remembers(env: Env, memory: str) -> bool:  # a plain function, so that it binds to each Env
        return watch.remembers(env, memory)

    with mock.patch.object(Env, "remembers", remembers):
        endings = play(shipped_story, data)
    assert endings and endings[-1] in shipped_story.endings
    assert not shipped_story.endings[endings[-1]].rewind, "the last ending is a final one"
    assert watch.asked > 0

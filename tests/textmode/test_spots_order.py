"""A player who answers 1 at every question still gets through a map: spots already looked at are
listed after the others, the one looked at longest ago first, so answering 1 visits each in turn."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from game.story import events as ev
from game.story.runtime import Runtime
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.textmode.play import TextGame
from game.textmode.spots import Looked


@pytest.fixture(scope="module")
def story(shipped_story):
    return shipped_story


def spots(*names: str) -> ev.Choice:
    return ev.Choice("hub", "explore", tuple(ev.Option(i, f"spot_{n}", n, n) for i, n in enumerate(names)))


def test_looked_spots_sink_and_the_oldest_rises_first() -> None:
    e, looked = spots("a", "b", "c"), Looked()
    firsts = []
    for _ in range(6):
        first = looked.order(e)[0]
        firsts.append(first.text)
        looked.mark(e, first)
    assert firsts == ["a", "b", "c", "a", "b", "c"]
    assert [o.index for o in looked.order(e)] == [0, 1, 2]  # each keeps its own index for the answer


def test_a_dialogue_choice_keeps_its_order() -> None:
    e = ev.Choice("c", "choice", (ev.Option(0, "x", "x"), ev.Option(1, "y", "y")))
    looked = Looked()
    assert looked.order(e) == list(e.options)


def test_answering_1_to_everything_gets_past_the_first_beats_map(story, tmp_path: Path) -> None:
    first = next(iter(story.beats.values()))
    assert any(i.__class__.__name__ == "ExploreI" for n in first.nodes.values() for i in n.code), \
        "the first beat has a map to look round"
    answers = iter(["1\n"] * 400)
    out = io.StringIO()
    game = TextGame(PlaySession(Runtime(story), SaveStore(tmp_path)), out=out, read=lambda: next(answers, ""),
                    interactive=False, color=False)
    game.run()
    assert game.session.runtime.state.beat != first.id, "still in the first beat after 400 answers of 1"

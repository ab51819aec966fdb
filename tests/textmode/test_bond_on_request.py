"""The bond is a number for those who ask: a review lists the memories without it, and `bond` tells it."""

from __future__ import annotations

import io
from pathlib import Path

from game.story.compiler import load_story
from game.story.runtime import Runtime
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.textmode.play import TextGame

MINI = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "mini"


def test_a_review_shows_the_bond_only_when_asked(tmp_path: Path) -> None:
    story, _ = load_story(MINI / "story")
    answers = ["1", "1", "bond", "", "n", "3", "y"]  # the dog, the gate; at the review ask the bond, then delete Dog
    feed = iter([a + "\n" for a in answers])
    out = io.StringIO()
    game = TextGame(PlaySession(Runtime(story), SaveStore(tmp_path)), out=out, read=lambda: next(feed, ""),
                    interactive=False, color=False)
    game.run()
    text = out.getvalue()
    listed = text[:text.index("The core is 1 over.")]
    assert "Bond" not in listed.split("◇", 1)[1]  # the review's list holds no bond number
    asked = " ".join(text[text.index("Delete (numbers"):text.index("Let it go for ever?")].split())
    assert asked.startswith("Delete (numbers, e.g. '2 5'): bond Bond 10: the weights of what he keeps, added up.")
    assert "it sets the tone of how the story can end" in asked  # and says what the number shapes

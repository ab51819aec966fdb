"""The terminal given junk at its prompts: input closing at the ▸ pause while the screen is full,
and `look` with a pasted run of numbers, end cleanly and briefly."""

from __future__ import annotations

import io

import pytest

from game.story import events as ev
from game.story.session import PlaySession
from game.textmode.cards import look
from game.textmode.play import TextGame


@pytest.mark.parametrize("typed", [0, 1, 3, 8])
def test_input_closing_at_a_full_screen_says_goodbye_once(mini, typed: int) -> None:
    lines = iter(["\n"] * typed)
    out = io.StringIO()
    game = TextGame(PlaySession.new(mini, seed=1), out=out, read=lambda: next(lines, ""), interactive=True,
                    color=False)
    game.height = 4  # every line or two fills the screen, the goodbye too
    assert game.run() == 0
    assert out.getvalue().rstrip().endswith("Input closed.")


def test_a_pasted_run_of_numbers_shows_each_memory_once() -> None:
    cards = tuple(ev.MemoryCard(id=f"m{i}", code=f"M0{i}", title=f"T{i}", picture="p", weight=2, mood="calm",
                                beat="b", new=False) for i in range(1, 4))
    rows = look(["look", *(str(i % 3 + 1) for i in range(10_000))], cards)
    assert rows is not None and [r[0] for r in rows].count("  1) T1 [●●○○○] calm") == 1  # each told once
    assert len(rows) == 3 * len(cards)  # its title, its picture, and where it was made and what it costs
    assert look(["look", "9" * 5000, "-1", "0"], cards) == [("Type look and numbers from 1 to 3, e.g. 'look 2'.", "")]

"""The nightly memory review as the player meets it: cards, the meter, deleting, refusing."""

from __future__ import annotations

import pygame
from garden_steps import to_review

from game.story import events as ev


def test_the_forced_review_cannot_end_over_capacity(launch):
    p = launch("garden")
    to_review(p)
    scene = p.top
    assert [c.id for c in scene.cards] == ["first_face", "returned", "bleep"]
    assert scene.review.must_free == 1 and scene.over == 1
    assert "over" in scene.meter.fill.cells(), "the meter shows the overflow"
    p.press("down")
    p.press("return")  # "Still 1 over"
    assert isinstance(p.rt.event, ev.Review), "the night cannot end yet"
    assert "1 slot over: mark 1 more" in scene.status()
    assert scene.buttons.buttons()[0][1] == "Still 1 over"


def test_deleting_a_memory_leaves_a_gap(launch):
    p = launch("garden")
    to_review(p)
    scene = p.top
    p.press("right")  # Returned
    p.press("return")  # mark it
    assert scene.marked == ["returned"]
    assert scene.over == 0 and "over" not in scene.meter.fill.cells()
    assert scene.view.bond_if_kept == 11 and scene.view.bond_after == 7
    p.press("down")
    p.press("return")
    p.on("Prompt")
    question = p.top.question
    assert "Returned" in question and "(weight 4 of 5)" in question, "its weight (11 to 7), in words"
    assert not drawn_as_boxes(question), "every letter of the question is one the window's font has"
    assert "A grudging thanks" in question and "→" not in question and "Bond" not in question
    p.press("up")  # "Delete" (the prompt starts on the safe answer)
    p.press("return")
    p.until(lambda: not isinstance(p.rt.event, ev.Review), limit=200)
    assert p.rt.core.gaps == ["returned"]
    assert p.rt.core.held == ["first_face", "bleep"]
    assert p.rt.bond == 7


def test_unmarking_before_confirming_keeps_the_memory(launch):
    p = launch("garden")
    to_review(p)
    p.press("return")
    p.press("return")
    assert p.top.marked == []
    p.press("escape")  # back also unmarks (and never opens anything over the review)
    assert p.names()[-1] == "ReviewScene"


def test_clicking_a_card_marks_it(launch):
    p = launch("garden")
    to_review(p)
    scene = p.top
    x, y = scene.row.card_pos(2)
    p.click((x + 50, y + 60))
    assert scene.marked == ["bleep"]


def test_refusing_means_game_over_and_the_night_again(launch):
    p = launch("garden")
    to_review(p)
    p.press("down")
    p.press("left")  # "Keep everything"
    p.press("return")
    p.on("Prompt")
    p.press("up")
    p.press("return")
    p.on("GameOverScene")
    assert isinstance(p.rt.event, ev.GameOver)
    p.run(70)
    p.press("return")
    p.on("ReviewScene")
    assert p.top.review.must_free == 1, "the same night, to play again"


def drawn_as_boxes(text: str) -> list[str]:
    """The letters of `text` that the window's own font has no glyph for (drawn as the empty box)."""
    font = pygame.font.Font(None, 24)
    box = pygame.image.tobytes(font.render("\ue000", False, (255, 255, 255)), "RGB")
    return [c for c in set(text) if c.strip() and pygame.image.tobytes(font.render(c, False, (255, 255, 255)), "RGB") == box]


def test_the_box_check_sees_a_letter_the_font_lacks(launch):
    launch("garden")
    assert drawn_as_boxes("● a") == ["●"], "the bundled font has no dot: a weight drawn as dots would be boxes"

"""An ending's text longer than its screen is told a page at a time, whole paragraphs each, and every
shipped ending's every page fits the box it is drawn in."""

from __future__ import annotations

import pytest
from test_stage_play import STORY

from game.engine.theme import BODY
from game.scenes.ending import TEXT_BOX, EndingScene
from game.scenes.pages import paginate
from game.story import events as ev


def test_paragraphs_share_a_page_while_they_fit_and_are_never_cut() -> None:
    height = {"a": 40, "b": 40, "c": 200}  # each paragraph's height, and 10 for the blank between
    measure = lambda t: sum(height[p] for p in t.split("\n\n")) + 10 * t.count("\n\n")  # noqa: E731
    assert paginate("a\n\nb\n\nc", 100, measure) == ["a\n\nb", "c"], "c is too tall for any page: one of its own"
    assert paginate("a", 100, measure) == ["a"]
    assert paginate("", 100, measure) == [""]


def test_a_paragraph_taller_than_the_box_is_cut_between_sentences() -> None:
    measure = lambda t: 30 * (t.count(".") or 1)  # noqa: E731 - each sentence a line of 30
    assert paginate("One. Two. Three.\n\nFour.", 60, measure) == ["One. Two.", "Three.\n\nFour."]


@pytest.mark.parametrize("size", ["normal", "huge"])
def test_every_shipped_ending_fits_its_screen_a_page_at_a_time(launch, size) -> None:
    p = launch("reboot", story=STORY)
    p.ctx.settings.text_size = size
    p.run(2)
    canvas = p.app.canvas
    for info in p.ctx.story.endings.values():
        pages = paginate(info.text, TEXT_BOX, lambda t: canvas.measure(t, BODY, 480)[1])
        assert " ".join(" ".join(pages).split()) == " ".join(info.text.split()), "nothing is left out"
        for page in pages:
            assert canvas.measure(page, BODY, 480)[1] <= TEXT_BOX, f"{info.id}: a page runs off the screen"


def test_the_window_turns_the_pages_then_rolls_the_credits(launch) -> None:
    p = launch("reboot", story=STORY)
    info = p.ctx.story.endings["hold_on"]
    scene = EndingScene(p.ctx, ev.Ending(info.id, info.title, info.text, info.rewind, (), info.returns_to))
    p.ctx.scenes.push(scene)
    p.run(80)
    assert scene.pages is not None and len(scene.pages) > 1, "Hold On is longer than one screen"
    for n in range(1, len(scene.pages)):
        p.press("return")
        assert scene.page == n and scene.phase == "text"
    p.press("return")
    assert scene.phase == "credits"

"""Any text wraps and reveals in time proportional to its length, however long its lines are."""

from __future__ import annotations

import pygame
import pytest

from game.engine.text import TextRenderer


@pytest.fixture(scope="module")
def renderer() -> TextRenderer:
    pygame.init()
    return TextRenderer()


class Counting:
    """The face's FreeType font, counting the characters it is asked to measure: work in proportion
    to the text's length is what keeps a long line from hanging the window (a count, not a clock,
    so the test says the same on a busy machine)."""

    def __init__(self, ft) -> None:
        self.ft, self.measured = ft, 0

    def get_rect(self, text, *args, **kwargs):
        self.measured += len(text)
        return self.ft.get_rect(text, *args, **kwargs)

    def get_metrics(self, text, *args, **kwargs):
        self.measured += len(text)
        return self.ft.get_metrics(text, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.ft, name)


@pytest.fixture()
def counted(renderer: TextRenderer):
    font = renderer.font(20)
    real = font.ft
    font.ft = Counting(real)
    yield font.ft
    font.ft = real


@pytest.mark.parametrize("text", ["a" * 100_000, "x" * 50_000 + " tail", "W" * 99_999 + "\n" + "i" * 100_000])
def test_an_unbroken_line_wraps_in_linear_work_and_fits(renderer: TextRenderer, counted, text: str) -> None:
    lines = renderer.wrap(text, 20, 600)
    assert counted.measured <= 3 * len(text), f"{counted.measured:,} characters measured for {len(text):,}"
    block = renderer.block(text, 20, (255, 255, 255), 600)
    assert "".join(lines) == text.replace(" ", "").replace("\n", "") or " tail" in text
    font = renderer.font(20)
    assert all(font.size(line)[0] <= 600 for line in lines)
    assert block.width <= 600 + 2


def test_the_typewriter_reveals_a_long_line_in_linear_work(renderer: TextRenderer, counted) -> None:
    block = renderer.block("b" * 100_000, 20, (255, 255, 255), None)
    counted.measured = 0
    assert block.prefix_width(0, 50_000, renderer.font(20)) > 0
    assert block.prefix_width(0, 50_001, renderer.font(20)) > 0
    assert counted.measured <= 3 * 100_000, f"{counted.measured:,} characters measured"


def test_prefix_widths_are_the_widths_of_the_prefixes(renderer: TextRenderer) -> None:
    for px in (13, 20, 27):
        font = renderer.font(px)
        for text in ("The dog goes grey; kitchen half.", "fff ,.;' Wj  ", "ü€—“quoted”", ""):
            assert font.prefix_widths(text) == [font.size(text[:i])[0] for i in range(len(text) + 1)]


def test_ordinary_text_wraps_as_before(renderer: TextRenderer) -> None:
    text = "A longer line that wraps across the box, with a few words more to be sure."
    lines = renderer.wrap(text, 20, 160)
    assert " ".join(lines) == text and len(lines) > 2
    font = renderer.font(20)
    for a, b in zip(lines, lines[1:], strict=False):
        assert font.size(a + " " + b.split(" ")[0])[0] > 160, "each line takes every word that fits"

"""Any text wraps and reveals in time proportional to its length, however long its lines are."""

from __future__ import annotations

import time

import pygame
import pytest

from game.engine.text import TextRenderer


@pytest.fixture(scope="module")
def renderer() -> TextRenderer:
    pygame.init()
    return TextRenderer()


@pytest.mark.parametrize("text", ["a" * 100_000, "x" * 50_000 + " tail", "W" * 99_999 + "\n" + "i" * 100_000])
def test_an_unbroken_line_wraps_fast_and_fits(renderer: TextRenderer, text: str) -> None:
    t = time.perf_counter()
    lines = renderer.wrap(text, 20, 600)
    took = time.perf_counter() - t
    assert took < 1.0, f"{took:.2f} s to wrap"
    block = renderer.block(text, 20, (255, 255, 255), 600)
    assert "".join(lines) == text.replace(" ", "").replace("\n", "") or " tail" in text
    font = renderer.font(20)
    assert all(font.size(line)[0] <= 600 for line in lines)
    assert block.width <= 600 + 2


def test_the_typewriter_reveals_a_long_line_without_waiting(renderer: TextRenderer) -> None:
    block = renderer.block("b" * 100_000, 20, (255, 255, 255), None)
    t = time.perf_counter()
    assert block.prefix_width(0, 50_000, renderer.font(20)) > 0
    took = time.perf_counter() - t
    assert took < 1.0, f"{took:.2f} s to measure"


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

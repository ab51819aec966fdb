"""The weeks_pass calendar: under the three weeks crossed off, the week to come, its last day circled
twice in red pen (Mai's birthday at the end of it), drawn from the start and never crossed."""

from __future__ import annotations

import pygame

from game.engine.theme import PALETTE
from game.scenes import calendar


def cell_pixels(k: float, row: int, col: int) -> set[tuple[int, int, int]]:
    """The colours drawn round one day's square of the page at `k` of the way through."""
    view = pygame.Rect(0, 0, 640, 360)
    surf = pygame.Surface(view.size)
    calendar.draw(surf, view, k)
    page = calendar.page_rect(view)
    step = calendar.CELL + calendar.GAP
    x = page.x + 8 + calendar.GAP + col * step
    y = page.y + calendar.HEADER + 8 + calendar.GAP + row * step
    box = pygame.Rect(x - 3, y - 3, calendar.CELL + 6, calendar.CELL + 6)
    return {tuple(surf.get_at((i, j)))[:3] for i in range(box.left, box.right) for j in range(box.top, box.bottom)}


def test_the_last_day_of_the_week_to_come_is_circled_in_red_from_the_start() -> None:
    red = tuple(PALETTE["ares_red"])[:3]
    for k in (0.05, 0.5, 0.8):
        assert red in cell_pixels(k, calendar.WEEKS, calendar.CIRCLED), "the birthday is circled"
        assert red not in cell_pixels(k, calendar.WEEKS, 0), "the other days of that week are left alone"


def test_the_week_to_come_is_never_crossed_off() -> None:
    assert calendar.crossed(1.0) == calendar.WEEKS * calendar.DAYS
    assert calendar.ROWS == calendar.WEEKS + 1

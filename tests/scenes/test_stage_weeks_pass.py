"""`effect: weeks_pass`: a jump in time shown without a word, a wall calendar's page over the dark
between two scenes, its days crossed off one at a time, then gone. The window really draws it: its
pixels are compared with the same dark frame without it."""

from __future__ import annotations

import os

import pygame
from test_stage_play import on_the_map

from game.scenes import calendar
from game.scenes.staging import busy, direct
from game.story import events as ev


def page(p) -> bytes:
    """The window's pixels where the calendar's page goes."""
    stage = p.play.stage
    return pygame.image.tobytes(p.app.canvas.surface.subsurface(calendar.page_rect(stage.view)), "RGB")


def test_the_days_are_crossed_off_over_the_dark_and_the_page_goes(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", effect="fade_out"))
    p.run(60)
    dark = page(p)
    direct(stage, ev.Stage("s", effect="weeks_pass"))
    p.run(20)
    early = page(p)
    assert early != dark, "the page is drawn over the dark"
    assert busy(stage), "a wait holds the story for it"
    p.run(70)
    later = page(p)
    if os.environ.get("SHOW_WEEKS"):
        pygame.image.save(p.app.canvas.surface, os.environ["SHOW_WEEKS"])
    assert later not in (early, dark), "more days crossed off"
    p.run(200)
    assert not busy(stage) and page(p) == dark, "then the page is gone, the dark as it was"


def test_the_crosses_come_one_at_a_time_to_all_three_weeks() -> None:
    seen = [calendar.crossed(i / 100) for i in range(101)]
    assert seen[0] == 0 and seen[-1] == calendar.WEEKS * calendar.DAYS == 21
    assert all(0 <= b - a <= 1 for a, b in zip(seen, seen[1:], strict=False)), "never more than one at once"

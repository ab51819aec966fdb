"""Whose eyes the player is behind. The window shows it by the sprite that walks; the terminal has
no sprite, so when a beat's lead differs from the beat before it, a stage note says so."""

from __future__ import annotations

from ..story.events import BeatStart
from ..story.story import Story

DEFAULT_LEAD = "mai"  # a beat that names no lead is walked as Mai


def lead_note(story: Story, e: BeatStart) -> str | None:
    """`[You are 7723.]` as a beat hands the player to someone new, `[You are Mai again.]` as it hands
    them back to Mai; None while the lead stays the same."""
    beats = list(story.beats.values())
    before = beats[e.number - 2].lead if 2 <= e.number <= len(beats) + 1 else DEFAULT_LEAD
    if e.lead == before:
        return None
    who = story.characters[e.lead].name if e.lead in story.characters else e.lead
    return f"[You are {who} again.]" if e.lead == DEFAULT_LEAD else f"[You are {who}.]"

"""Whose eyes the player is behind. The window shows it by the sprite that walks; the terminal has
no sprite, so when a beat hands the player to someone other than the one they last walked as, a stage
note says so.

The note compares with the lead this terminal last showed, not with the beat numbered before: a
`beat:` jump, a resumed save or a `--beat` start lands wherever the story goes, and the player only
knows whose eyes they were behind from what was printed."""

from __future__ import annotations

from ..story.story import Story

DEFAULT_LEAD = "mai"  # a beat that names no lead is walked as Mai, and every story starts as her


def lead_note(story: Story, lead: str, last: str | None) -> str | None:
    """`[You are 7723.]` as a beat hands the player to someone new, `[You are Mai again.]` as it hands
    them back to Mai; None while the lead stays the one last shown. `last` is None when nothing has
    been shown yet: then only a lead other than Mai needs saying."""
    if lead == (last or DEFAULT_LEAD):
        return None
    who = story.characters[lead].name if lead in story.characters else lead
    return f"[You are {who} again.]" if lead == DEFAULT_LEAD else f"[You are {who}.]"


class Leads:
    """The lead last shown in this terminal, so each beat's note compares with what the player saw."""

    def __init__(self) -> None:
        self.last: str | None = None

    def note(self, story: Story, lead: str) -> str | None:
        """The note for a beat walked as `lead` (see `lead_note`), remembering `lead` as shown."""
        said, self.last = lead_note(story, lead, self.last), lead
        return said

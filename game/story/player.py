"""A headless player: drives a play session through lines, keeping the transcript and endings.

Scripted and random playthroughs (`playthrough.py`), the bench and the tests all play through it,
so "what the player saw" means the same thing wherever a run is judged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import answers as an
from . import events as ev
from .runtime import RuntimeError_
from .session import PlaySession
from .views import shown as where_now  # what the game shows, in words: one wording for every report

MAX_EVENTS = 20_000


__all__ = ["Player", "Result", "where_now"]


@dataclass
class Result:
    name: str
    ok: bool
    ending: str | None = None  # the last ending reached
    endings: list[str] = field(default_factory=list)  # every ending reached, rewinds included
    problems: list[str] = field(default_factory=list)
    transcript: list[str] = field(default_factory=list)
    decisions: int = 0
    bond_at_reboot: int | None = None
    seed: int = 0
    defaulted: list[str] = field(default_factory=list)  # decisions a script left to its default

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "ending": self.ending, "problems": self.problems,
                "decisions": self.decisions, "bond_at_reboot": self.bond_at_reboot, "seed": self.seed,
                "lines": len(self.transcript), "defaulted": len(self.defaulted)}


class Player:
    """Drives a play session (no saves), going on through lines and keeping a transcript."""

    def __init__(self, session: PlaySession):
        self.session = session
        self.rt = session.runtime
        self.transcript: list[str] = []
        self.endings: list[str] = []
        self.bond_at_reboot: int | None = None
        self.events = 0

    def run_on(self) -> ev.Event | None:
        """Continue until the game needs a decision; None when it has finished."""
        session = self.session
        while True:
            self.events += 1
            if self.events > MAX_EVENTS:
                raise RuntimeError_("the playthrough goes on for ever (over 20,000 events)")
            e = session.event
            if isinstance(e, ev.Line):
                self.transcript.append(f"{e.name}: {e.text}" if e.name else e.text)
            elif isinstance(e, (ev.BeatStart, ev.GameOver)):
                self.transcript.append(f"== {e.title} ==")
            elif isinstance(e, ev.Stage):
                if e.note:
                    self.transcript.append(f"[{e.note}]")
            elif isinstance(e, ev.Ending):
                if not self.endings or self.endings[-1] != e.id or e.rewind:
                    self.endings.append(e.id)
                    self.transcript.append(f"== ending: {e.title} ==")
                if e.rewind is None:
                    return None
            else:
                if isinstance(e, ev.Reboot):
                    self.bond_at_reboot = session.bond
                return e
            session.answer(an.ADVANCE)

    def answer(self, a: an.Answer) -> ev.Event | None:
        """Give the decision, then go on to the next one."""
        self.session.answer(a)
        return self.run_on()

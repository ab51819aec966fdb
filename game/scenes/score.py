"""What the director plays: the beat's music and its cues, the stage's sounds, Mai's footsteps and
the doors she goes through.

A beat opens with the piece its own stage directions name (`BeatStart.stage.music`); a `Stage` event
with `music` changes the piece from then on, and one with `sound` plays that effect once. A screen of
its own (the memory review, the reboot) plays its piece over the beat's; the next line of the beat
brings the beat's piece back. A beat that names no piece keeps what was playing, except a review
beat, which has the review's piece.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine.footsteps import Floors, Footsteps
from game.story import events as ev

if TYPE_CHECKING:
    from game.engine.context import Context

    from .stage import Stage

SCREEN_PIECES = {"memory_review": "memory_review"}  # a beat of this kind with no cue of its own


def beat_piece(start: ev.BeatStart) -> str | None:
    """The piece a beat opens with, or None to keep what plays."""
    if start.stage is not None and start.stage.music:
        return start.stage.music
    return SCREEN_PIECES.get(start.scene)


class Score:
    """The beat's music as its cues leave it, and the footsteps of whoever the player walks."""

    def __init__(self, ctx: Context, start: ev.BeatStart) -> None:
        self.ctx = ctx
        self.piece = beat_piece(start)  # the beat's piece now (None: whatever was playing)
        floors = ctx.assets.made("floors", lambda: Floors.load(ctx.assets))
        self.steps = Footsteps(ctx.audio, floors)
        self.in_doorway = False  # Mai is going through a doorway (the curtain is falling)

    def begin(self) -> None:
        """The beat is on stage: its piece plays."""
        if self.piece:
            self.ctx.audio.music(self.piece)

    def cue(self, e: ev.Event) -> None:
        """An event is about to be presented: play what it cues, or bring the beat's piece back
        after a screen that played its own."""
        audio = self.ctx.audio
        if isinstance(e, ev.Stage):
            if e.music:
                self.piece = e.music
                audio.music(e.music)
            if e.sound:
                audio.play(e.sound)
        elif isinstance(e, ev.BeatStart):
            piece = beat_piece(e)
            if piece:
                audio.music(piece)
        elif isinstance(e, ev.Line | ev.Choice) and self.piece:
            audio.music(self.piece)

    def walk(self, stage: Stage) -> None:
        """A footstep on each stride of a walk, and a door as she goes through a doorway."""
        self.steps.update(stage.mai, stage.map)
        going = stage.going is not None
        if going and not self.in_doorway:
            self.ctx.audio.play("door")
        self.in_doorway = going

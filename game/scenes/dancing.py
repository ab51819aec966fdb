"""Someone dancing: `dance`. The noodle robot, once 7723's finger is in its speaker port and its
jingle has gone punk, cannot stop.

No sprite has a sheet of it, so it is made from the standing frame: the figure rocks from one side
to the other on the beat, up on its toes on every other one, with a music note hanging beside it on
the side it leans away from. Even a single still shows a figure tipped over with a note by its head,
which reads as dancing with the sound off. Two beats a second: a sway, not a flicker.
"""

from __future__ import annotations

import pygame

DANCE = ("dance",)
BEATS = 2.0  # a second
LEAN = 12  # degrees it rocks over, each way
HOP = 2  # pixels up on the off beat
NOTE = (255, 214, 90)  # the note's colour: warm yellow, like the stall's lights
NOTE_ROOM = 7  # pixels beside the figure kept for the note


def dancing(frame: pygame.Surface, t: float) -> pygame.Surface:
    """`frame` rocked over for time `t`, with a note beside it; on the same feet as `frame`."""
    beat = int(t * BEATS)
    side = 1 if beat % 2 == 0 else -1  # 1: leaning left (turned anticlockwise), the note on its right
    tipped = pygame.transform.rotate(frame, LEAN * side)
    w, h = tipped.get_size()
    hop = HOP if beat % 2 else 0
    out = pygame.Surface((w + 2 * NOTE_ROOM, h + HOP), pygame.SRCALPHA)
    out.blit(tipped, (NOTE_ROOM, HOP - hop))
    x = out.get_width() - 4 if side == 1 else 2
    _note(out, x, max(2, h // 4))
    return out


def _note(surface: pygame.Surface, x: int, y: int) -> None:
    """A quaver: a round head, a stem up from its right side, a flag off the top."""
    pygame.draw.circle(surface, NOTE, (x, y + 4), 2)
    pygame.draw.line(surface, NOTE, (x + 1, y + 4), (x + 1, y - 1))
    pygame.draw.line(surface, NOTE, (x + 1, y - 1), (x + 3, y + 1))

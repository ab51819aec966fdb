"""Someone gone slack, like a glove with the hand taken out: `slack`.

Pin, the moment Ares stops wearing his face; his body, later, run across a pitch on strings. No sprite
has a sheet of it, so it is made from the standing (or walking) frame: the head dropped onto the
chest, the whole figure lolling over to one side (forward, the way they go, when seen from the side),
and its colour drained towards a dead grey, so that with the words hidden it still reads as someone
no longer in there. Someone slack walks as well as stands (`MOVING_POSES`): the loose run.
"""

from __future__ import annotations

import pygame

SLACK = ("slack",)
DROOP = 0.3  # the head: the top of the figure, as a share of its height, that drops onto the chest
SAG = 3  # pixels it drops
NOD = 1  # pixels it falls forward, the way they face (seen from the side)
LOLL = 7  # degrees the figure leans over
DRAIN = 0.85  # how far its colour goes towards grey (0 none, 1 all)
DEAD = (175, 175, 190)  # the grey it goes towards, a little cold


def slack(frame: pygame.Surface, facing: str) -> pygame.Surface:
    """`frame` with its head dropped, leaning over and greyed, facing `facing`."""
    w, h = frame.get_size()
    head = max(1, round(h * DROOP))
    body = pygame.Surface((w, h), pygame.SRCALPHA)
    body.blit(frame, (0, head), pygame.Rect(0, head, w, h - head))
    nod = {"left": -NOD, "right": NOD}.get(facing, 0)
    body.blit(frame, (nod, SAG), pygame.Rect(0, 0, w, head))  # over the top of the shoulders
    _drain(body)
    lean = {"left": LOLL, "right": -LOLL, "down": -LOLL // 2, "up": LOLL // 2}.get(facing, 0)
    return pygame.transform.rotate(body, lean)


def _drain(surface: pygame.Surface) -> None:
    """Take `surface`'s colour most of the way to a cold grey, where it is drawn (the clear stays clear)."""
    grey = pygame.transform.grayscale(surface)
    grey.fill((*DEAD, 255), special_flags=pygame.BLEND_RGBA_MULT)
    grey.set_alpha(round(255 * DRAIN))
    surface.blit(grey, (0, 0))

"""Someone sitting on the floor (or a bench), made from their standing frame, so it reads as seated
and not as a shorter person standing: head and body kept as drawn, the legs folded under them.

Seen from the side the legs are turned to lie out in front of them, the way they face, at the height
of the hips; seen from the front or the back only a short stub of them shows under the body, the
knees towards us or hidden. Either way the figure is lower on its tile than standing, by about its
legs' length, and keeps the standing frame's width, so what they hold stays where it was.
"""

from __future__ import annotations

import pygame

HIPS = 0.7  # where the legs begin, as a share of the figure's height from the top of its head
STUB = 0.35  # how much of the legs shows from the front or the back, as a share of their length
KNEES = 1.3  # how much wider than standing the legs are from the front or the back: the knees apart
OVERLAP = 1  # pixels the legs laid forward come up over the foot of the body, so the two meet


def hips_of(frame: pygame.Surface) -> int | None:
    """Where the legs of a standing figure begin, in rows from the top of `frame` (None: too small a
    figure to fold)."""
    fig = frame.get_bounding_rect()
    return fig.top + round(fig.height * HIPS) if fig.height >= 4 else None


def folded(frame: pygame.Surface, hips: int, knees: float, share: float) -> pygame.Surface | None:
    """The figure cut at `hips`, its legs squashed to `share` of their length and `knees` times as
    wide, under an empty space the body's height: sitting seen from the front, or crouching (None:
    no legs drawn below the hips)."""
    w, h = frame.get_size()
    legs = frame.subsurface((0, hips, w, h - hips))
    drawn = legs.get_bounding_rect()
    if not drawn.width or not drawn.height:
        return None
    wide = min(w, round(drawn.width * knees))
    stub = pygame.transform.scale(legs.subsurface(drawn), (max(1, wide), max(2, round(drawn.height * share))))
    out = pygame.Surface((w, hips + stub.get_height()), pygame.SRCALPHA)
    out.blit(stub, (drawn.centerx - wide // 2, hips))
    return out


def seated(frame: pygame.Surface, facing: str) -> pygame.Surface:
    """`frame` (standing, facing `facing`) sitting down: the same width, shorter by the legs."""
    w, h = frame.get_size()
    hips = hips_of(frame)
    if hips is None:
        return frame
    body = frame.subsurface((0, 0, w, hips))
    if facing in ("left", "right"):
        return _side(body, frame.subsurface((0, hips, w, h - hips)).copy(), facing)
    out = folded(frame, hips, KNEES, STUB)
    if out is None:
        return frame
    out.blit(body, (0, 0))
    return out


def _side(body: pygame.Surface, legs: pygame.Surface, facing: str) -> pygame.Surface:
    """The legs turned a quarter to lie out in front, their feet the way they face, tucked in at the hips."""
    w = body.get_width()
    drawn = legs.get_bounding_rect()
    if not drawn.width or not drawn.height:
        return body.copy()
    laid = pygame.transform.rotate(legs.subsurface(drawn), 90 if facing == "right" else -90)
    hip_x = drawn.centerx
    room = w - hip_x if facing == "right" else hip_x  # from the hips to the edge of the frame, forward
    thick = min(laid.get_height(), max(2, legs.get_height() // 2))  # thighs on the floor, seen flat
    if laid.get_width() > room or laid.get_height() > thick:
        laid = pygame.transform.scale(laid, (max(1, min(room, laid.get_width())), max(1, thick)))
    low = max(0, laid.get_height() - OVERLAP)
    out = pygame.Surface((w, body.get_height() + low), pygame.SRCALPHA)
    out.blit(body, (0, 0))
    x = hip_x if facing == "right" else hip_x - laid.get_width()
    out.blit(laid, (x, out.get_height() - laid.get_height()))
    return out

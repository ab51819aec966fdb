"""Someone with both arms wrapped round whoever (or whatever) is before them: `hold`.

7723 holding Ares back on the pitch, two sisters hugging in a cell, 7723 over the girls with his
whole body: the same gesture, so one word. No sprite has a sheet of it, so it is made from the
standing (or walking) frame: both arms brought up to chest height in the colour of the figure's
torso, reaching out the way they face (from the side: past their front, a hand curled down round
what they hold; facing us or away: out either side and down round whoever is at their sides). The frame is widened evenly on both sides so the feet stay where they stood, and
someone holding walks as well as stands (`MOVING_POSES`), so two held together can be walked.
"""

from __future__ import annotations

from collections import Counter

import pygame

HOLDING = ("hold",)
REACH = 0.5  # how far past the body the arms go, as a share of the frame's width
CHEST = 0.5  # the height of the arms, as a share of the frame's height from the top (about the elbows)
INK = (20, 16, 28)


def torso_colour(frame: pygame.Surface) -> pygame.Color:
    """The commonest opaque colour of the middle of the figure: a hoodie, a jacket, a robot's shell."""
    w, h = frame.get_size()
    seen: Counter[tuple[int, int, int]] = Counter()
    for y in range(round(h * 0.45), round(h * 0.65)):
        for x in range(w // 6, w - w // 6):
            c = frame.get_at((x, y))
            if c.a > 200 and sum(c[:3]) > 90:  # not the outline
                seen[(c.r, c.g, c.b)] += 1
    rgb = seen.most_common(1)[0][0] if seen else (200, 200, 200)
    return pygame.Color(*rgb)


def holding(frame: pygame.Surface, facing: str) -> pygame.Surface:
    """`frame` with both arms wrapped round what is before it, facing `facing`."""
    w, h = frame.get_size()
    reach = max(4, round(w * REACH))
    out = pygame.Surface((w + 2 * reach, h), pygame.SRCALPHA)
    sleeve = torso_colour(frame)
    shade = pygame.Color(sleeve.r * 3 // 4, sleeve.g * 3 // 4, sleeve.b * 3 // 4)
    thick = max(2, w // 8)
    y = round(h * CHEST)
    if facing in ("left", "right"):
        far = _side_arm(w, reach, y - thick // 2 - 1, thick, shade)
        near = _side_arm(w, reach, y, thick, sleeve)
        out.blit(far, (0, 0))
        out.blit(frame, (reach, 0))
        out.blit(near, (0, 0))
        return pygame.transform.flip(out, True, False) if facing == "right" else out
    out.blit(frame, (reach, 0))
    for arm in (_side_arm(w, reach, y, thick, sleeve),):  # facing us or away: out either side and round
        out.blit(arm, (0, 0))
        out.blit(pygame.transform.flip(arm, True, False), (0, 0))
    return out


def _side_arm(w: int, reach: int, y: int, thick: int, colour: pygame.Color) -> pygame.Surface:
    """One arm seen from the side, facing left: out from the shoulder past the body's front edge,
    the hand curled down at its end."""
    arm = pygame.Surface((w + 2 * reach, y + thick * 3), pygame.SRCALPHA)
    start = reach + w // 2
    _bar(arm, pygame.Rect(reach // 3, y, start - reach // 3, thick), colour)
    _bar(arm, pygame.Rect(reach // 3, y, thick, thick * 2), colour)  # the hand, round what it holds
    return arm


def _bar(surface: pygame.Surface, rect: pygame.Rect, colour: pygame.Color) -> None:
    """A limb: `rect` filled, with an ink line round it."""
    surface.fill(INK, rect.inflate(2, 2))
    surface.fill(colour, rect)

"""Someone with both arms wrapped round whoever (or whatever) is before them: `hold`.

7723 holding Ares back on the pitch, two sisters hugging in a cell, 7723 over the girls with his
whole body: the same gesture, so one word. No sprite has a sheet of it, so it is made from the
standing (or walking) frame: both arms brought up to chest height in the colour of the figure's
torso, reaching out the way they face (from the side: bent at the elbow and out past their front,
a hand curled down round what they hold; facing us: out either side and back in across the front,
round whoever is held there; from behind, the same, only the elbows showing past their sides).
The frame is widened evenly on both sides so the feet stay where they stood, and someone holding
walks as well as stands (`MOVING_POSES`), so two held together can be walked.
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
        _limb(out, _side_arm(w, reach, y - thick // 2 - 1, thick), thick, shade)  # the far arm, behind
        out.blit(frame, (reach, 0))
        _limb(out, _side_arm(w, reach, y, thick), thick, sleeve)
        return pygame.transform.flip(out, True, False) if facing == "right" else out
    arm = pygame.Surface(out.get_size(), pygame.SRCALPHA)  # facing us or away: out either side and round
    _limb(arm, _round_arm(w, reach, y, thick), thick, sleeve)
    arms = [(arm, (0, 0)), (pygame.transform.flip(arm, True, False), (0, 0))]
    body = [(frame, (reach, 0))]
    out.blits(arms + body if facing == "up" else body + arms)  # from behind, the arms go round out of sight
    return out


def _side_arm(w: int, reach: int, y: int, thick: int) -> list[tuple[int, int]]:
    """One arm seen from the side, facing left: from the shoulder a little down to the elbow, the
    forearm out past the body's front edge rising a touch, and the hand curled down round what it
    holds."""
    shoulder = (reach + w // 2, y - thick // 2)
    elbow = (reach + w // 8, y + thick // 2)
    hand = (reach // 3, y)
    return [shoulder, elbow, hand, (reach // 3 + thick // 2, y + thick * 2)]


def _round_arm(w: int, reach: int, y: int, thick: int) -> list[tuple[int, int]]:
    """The arm on the left of the picture, facing us: out from the shoulder, the elbow a little wide,
    and the forearm brought back in across the front to the middle, round whoever is held there."""
    shoulder = (reach + thick, y - thick // 2)
    elbow = (reach - thick - 1, y + thick // 2)
    return [shoulder, elbow, (reach + w // 4, y + thick * 2), (reach + w // 2 - 1, y + thick * 2)]


def _limb(surface: pygame.Surface, points: list[tuple[int, int]], thick: int, colour: pygame.Color) -> None:
    """A limb through `points`, rounded at its joints, with an ink line round it."""
    for width, paint in ((thick + 2, INK), (thick, colour)):
        pygame.draw.lines(surface, paint, False, points, width)
        for x, yy in points:
            pygame.draw.circle(surface, paint, (x, yy), max(1, width // 2))

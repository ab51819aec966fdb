"""A held bat (or anything held in hand or over a shoulder) swung out in front of whoever holds it,
while they stand in the pose `swing`.

It is the prop's picture as it lies on the ground (the bat flat, grip at its left end), put level at
their hands' height with its grip in their hands and the rest of it out the way they face, a pale
streak of the swing above it. Facing us, the bat goes out to their right (the left of the picture),
where a sheet of the pose has their hands (`mai_swing`); facing away it goes out to the other side,
drawn behind them, their hands hidden in front of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.story.stagewords import HELD_POSES

if TYPE_CHECKING:
    from .place import Walker
    from .props import PropSprite

SWING = HELD_POSES[1]  # the pose, as the words name it
SWUNG = ("hand", "shoulder")  # what is held so is swung; a bag on the back or a box in both arms is not
HANDS = 0.62  # how far down the holder's picture their hands are, as a share of its height
STREAK = (255, 255, 255, 110)  # the swing's blur, see-through
BLUR = 3  # pixels above the bat its streak runs
IN_FRONT, BEHIND = 0.5, -0.5  # the prop's layer from its holder's (as props.py has them)


def swinging(w: Walker, carry: str) -> bool:
    """Whether what `w` holds so is swung out in front of them now."""
    return w.pose == SWING and not w.moving and carry in SWUNG


def swung(prop: PropSprite, w: Walker) -> float:
    """Put `prop` out in front of `w` mid-swing; its layer from theirs."""
    r, facing = w.rect, w.facing
    out_left = facing in ("left", "down")  # where the bat reaches, as the picture has it
    prop.image = _picture(prop, out_left)
    y = r.top + round(r.height * HANDS)
    if facing == "left":
        prop.rect = prop.image.get_rect(midright=(r.left + 2, y))
    elif facing == "right":
        prop.rect = prop.image.get_rect(midleft=(r.right - 2, y))
    elif facing == "down":
        prop.rect = prop.image.get_rect(midright=(r.left + 3, y))
    else:
        prop.rect = prop.image.get_rect(midleft=(r.centerx, y))
    prop.pos = pygame.Vector2(r.midbottom)
    return BEHIND if facing == "up" else IN_FRONT


def _picture(prop: PropSprite, out_left: bool) -> pygame.Surface:
    """The prop lying flat with the swing's streak above it, its grip at the holder's end; made once."""
    cache = prop.__dict__.setdefault("_swung", {})
    if out_left not in cache:
        flat = prop.frames[0]
        flat = flat.subsurface(flat.get_bounding_rect())  # the frame is as tall as the upright bat
        w, h = flat.get_size()
        img = pygame.Surface((w, h + BLUR), pygame.SRCALPHA)
        for i in range(BLUR):  # a streak that thickens towards the head of the bat, above it
            x0 = w // 3 + i * w // 6
            pygame.draw.line(img, STREAK, (x0, i), (w - 1, i))
        img.blit(flat, (0, BLUR))
        cache[out_left] = pygame.transform.flip(img, True, False) if out_left else img
    return cache[out_left]

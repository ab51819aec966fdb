"""Mai's face among 7723's memories: the lights `her_faces` and `first_sight`.

The ring of `memories.py` is his memories as small pictures, too small to say whose face is in
them. Where the words say what the holograms show of her, the picture has to show it too. With
`her_faces` on, her face hangs round him "over and over, from a dozen angles": a dozen small
holograms of her head, each from her portraits (her faces, then and with the black eye), turned
this way and that, some from close up, in a wider ring round his memories, turning the other way;
the oldest is the nearest, so close it is nearly all eyes. With `first_sight` on, the first thing he
ever saw is played big over him: her face leaning in, enormous, eyes wide, the scab on her chin
(`assets/ui/memories/first_face_close.png`, drawn as her portrait is).

Both are holograms as the window's others are (`hologram.py`, `projected.py`): her picture in cyan
light, scan-lined, added to the frame as light over a dark pane of its own shape, so that in the bright
middle of his ring her face still reads (skin bright, hair and eyes dark), drawn over the map and its
light as the ring is. They flicker a little as a hologram does and bob; under reduce motion they hold
steady and still, and the dozen turn slower.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.engine.theme import PALETTE

from .memories import chest

if TYPE_CHECKING:
    from game.engine.assets import Assets

    from .stage import Stage

FACES = "her_faces"  # the lights' words
FIRST = "first_sight"
CLOSE = "ui/memories/first_face_close.png"  # the first face, whole (tools/art/memories.py `CLOSE`)
PORTRAITS = ("mai_neutral", "mai_happy", "mai_sad", "mai_angry", "mai_black_eye_neutral", "mai_black_eye_sad")
HEAD = (14, 6, 68, 70)  # the head in a 96x96 portrait: x, y, w, h
EYES = (30, 32, 44, 28)  # and just the eyes
BIG = 84  # map pixels: the first face's height, half again his own, over him
ABOVE = 14  # map pixels from his chest up to its bottom edge
SMALL = 20  # map pixels: one of the dozen faces
DOZEN = 12
WIDE = (66, 26)  # their ring round his, wider than the memories' own
TURN = -0.2  # radians a second, against the memories' ring
TURN_CALM = -0.06
LEVELS = 4  # how many strengths a flicker steps through (each hologram made once)
FLOOR = 46  # the grey a portrait's darkest parts come down to nothing from: hair and eyes stay dark
PANE = (40, 70, 96)  # what is behind a face is seen through this: dark, so the light of the face shows
SCAN = (120, 120, 120)  # every third row dimmed so: scan lines


def _holo(face: pygame.Surface, strength: float, rim: bool) -> tuple[pygame.Surface, pygame.Surface]:
    """A picture as a hologram: its greys stretched (the dark parts to nothing), in cyan light at
    `strength`, scan-lined, with a neon edge if `rim`; and the dark pane of its shape to lay under it."""
    shape = pygame.mask.from_surface(face, 40)
    img = pygame.Surface(face.get_size())
    img.fill((0, 0, 0))
    img.blit(pygame.transform.grayscale(face), (0, 0))
    img.fill((FLOOR, FLOOR, FLOOR), special_flags=pygame.BLEND_RGB_SUB)
    img.blit(img.copy(), (0, 0), special_flags=pygame.BLEND_RGB_ADD)  # twice as bright: the skin near white
    img.fill(tuple(round(v * strength) for v in PALETTE["holo"]), special_flags=pygame.BLEND_RGB_MULT)
    for y in range(2, img.get_height(), 3):
        img.fill(SCAN, (0, y, img.get_width(), 1), special_flags=pygame.BLEND_RGB_MULT)
    if rim:
        edge = tuple(round(v * strength) for v in PALETTE["neon_cyan"])
        for x, y in shape.outline()[::2]:
            img.set_at((x, y), edge)
    return img, shape.to_surface(setcolor=PANE, unsetcolor=(255, 255, 255))


def _show(surf: pygame.Surface, made: tuple[pygame.Surface, pygame.Surface], rect: pygame.Rect) -> None:
    img, pane = made
    surf.blit(pane, rect, special_flags=pygame.BLEND_RGB_MULT)
    surf.blit(img, rect, special_flags=pygame.BLEND_RGB_ADD)

_CACHE: dict[tuple, list] = {}  # the holograms made, by assets and what they show


def over(stage: Stage, surf: pygame.Surface, jolt: int) -> None:
    """Her faces round 7723, and the first one big over him, while the lights have them up."""
    lights = stage.lighting.lights
    if FACES not in lights and FIRST not in lights:
        return
    middle = chest(stage, jolt)
    if middle is None:
        return
    calm = stage.ctx.settings.reduce_motion
    if FACES in lights:
        dozen(surf, stage.ctx.assets, middle, stage.t, calm)
    if FIRST in lights:
        first(surf, stage.ctx.assets, middle, stage.t, calm)


def _face(assets: Assets, name: str) -> pygame.Surface | None:
    """A portrait, or the first face's close picture (`name` a path under assets/); None if not drawn."""
    rel = name if name.endswith(".png") else f"portraits/{name}.png"
    return assets.image(rel) if assets.exists(rel) else None


def _strength(t: float, calm: bool, i: int = 0) -> int:
    """Which of `LEVELS` strengths a hologram is at (a flicker now and then; steady when calm)."""
    if calm:
        return LEVELS
    dip = math.sin(t * 9.0 + i * 2.3) > 0.93  # a short dip, now and then, not a strobe
    return LEVELS - 1 if dip else LEVELS


def first(surf: pygame.Surface, assets: Assets, middle: tuple[int, int], t: float, calm: bool) -> None:
    """The first face, enormous, over him: its bottom edge a little above his chest."""
    key = (id(assets), FIRST)
    if key not in _CACHE:
        face = _face(assets, CLOSE) or _face(assets, "mai_neutral")
        if face is None:
            return
        head = face.subsurface(pygame.Rect(HEAD).clip(face.get_rect())).copy()
        size = (round(BIG * head.get_width() / head.get_height()), BIG)
        head = pygame.transform.scale(head, size)
        _CACHE[key] = [_holo(head, k / LEVELS, True) for k in range(1, LEVELS + 1)]
    made = _CACHE[key][_strength(t, calm) - 1]
    bob = 0 if calm else round(1.5 * math.sin(t * 1.3))
    at = made[0].get_rect(midbottom=(middle[0], middle[1] - ABOVE + bob))
    _show(surf, made, at)
    pygame.draw.rect(surf, PALETTE["holo"], at.inflate(4, 4), 1)  # the edge of the projection


def _angles() -> list[tuple[str, tuple[int, int, int, int], bool, float, float]]:
    """The dozen: (picture, crop, mirrored, turned by degrees, size against `SMALL`), the first the
    oldest: the first face, so close it is nearly all eyes."""
    out: list[tuple[str, tuple[int, int, int, int], bool, float, float]] = [(CLOSE, EYES, False, 0.0, 1.1)]
    for i in range(1, DOZEN):
        name = PORTRAITS[i % len(PORTRAITS)]
        crop = HEAD if i % 3 else (22, 22, 52, 44)  # every third from closer in
        out.append((name, crop, i % 2 == 1, (-14, 9, -5, 13, -10, 4)[i % 6], 0.85 + 0.1 * (i % 3)))
    return out


def _panels(assets: Assets) -> list[list[pygame.Surface]]:
    key = (id(assets), FACES)
    if key not in _CACHE:
        made: list[list[pygame.Surface]] = []
        for name, crop, mirrored, turned, scale in _angles():
            face = _face(assets, name) or _face(assets, "mai_neutral")
            if face is None:
                continue
            part = face.subsurface(pygame.Rect(crop).clip(face.get_rect())).copy()
            h = round(SMALL * scale)
            part = pygame.transform.smoothscale(part, (max(4, round(h * crop[2] / crop[3])), h))
            if mirrored:
                part = pygame.transform.flip(part, True, False)
            if turned:
                part = pygame.transform.rotate(part, turned)
            made.append([_holo(part, k / LEVELS, False) for k in range(1, LEVELS + 1)])
        _CACHE[key] = made
    return _CACHE[key]


def dozen(surf: pygame.Surface, assets: Assets, middle: tuple[int, int], t: float, calm: bool) -> None:
    """Her face a dozen times in a wide ring round him, the far side fainter; the oldest at the top."""
    panels = _panels(assets)
    n = len(panels)
    spin = t * (TURN_CALM if calm else TURN)
    for i, levels in enumerate(panels):
        a = spin + 2 * math.pi * i / max(1, n) - math.pi / 2
        bob = 0.0 if calm else 2.0 * math.sin(t * 1.1 + i * 1.7)
        x = middle[0] + WIDE[0] * math.cos(a)
        y = middle[1] - 16 + WIDE[1] * math.sin(a) + bob
        near = 0.5 + 0.5 * (math.sin(a) + 1) / 2  # the far side of the ring fainter
        made = levels[max(1, min(LEVELS, round(_strength(t, calm, i) * near))) - 1]
        rect = made[0].get_rect(center=(round(x), round(y)))
        _show(surf, made, rect)
        pygame.draw.rect(surf, PALETTE["holo"] if near > 0.75 else PALETTE["deep_blue"], rect.inflate(2, 2), 1)

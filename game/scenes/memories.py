"""7723's memories hanging in the air round him: the light `memories`.

When the words say his memories rise out of him (the garage as his core fills, the reboot), the
picture shows them: a ring of small glowing pictures, one for each memory his core holds now (the
same pictures as the review's cards, today's too), with a grey frame for each gap a deletion left, turning
slowly round him. Those of today's that do not fit in the core (the red cells past the end of the
meter in the corner) are left out of the ring: they hang still beside it, dyed red in red frames as
those cells are, until the night's review lets one go. The review lets them go all at once, but the
words say them going one to a line (`gone`, each after the last): so each one the review let go hangs
on in red beside the ring until its own line comes, and its grey gap in the ring only then. Said among the lights because it stays up until a direction turns it off, as they
do; drawn over the map and its light, so it shows bright in the dark as by day. Under reduce
motion the ring still turns, only slower, and the pictures do not bob.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.engine.theme import PALETTE
from game.story.views import core_fill

from .pictures import memory_picture, mood_color

if TYPE_CHECKING:
    from game.engine.assets import Assets

    from .stage import Stage

RING = "memories"  # the light's word
WHO = "7723"  # whose memories: they gather round him
PICTURE = (22, 15)  # map pixels: a memory's picture, small as a hologram over a shoulder
RADII = (44, 20)  # the ring, an ellipse flattened as the floor is
TURN = 0.35  # radians a second
TURN_CALM = 0.1  # under reduce motion: still turning, slowly
MOST = 14  # no more than this many round him, the newest kept
GAP = (120, 124, 136)  # a deleted memory's empty frame
SPILL = "ares_red"  # the frame of one that does not fit: the meter's overflow red
SPILL_DYE = (255, 90, 90)  # and its picture dyed so, as the meter's overflow cells are
OUTSIDE = (RADII[0] + 22, -8)  # where the first that does not fit hangs, from the ring's middle (the next above it)


def over(stage: Stage, surf: pygame.Surface, jolt: int) -> None:
    """The ring round 7723, if the lights have it up and he is on the map."""
    middle = chest(stage, jolt) if RING in stage.lighting.lights else None
    if middle is None:
        return
    shown = held(stage.ctx.session)
    draw(surf, stage.ctx.assets, shown, middle, stage.t, stage.ctx.settings.reduce_motion, spilled(stage.ctx.session))


def chest(stage: Stage, jolt: int) -> tuple[int, int] | None:
    """Where 7723's core is on the screen (his chest), or None off a map or with him not on it."""
    if stage.map is None:
        return None
    bot = stage.direction.find(WHO)
    if bot is None:
        return None
    ox, oy = stage.offset()
    return bot.rect.centerx + ox + jolt, bot.rect.top + round(bot.rect.height * 0.45) + oy


def held(session: object) -> list[tuple[str, str]]:
    """What 7723's core holds now, in order, as (memory, mood): those kept and today's still to be
    reviewed, or once a reboot has wiped the core, those it played in the farewell; a gap as ("", "")."""
    runtime = getattr(session, "runtime", None)
    if runtime is None:
        return []
    state, known = runtime.state, runtime.story.memories
    core = state.core
    later = going(session)
    ids = [*core.held, *core.pending, *later] or list(state.farewell)
    shown = [(m, known[m].mood) for m in ids if m in known]
    return (shown + [("", "")] * max(0, len(core.gaps) - len(later)))[-MOST:]


def going(session: object) -> list[str]:
    """What the review just let go whose lines are still to come (after the one being said now):
    each is still up, beside the ring, until its own line says it goes."""
    runtime = getattr(session, "runtime", None)
    mourning = getattr(getattr(runtime, "state", None), "mourning", None) or []
    return list(mourning[1:])


def spilled(session: object) -> frozenset[str]:
    """Today's memories that do not fit in the core as it stands: the newest, as many as the core's
    meter shows past its end (none once a review has made room, or a reboot has wiped it); and those
    the review let go whose lines are still to come (`going`)."""
    runtime = getattr(session, "runtime", None)
    if runtime is None:
        return frozenset()
    core, story = runtime.state.core, runtime.story
    over = core_fill(core, story.capacity, story.weapons_slots).over
    return frozenset(core.pending[-over:] if over else ()) | frozenset(going(session))


def draw(surf: pygame.Surface, assets: Assets, memories: list[tuple[str, str]], middle: tuple[int, int],
         t: float, calm: bool, spill: frozenset[str] = frozenset()) -> None:
    """`memories` in a ring round `middle` (screen pixels), turned for time `t`; the far side of
    the ring smaller and dimmer, drawn first; those in `spill` left out of it, beside it, dyed and framed red."""
    left_out = [m for m in memories if m[0] in spill]
    memories = [m for m in memories if m[0] not in spill]
    n = len(memories)
    spin = t * (TURN_CALM if calm else TURN)
    placed = []
    for i, (memory, mood) in enumerate(memories):
        a = spin + 2 * math.pi * i / max(1, n)
        bob = 0.0 if calm else 2.0 * math.sin(t * 1.7 + i)
        placed.append((math.sin(a), middle[0] + RADII[0] * math.cos(a), middle[1] + RADII[1] * math.sin(a) - 6 + bob,
                       memory, mood))
    for depth, x, y, memory, mood in sorted(placed):
        near = 0.7 + 0.3 * (depth + 1) / 2  # 0.7 at the back of the ring, 1 at the front
        img = _picture(assets, memory, mood, near)
        img.set_alpha(round(255 * near))  # the far ones fainter, behind the near
        surf.blit(img, img.get_rect(center=(round(x), round(y))))
    for k, (memory, mood) in enumerate(left_out):  # outside the ring, still: no room for them
        img = _picture(assets, memory, mood, 1.0, True)
        surf.blit(img, img.get_rect(center=(middle[0] + OUTSIDE[0], middle[1] + OUTSIDE[1] - k * (PICTURE[1] + 3))))


_CACHE: dict[tuple[int, str, str, int, bool], pygame.Surface] = {}


def _picture(assets: Assets, memory: str, mood: str, near: float, spill: bool = False) -> pygame.Surface:
    """A memory's picture as a hologram: its picture framed in its mood's colour (red, two pixels
    thick, for one that does not fit), every third line dark; a gap is a grey empty frame. Kept, a
    few sizes of each."""
    step = round(near * 4)
    key = (id(assets), memory, mood, step, spill)
    if key not in _CACHE:
        if len(_CACHE) > 256:
            _CACHE.clear()
        size = (max(6, round(PICTURE[0] * step / 4)), max(4, round(PICTURE[1] * step / 4)))
        img = scaled(assets, memory, mood, size) if memory else pygame.Surface(size)  # black: a gap
        if memory and spill:
            img.fill(SPILL_DYE, special_flags=pygame.BLEND_RGB_MULT)
        frame = mood_color(mood) if memory else GAP
        for y in range(2, size[1], 3):
            img.fill((0, 0, 0), (0, y, size[0], 1))
        pygame.draw.rect(img, PALETTE[SPILL] if spill else frame, img.get_rect(), 2 if spill else 1)
        if not memory:
            img.set_colorkey((0, 0, 0))  # a gap is an empty frame: the map shows through it
        _CACHE[key] = img
    return _CACHE[key]


def scaled(assets: Assets, memory: str, mood: str, size: tuple[int, int]) -> pygame.Surface:
    """A memory's picture, drawn at the cards' size, made small: opaque, to be framed."""
    img = pygame.Surface(size)
    pic = pygame.transform.smoothscale(memory_picture(assets, memory, mood), size)
    pic.set_colorkey(None)
    img.blit(pic, (0, 0))
    return img

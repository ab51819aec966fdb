"""The lights people carry: 7723's chest, a Q-Bot's red eye and a drone's searchlight, which follow
whoever carries them; and the faint light people and props catch in the dark.

Each is a light of the stage's vocabulary (`chest`, `eye`) that shines only while a direction has
it on, from a point of the carrier's sprite: the chest a little above 7723's middle, the eye in the
Q-Bot's face, which is nearer the side it faces. `guards` is the red eye of the robots on duty only:
a household's own Q-Bot (Bubbles at Molly's heel) keeps its colour while the launch hall's security
turns on Mai, where `eye` would light every red eye on the map, Bubbles' too (as it is once IQ has
taken it over).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from .lighting import FIGURE, KEEPSAKE, Source
from .place import Walker


@dataclass(frozen=True)
class Carried:
    """A light on someone drawn as a body (a sprite file: every Q-Bot is `qbot`): its kind, how far
    down their sprite it is, and how far across by facing."""

    kind: str
    down: float  # share of the sprite's height from its top
    across: dict[str, float] = field(default_factory=dict)  # share of its width, by facing (else the middle)


CARRIED: dict[str, Carried] = {
    "7723": Carried("chest", 0.42),
    "qbot": Carried("eye", 0.3, {"left": 0.36, "right": 0.64}),
    "qbot_captain": Carried("eye", 0.3, {"left": 0.36, "right": 0.64}),  # Greenwood's own, a Q-Bot under its lid
    "beacon": Carried("eye", 0.23),  # the red lamp on its head, where a face should be
    "gen6": Carried("eye", 0.65),  # a Gen 6's chest, burning red once it has gone wrong
    "police_drone": Carried("lamps", 0.94),  # its searchlight, where it lands on the ground under it
    "watch_drone": Carried("eye", 0.3),
}
GUARDS = "guards"  # the red eyes of all but a household's own robots
HOUSEHOLD = ("bubbles", "ric_bot")  # robots that are a family's own, by who they are


def carried(people: list[Walker], origin: tuple[int, int], lights: tuple[str, ...]) -> list[Source]:
    """The carried lights that are on, of everyone in `people`, in screen pixels."""
    out = []
    for w in people:
        c = CARRIED.get(w.sheet.body) or CARRIED.get(w.who)
        if c is None:
            continue
        kind = c.kind if c.kind in lights else ""
        if not kind and c.kind == "eye" and GUARDS in lights and w.who not in HOUSEHOLD:
            kind = GUARDS  # on duty: its eye red as the others'
        if not kind:
            continue
        r = w.rect
        x = r.left + round(r.width * c.across.get(w.facing, 0.5))
        out.append(Source(kind, (x + origin[0], round(r.top + r.height * c.down) + origin[1])))
    return out


def figures(people: list[Walker], origin: tuple[int, int]) -> list[Source]:
    """The faint light each person catches at night (the lighting keeps it only when it is dark),
    at the middle of their sprite, in screen pixels."""
    ox, oy = origin
    return [Source(FIGURE, (c[0] + ox, c[1] + oy)) for c in (w.rect.center for w in people)]


def keepsakes(props: list[pygame.Rect], origin: tuple[int, int]) -> list[Source]:
    """The faint light each prop on the map catches in the dark (a blackout too: the lighting keeps it
    only then), at its middle, in screen pixels."""
    ox, oy = origin
    return [Source(KEEPSAKE, (r.centerx + ox, r.centery + oy)) for r in props]

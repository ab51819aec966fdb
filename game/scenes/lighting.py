"""The light over a map: a graded palette for the time of day, and the light sources that glow in it.

The frame is multiplied by a light map: the time's ambient colour everywhere (white by day, so a
beat nobody has lit keeps today's look and costs nothing), with each light source added to it as a
soft round glow. Where a lamp shines the map shows in its own colours again; in a blackout the
ambient is black and nothing but the sources is seen. A faint halo of each source is then added to
the frame itself, so a light looks like it glows rather than like a hole in the dark.

Sources are map objects of type `light` with a `kind` (lamps, screens, neon, fire, hologram, moon, feed),
placed by the map generator at the tiles that give light, and the lights people carry, which follow
them (`carried.py`): `chest`, 7723's chest, and `eye`, a robot's eye. At night everyone on the map
catches a faint light of their own, so who is there is made out in the dark. A map with no neon of its own
gets a row of it along its top edge, the city's signs beyond; moonlight with no window to come
through lifts the ambient a little and cools it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.engine.theme import PALETTE, Color

from .castlight import Cast, soften

DAY = "day"
BLACK = (0, 0, 0)


@dataclass(frozen=True)
class Grade:
    """A time of day: the hue of its light, and how much of it is gone (0 day .. 1 black)."""

    tint: Color
    darkness: float

    @property
    def ambient(self) -> Color:
        """The multiply colour: the tint, dimmed by the darkness."""
        k = 1.0 - self.darkness
        return (round(self.tint[0] * k), round(self.tint[1] * k), round(self.tint[2] * k))


GRADES: dict[str, Grade] = {
    "dawn": Grade((255, 214, 200), 0.12),
    DAY: Grade((255, 255, 255), 0.0),
    "dusk": Grade((255, 182, 150), 0.2),
    "evening": Grade((186, 170, 255), 0.36),
    # night reads as night at a glance: the map a dim blue, the lamps, the fire, the moon and 7723's
    # chest the only bright places in it; people are still made out by their outlines
    "night": Grade((140, 160, 255), 0.68),
    "midnight": Grade((120, 130, 255), 0.76),
}


# said among the lights but drawn by `weather.py`: they stay on until a direction says otherwise, as
# lights do, and light nothing
WEATHER = ("rain", "sun", "sunset")  # sun: `sunlight.py`, by day only; sunset: `sunset.py`, at dusk only
OVERLAID = ("memories", "gen6", "gen6_red", "her_faces", "first_sight")  # said among the lights too, drawn
# over them by `memories.py`, `seatglow.py` (the Gen 6 under the stadium's seats) and `herface.py`
# (Mai's face among his memories)

FALLOFF = 1.6  # how fast a light fades from its middle: 1 is even, more keeps it tight round the middle


@dataclass(frozen=True)
class Glow:
    """How a kind of light shines: its colour and how far (in logical pixels)."""

    color: Color
    radius: int
    halo: float = 0.35  # how much of it is added to the frame itself, as a glow
    reach: float = 1.0  # how much of the map's own colour it gives back at its middle
    falloff: float = FALLOFF
    dark: float = 1.0  # how much more it shows in a blackout, where eyes have got used to the dark
    halo_radius: int = 0  # the glow added to the frame, when smaller than the light (0: as big)


GLOWS: dict[str, Glow] = {
    # teal-white, 7723's core light: a small bright glow on him, and a wide soft light that shows who
    # sits with him a few tiles off (it is the only light in the sewers)
    "chest": Glow((170, 255, 236), 92, 0.5, falloff=1.0, dark=1.35, halo_radius=46),
    "eye": Glow((255, 48, 40), 30, 0.9, 0.7, falloff=1.8, dark=1.3, halo_radius=8),  # a robot's red eye
    "guards": Glow((255, 48, 40), 30, 0.9, 0.7, falloff=1.8, dark=1.3, halo_radius=8),  # the same, on duty only
    "lamps": Glow((255, 196, 120), 58, 0.16, 0.85),  # lamps come in rows: softer, so a row does not burn white
    "screens": Glow((140, 196, 255), 40),
    "neon": Glow(PALETTE["neon_pink"], 54),
    "fire": Glow((255, 150, 70), 52),
    "hologram": Glow((96, 232, 255), 58, 0.45),
    "moon": Glow((160, 180, 255), 96, 0.2),
    "feed": Glow((255, 190, 220), 72, 0.08),  # a big screen showing what a camera caught (`shown.py`)
}
# the faint light a body catches at night, off-stage light nobody named: enough to make out who
# stands in the dark and in what colours, never enough to be a bright place of its own
FIGURE = "figure"
FIGURE_GLOW = Glow((62, 62, 78), 20, 0.0, falloff=0.8)
# and the faint light a prop catches in the dark, a blackout too: eyes used to the dark make out the
# shape of a thing the story is about (the bat in its corner) before anyone in the room
KEEPSAKE = "keepsake"
KEEPSAKE_GLOW = Glow((150, 144, 180), 12, 0.0, falloff=0.8)
MOONLIGHT = (8, 10, 22)  # added to the ambient when the moon is up but shines through no window
EDGE_NEON = (PALETTE["neon_pink"], PALETTE["neon_cyan"], PALETTE["magenta"])
EDGE_STEP = 128  # pixels between the signs of a map's default neon along its top edge


@dataclass(frozen=True)
class Source:
    """One light in one frame: where (screen pixels), its kind, and its colour if it has its own."""

    kind: str
    at: tuple[int, int]
    color: Color | None = None


def _gradient(radius: int, color: Color, strength: float, falloff: float = FALLOFF) -> pygame.Surface:
    """A round glow fading from `color` × strength at the middle to black at `radius`."""
    size = radius * 2
    surf = pygame.Surface((size, size))
    surf.fill(BLACK)
    for r in range(radius, 0, -1):
        k = (1.0 - r / radius) ** falloff * strength
        c = (min(255, round(color[0] * k)), min(255, round(color[1] * k)), min(255, round(color[2] * k)))
        pygame.draw.circle(surf, c, (radius, radius), r)
    return surf


class Lighting:
    """The stage's light: told the time, the lights on and the blackout; draws over the map.

    The map's own lights stand still, so their light and halo are drawn once, over the whole map,
    whenever the time or the lights change; a frame copies the part on screen and adds the lights
    that move (7723's chest), which keeps a lit frame's cost the same however many lamps are in view.
    """

    def __init__(self) -> None:
        self.time = DAY
        self.lights: tuple[str, ...] = ()
        self.blackout = False
        self._glows: dict[tuple[int, Color, float, float], pygame.Surface] = {}
        self._world: tuple[pygame.Surface, pygame.Surface] | None = None  # light and halo over the map
        self._key: tuple = ()
        self._frame: pygame.Surface | None = None  # the light of the part on screen

    def set(self, time: str = "", lights: tuple[str, ...] | None = None, blackout: bool | None = None) -> None:
        """What a stage direction says; an empty field leaves that part as it was."""
        if time in GRADES:
            self.time = time
        if lights is not None:
            self.lights = tuple(k for k in lights if k in GLOWS or k in WEATHER or k in OVERLAID)
        if blackout is not None:
            self.blackout = blackout

    @property
    def plain(self) -> bool:
        """Daylight and no blackout: the map as drawn, nothing to do (lights by day are not seen)."""
        return self.time == DAY and not self.blackout

    @property
    def figures(self) -> bool:
        """Dark enough that people catch a faint light of their own (not in a blackout: only the sources)."""
        return not self.blackout and GRADES[self.time].darkness >= 0.5

    @property
    def dark(self) -> bool:
        """A blackout, or a time dark enough that people catch a light of their own."""
        return self.blackout or GRADES[self.time].darkness >= 0.5

    def ambient(self, moon_window: bool) -> Color:
        if self.blackout:
            return BLACK
        base = GRADES[self.time].ambient
        if "moon" in self.lights and not moon_window:
            base = tuple(min(255, a + b) for a, b in zip(base, MOONLIGHT, strict=True))  # type: ignore[assignment]
        return base

    def glow(self, radius: int, color: Color, strength: float, falloff: float = FALLOFF) -> pygame.Surface:
        key = (radius, color, round(strength, 2), falloff)
        if key not in self._glows:
            if len(self._glows) > 64:
                self._glows.clear()
            self._glows[key] = _gradient(radius, color, strength, falloff)
        return self._glows[key]

    def draw(self, surf: pygame.Surface, view: pygame.Rect, origin: tuple[int, int], size: tuple[int, int],
             fixed: tuple[Source, ...], moving: list[Source], moon_window: bool,
             cast: Cast = ()) -> None:
        """Light the map drawn in `view` (screen pixels), whose (0, 0) is at `origin` on screen and
        which is `size` big: `fixed` lights in map pixels, `moving` ones in screen pixels; the people
        in `cast` (their sprites, where on screen) keep their own colours in it (`castlight.py`)."""
        if self.plain:
            return
        light, halo = self._over_map(size, fixed, moon_window)
        if self._frame is None or self._frame.get_size() != view.size:
            self._frame = pygame.Surface(view.size)
        area = pygame.Rect(view.x - origin[0], view.y - origin[1], view.w, view.h)
        if not light.get_rect().contains(area):
            self._frame.fill(self.ambient(moon_window))
        self._frame.blit(light, (0, 0), area)
        seen = view.inflate(2 * FIGURE_GLOW.radius, 2 * FIGURE_GLOW.radius)
        faint = (FIGURE, KEEPSAKE)
        moving = [m for m in moving if (m.kind in self.lights or m.kind == FIGURE and self.figures
                                        or m.kind == KEEPSAKE and self.dark)
                  and (m.kind not in faint or seen.collidepoint(m.at))]  # a figure off screen lights nothing
        for m in moving:
            self._shine(self._frame, m, (-view.x, -view.y), _glow(m.kind).dark if self.blackout else 1.0)
        moving = [m for m in moving if m.kind not in faint]
        soften(self._frame, [(img, r.move(-view.x, -view.y)) for img, r in cast])
        surf.blit(self._frame, view, special_flags=pygame.BLEND_RGB_MULT)
        if any(s.kind in self.lights for s in fixed):
            surf.blit(halo, view, area, special_flags=pygame.BLEND_RGB_ADD)
        clip = surf.get_clip()
        surf.set_clip(view)
        for m in moving:
            self._shine(surf, m, (0, 0), GLOWS[m.kind].halo, halo=True)
        surf.set_clip(clip)

    def _over_map(self, size: tuple[int, int], fixed: tuple[Source, ...],
                  moon_window: bool) -> tuple[pygame.Surface, pygame.Surface]:
        """The light and the halo of the map's own lights over the whole map, made again only when
        the time, the lights or the map change."""
        key = (self.time, self.blackout, self.lights, moon_window, size, id(fixed))
        if self._world is None or key != self._key:
            self._key = key
            light, halo = pygame.Surface(size), pygame.Surface(size)
            light.fill(self.ambient(moon_window))
            halo.fill(BLACK)
            for s in fixed:
                if s.kind in self.lights:
                    self._shine(light, s, (0, 0), GLOWS[s.kind].reach)
                    self._shine(halo, s, (0, 0), GLOWS[s.kind].halo, halo=True)
            self._world = (light, halo)
        return self._world

    def _shine(self, onto: pygame.Surface, s: Source, shift: tuple[int, int], strength: float,
               halo: bool = False) -> None:
        """Add one source's light (or, `halo`, its glow on the frame) to `onto`."""
        g = _glow(s.kind)
        radius, falloff = (g.halo_radius, FALLOFF) if halo and g.halo_radius else (g.radius, g.falloff)
        img = self.glow(radius, s.color or g.color, strength, falloff)
        onto.blit(img, (s.at[0] + shift[0] - radius, s.at[1] + shift[1] - radius), special_flags=pygame.BLEND_RGB_ADD)


def _glow(kind: str) -> Glow:
    return FIGURE_GLOW if kind == FIGURE else KEEPSAKE_GLOW if kind == KEEPSAKE else GLOWS[kind]


def edge_neon(width: int) -> list[Source]:
    """A map with no neon of its own: signs along its top edge, the glow of the street beyond."""
    return [Source("neon", (x, 0), EDGE_NEON[i % len(EDGE_NEON)])
            for i, x in enumerate(range(EDGE_STEP // 2, width, EDGE_STEP))]


def color_of(name: str) -> Color | None:
    """A light object's own `color` property: a palette name or #rrggbb (None: its kind's colour)."""
    if name in PALETTE:
        return PALETTE[name]
    if len(name) == 7 and name.startswith("#"):
        try:
            return (int(name[1:3], 16), int(name[3:5], 16), int(name[5:7], 16))
        except ValueError:
            return None
    return None

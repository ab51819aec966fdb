"""The marks drawn over a walked map: bobbing arrows over the spots Mai can use, the way back to
the beat's place, and small labelled plates that keep clear of the HUD and of Mai herself."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.engine.theme import PALETTE, SMALL, Color
from game.engine.tilemap import MapObject

if TYPE_CHECKING:
    from game.engine.canvas import Canvas

BANDS = (22, 338)  # the HUD's bands at the top and bottom of the screen: marks stay between them


@dataclass
class Sights:
    """What the marks point at in one frame (boxes in map pixels)."""

    spots: list[MapObject]  # the spots with an open option
    near: MapObject | None = None  # the spot in reach, lit and labelled with `near_text`
    near_text: str = ""
    way_home: MapObject | None = None  # away from the beat's place: the door back, labelled `home_text`
    home_text: str = ""
    near_exit: MapObject | None = None  # a doorway close by, labelled `exit_text`
    exit_text: str = ""
    walker: pygame.Rect | None = None  # the walker's sprite box: plates keep off it


class Marks:
    """Draws the sights over the map and remembers where this frame's plates went (tests look)."""

    def __init__(self) -> None:
        self.text_color: Color = PALETTE["white"]  # the theme's text colour, given with each frame
        self.plates: list[pygame.Rect] = []  # the label plates drawn in the last frame (screen pixels)
        self.t = 0.0  # the clock the arrows bob to

    def draw(self, canvas: Canvas, sights: Sights, offset: tuple[int, int], t: float, text_color: Color) -> None:
        surf = canvas.surface
        self.plates, self.t, self.text_color = [], t, text_color
        ox, oy = offset
        walker = sights.walker.move(ox, oy) if sights.walker is not None else None
        for o in sights.spots:
            color = PALETTE["neon_yellow"] if o is sights.near else PALETTE["neon_cyan"]
            # a spot along the top wall is marked just below the HUD's band, not under it
            self.chevron(surf, (o.rect.centerx + ox, max(BANDS[0] + 12, o.rect.top + oy)), color, o.rect.x)
        home = sights.way_home
        if home is not None:
            self._way_home(canvas, home.rect.move(ox, oy), sights.home_text, walker)
        if sights.near is not None:
            anchor = sights.walker if sights.walker is not None else sights.near.rect  # above her head
            self.label(canvas, sights.near_text, anchor.move(ox, oy - 4), PALETTE["neon_yellow"])
        elif sights.near_exit is not None and sights.near_exit is not home:
            self.label(canvas, sights.exit_text, sights.near_exit.rect.move(ox, oy - 4), PALETTE["mist"],
                       avoid=walker)

    def _way_home(self, canvas: Canvas, there: pygame.Rect, text: str, walker: pygame.Rect | None) -> None:
        """A pink arrow at the door back (from the screen's edge when the door is off screen)."""
        spot = there.clamp(pygame.Rect(12, BANDS[0] + 30, 616, BANDS[1] - BANDS[0] - 40))
        way = pygame.Vector2(there.center) - spot.center
        if way.length() > 8:  # off screen: point the way from the edge
            self.pointer(canvas.surface, spot.center, way, PALETTE["neon_pink"])
        else:
            self.chevron(canvas.surface, (spot.centerx, spot.top), PALETTE["neon_pink"], 0)
        self.label(canvas, text, spot.move(0, -12), PALETTE["neon_pink"], avoid=walker)

    def chevron(self, surf: pygame.Surface, at: tuple[int, int], color: Color, phase: int) -> None:
        """A bobbing arrow pointing down at `at` (the top middle of what it marks)."""
        cx, top = at
        bob = round(math.sin(self.t * 4 + phase) * 2)
        pts = [(cx, top - 4 + bob), (cx - 4, top - 10 + bob), (cx + 4, top - 10 + bob)]
        pygame.draw.polygon(surf, PALETTE["ink"], [(x, y + 1) for x, y in pts])
        pygame.draw.polygon(surf, color, pts)

    def pointer(self, surf: pygame.Surface, at: tuple[int, int], way: pygame.Vector2, color: Color) -> None:
        """A bobbing arrowhead at `at` pointing along `way` (towards something off screen)."""
        d = way.normalize()
        tip = pygame.Vector2(at) + d * (6 + math.sin(self.t * 4) * 2)
        side = pygame.Vector2(-d.y, d.x) * 5
        pts = [tip, tip - d * 8 + side, tip - d * 8 - side]
        pygame.draw.polygon(surf, PALETTE["ink"], [(p.x, p.y + 1) for p in pts])
        pygame.draw.polygon(surf, color, pts)

    def label(self, canvas: Canvas, text: str, over: pygame.Rect, border: Color,
              avoid: pygame.Rect | None = None) -> None:
        """A small dark plate with `text`, centred above the rectangle `over` (screen pixels)."""
        surf = canvas.surface
        w, h = canvas.measure(text, SMALL)
        room = pygame.Rect(4, BANDS[0] + 2, 632, BANDS[1] - BANDS[0] - 4)  # clear of the HUD
        box = pygame.Rect(0, 0, w + 12, h + 6)
        places = [("midbottom", (over.centerx, over.top)), ("midtop", (over.centerx, over.bottom + 2))]
        if avoid is not None:  # failing above or below what it names, then above or below the walker
            places += [("midbottom", (avoid.centerx, avoid.top - 2)), ("midtop", (avoid.centerx, avoid.bottom + 2))]
        for anchor, at in places:
            setattr(box, anchor, at)
            box.clamp_ip(room)
            if avoid is None or not box.colliderect(avoid):
                break
        shade = pygame.Surface(box.size, pygame.SRCALPHA)
        shade.fill((*PALETTE["ink"], 210))
        surf.blit(shade, box)
        pygame.draw.rect(surf, border, box, 1)
        canvas.text(text, box.center, SMALL, self.text_color, anchor="center")
        self.plates.append(box.copy())

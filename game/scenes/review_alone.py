"""The memory review when 7723 is on his own (a beat he leads, with Mai nowhere near): held where he
is, not in the garage with Mai beside him, where he has never yet been. Behind the cards is the place
as the stage last drew it, lit as the directions have it, sunk into the dark the garage has, so the
practice night at the bottom of the city is seen at the bottom of the city, with him alone in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.scaling import LOGICAL
from game.engine.theme import PALETTE

from . import staging
from .garage_stage import GarageStage

if TYPE_CHECKING:
    from game.engine.assets import Assets
    from game.engine.scene import Scene

    from .stage import Stage

SHADE = (125, 125, 145)  # the place multiplied down toward the garage's dark, so the cards stand out


class PlaceStage(GarageStage):
    """The review's stage drawn from a picture of the place: no room painted, no figures set in it
    (he is on the map already), only his portrait answering the marks, as in the garage."""

    def __init__(self, assets: Assets, picture: pygame.Surface) -> None:
        super().__init__(assets)
        self._room = picture
        self._figures = []

    def draw(self, surf: pygame.Surface, t: float, reduce: bool, dim: float = 1.0) -> None:
        surf.blit(self.room(), (0, 0))


def place_picture(stage: Stage) -> pygame.Surface | None:
    """The stage's map as it stands, lit, and darkened; None off a map."""
    if stage.map is None:
        return None
    surf = pygame.Surface(LOGICAL)
    surf.fill(PALETTE["ink"])
    surf.blit(stage.render_map(), stage.view)
    staging.light(stage, surf, 0)
    surf.fill(SHADE, special_flags=pygame.BLEND_RGB_MULT)
    return surf


def hold_where_he_is(scene: Scene, stage: Stage) -> None:
    """Stage a review (`scene`) in the place itself when the beat's lead is not Mai: he is alone."""
    if stage.here.lead == "mai":
        return
    picture = place_picture(stage)
    if picture is not None:
        scene.stage = PlaceStage(scene.ctx.assets, picture)  # type: ignore[attr-defined]

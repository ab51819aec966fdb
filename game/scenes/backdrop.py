"""What stands behind a beat nobody walks: its map, looked over by a camera that drifts to the spot
of the node the story has reached, or, with no map to show, a night skyline painted in code."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.scaling import LOGICAL
from game.engine.tilemap import MapObject

from .dialogue import BOX, TOP_BOX

if TYPE_CHECKING:
    from game.engine.settings import Settings

# how far (logical pixels) a directed camera may look past the map's edge under the text box (its
# bottom edge, or its top with the box at the top), so that someone standing at that edge is seen
# beside the box rather than under it
TEXT_ROOM = 128
# with the box at the top: as far past the top edge as leaves that edge the same gap below the box
# as the bottom box leaves above the bottom edge (the top box hangs below the HUD's band: more room)
TOP_ROOM = TOP_BOX.bottom + BOX.top - (LOGICAL[1] - TEXT_ROOM)
DRIFT = 2.0  # how quickly the camera closes on its spot: the share of the way per second, roughly


class Backdrop:
    """The camera of a map nobody walks. It is told each node the story enters (`look_at`) and
    drifts to the spot of that node; until a node has a spot, to the spot named after the beat."""

    def __init__(self, spots: list[MapObject], beat_id: str) -> None:
        self.spots = spots  # the map's story spots, each with the `node` it shows
        self.beat_id = beat_id
        self.focus: MapObject | None = None  # the spot the camera is heading for

    def look_at(self, node: str) -> None:
        spot = self._spot(node)
        if spot is None and self.focus is None:
            spot = self._spot(self.beat_id)
        if spot is not None:
            self.focus = spot

    def _spot(self, node: str) -> MapObject | None:
        return next((o for o in self.spots if o.props.get("node") == node), None)

    def drift(self, camera: pygame.Vector2, dt: float, most: float | None = None) -> bool:
        """Move `camera` (in place) a step towards the spot, no longer than `most` pixels if given
        (reduce motion: no faster than a walk); False while there is none to go to."""
        if self.focus is None:
            return False
        drift_to(camera, pygame.Vector2(self.focus.rect.center), dt, most)
        return True


def text_room(settings: Settings) -> tuple[int, int]:
    """How far a directed camera may look past the map's bottom and its top edge: past the one
    the text box covers, where the box setting puts it."""
    return (0, TOP_ROOM) if settings.box_position == "top" else (TEXT_ROOM, 0)


def drift_to(camera: pygame.Vector2, target: pygame.Vector2, dt: float, most: float | None = None) -> None:
    """Move `camera` (in place) a step towards `target`, no longer than `most` pixels if given."""
    step = (target - camera) * min(1.0, dt * DRIFT)
    if most is not None and step.length() > most:
        step.scale_to_length(most)
    camera += step

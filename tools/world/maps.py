"""Every place in the game, in the order they are built (one Tiled map each)."""

from __future__ import annotations

from world.mapkit import Layout
from world.maps_city import streets

ALL: list[Layout] = [streets]

"""Every place in the game, in the order they are built (one Tiled map each)."""

from __future__ import annotations

from world.mapkit import Layout
from world.maps_city import streets
from world.maps_iq import assembly_line, iq_tower, launch_hall, rice_lab

ALL: list[Layout] = [launch_hall, assembly_line, rice_lab, streets, iq_tower]

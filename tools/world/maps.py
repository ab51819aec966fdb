"""Every place in the game, in the order they are built (one Tiled map each)."""

from __future__ import annotations

from tools.world.mapkit import Layout
from tools.world.maps_city import freeway, lower_city, sewers, streets
from tools.world.maps_home import backyard, garage, kitchen, kitchen_wrecked
from tools.world.maps_iq import assembly_line, iq_tower, launch_hall, rice_lab
from tools.world.maps_school import school, stadium
from tools.world.maps_tower import tower

ALL: list[Layout] = [launch_hall, assembly_line, rice_lab, freeway, lower_city, school, kitchen, kitchen_wrecked, backyard,
                     garage, streets, sewers, iq_tower, stadium, tower]

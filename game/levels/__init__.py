"""Tiled maps as data: reading TMX with line numbers, linting them, and walkability over collision.

Pure Python (no pygame, no pytmx), so `main.py validate`, the tests and tools can check every map
anywhere; the window's map renderer lives in `game/engine`.
"""

from game.levels.grid import reachable, unreachable_objects, walkable_path_exists
from game.levels.lint import Problem, lint_levels, lint_map, spots

__all__ = ["Problem", "lint_levels", "lint_map", "reachable", "spots", "unreachable_objects",
           "walkable_path_exists"]

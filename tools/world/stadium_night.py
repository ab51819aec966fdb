"""The stadium at night under its floodlights: a dim blue wash of light over the whole pitch and,
in it, brighter pools where the tall masts aim, so the pitch never reads as a day match, however
close the camera is.

The school pitch is lit evenly (`maps_school.floodlit`): a small pitch under four short masts. The
stadium's masts are tall and far off: the wash they spread over the grass is thin and cold, and
each throws its strongest light in pools, laid out from the centre circle where the last fight is.
"""

from __future__ import annotations

from tools.world.mapkit import Builder
from tools.world.tileset import TILE
from tools.world.tmxwrite import MapObj

WASH = "#6878c0"  # the thin cold light over all the grass
POOL = "#c0ccff"  # the blue-white of a mast's pool
CENTRE = (38, 25)  # the centre circle's middle tile: the pools are laid out from it
PITCH = (11, 14, 70, 36)  # the grass that is lit (tiles x0, y0, x1, y1)
WASH_STEP = 4  # tiles between the wash's lamps: close, so it is even
POOL_STEP = (12, 8)  # tiles between pools across and down: wide, so the wash shows between them
CLUSTER = ((0, 0), (1, 0), (0, 1), (1, 1))  # four lamps to a pool, so it is wide and bright


def _grid(step: tuple[int, int]) -> list[tuple[int, int]]:
    """The tiles of a grid over the pitch that passes through the centre circle."""
    x0, y0, x1, y1 = PITCH
    xs = [x for x in range(CENTRE[0] % step[0], x1 + 1, step[0]) if x >= x0]
    ys = [y for y in range(CENTRE[1] % step[1], y1 + 1, step[1]) if y >= y0]
    return [(x, y) for y in ys for x in xs]


def night_over_the_stadium(b: Builder) -> None:
    """The floodlight on the pitch: lamps named `floodlit_<n>`, the wash's and then the pools'."""
    lamps = [(x * TILE, y * TILE, WASH) for x, y in _grid((WASH_STEP, WASH_STEP))]
    lamps += [((x + dx) * TILE - TILE // 2, (y + dy) * TILE - TILE // 2, POOL)
              for x, y in _grid(POOL_STEP) for dx, dy in CLUSTER]
    for n, (x, y, colour) in enumerate(lamps):
        b.add(MapObj("light", f"floodlit_{n}", x, y, TILE, TILE, {"kind": "lamps", "color": colour}))

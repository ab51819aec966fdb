"""The garbage a scene leaves is collected while the screen is black, not in the middle of play.

A scene that has left the stack is mostly freed at once, but its map, its people and its stage
point at each other (the stage knows its place, the place its directions, a direction its stage),
and such rings wait for Python's occasional full collection. That collection then comes at a
moment of its own choosing, mid-line or mid-chase, and frees a whole map's worth at once: a
stall of 50-250 ms measured over a whole game, and three or four old maps held meanwhile (some
20 MB). Collecting at the darkest frame of a fade, and when a game starts without one, moves
that work to where nobody can see it and frees each map when it is left.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)


def sweep() -> float:
    """Collect what the scenes that just left hold in rings; the milliseconds it took."""
    began = time.perf_counter()
    found = gc.collect()
    ms = (time.perf_counter() - began) * 1000
    log.debug("swept %d objects in %.1f ms", found, ms)
    return ms

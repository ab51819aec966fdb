"""Motion kept safe: nothing flashes more than three times a second, and "reduce motion" goes further.

Three flashes a second is the ceiling the photosensitive-epilepsy guidelines (WCAG 2.3.1, Ofcom) put
on anything that changes brightness, so every flicker, pulse and shake in the game is made here at
or under it. With reduce motion on, there is no shake at all, no flicker, pans go at walking pace
and a flash to white becomes a gentle fade.
"""

from __future__ import annotations

import math

MAX_FLASH_HZ = 3.0  # flashes a second, never more
FLICKER_HZ = 2.0  # the farewell card's flicker: well under the ceiling


def wave(t: float, hz: float) -> float:
    """A smooth 0..1 swing `hz` times a second (capped at the ceiling); 0 at t=0."""
    hz = min(hz, MAX_FLASH_HZ)
    return 0.5 - 0.5 * math.cos(2 * math.pi * hz * t)


def shake(t: float, pixels: float, reduce: bool) -> int:
    """A sideways jolt of up to `pixels`, at most three swings a second; none with reduce motion."""
    return 0 if reduce else round(math.sin(2 * math.pi * MAX_FLASH_HZ * t) * pixels)


def flicker(t: float, low: float, reduce: bool) -> float:
    """A brightness that dips to `low` and back twice a second; steady (1.0) with reduce motion."""
    return 1.0 if reduce else 1.0 - (1.0 - low) * wave(t, FLICKER_HZ)


def limit_step(step: float, most: float) -> float:
    """A camera step no longer than `most` (a walker's step this frame): pans never outrun a walk."""
    return max(-most, min(most, step))

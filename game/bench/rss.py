"""Peak memory, as the bench reports it."""

from __future__ import annotations

import resource
import sys


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB (one decimal)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)

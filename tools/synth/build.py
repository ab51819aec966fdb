"""From a score or a recipe to the finished file's bytes: the one pipeline `make_sound` and the
tests share."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from . import oggfile, sfx
from .master import CEILING_DBTP, db, master, true_peak_db
from .render import render
from .score import Loaded, load

MUSIC_QUALITY = 0.12  # Vorbis quality (0..1): about 75 kbit/s stereo keeps all music under budget
SFX_QUALITY = 0.3


def piece_samples(loaded: Loaded) -> np.ndarray:
    return master(render(loaded), loaded.score.loop)


SAFE_DBTP = CEILING_DBTP - 0.5  # what the decoded file's true peak must stay under


def piece_bytes(path: Path) -> bytes:
    """The finished OGG bytes of one score file. The encoder can lift a peak by a fraction of a dB,
    so the file is decoded and measured, and turned down a little if it came too close."""
    samples = piece_samples(load(path))
    data = oggfile.encode(samples, MUSIC_QUALITY)
    for _ in range(3):
        peak = true_peak_db(oggfile.read(data)[0])
        if peak <= SAFE_DBTP:
            break
        samples = samples * db(SAFE_DBTP - peak - 0.1)
        data = oggfile.encode(samples, MUSIC_QUALITY)
    return data


def effect_bytes(name: str, recipe: sfx.Recipe) -> bytes:
    return oggfile.encode(sfx.render(name, recipe), SFX_QUALITY)

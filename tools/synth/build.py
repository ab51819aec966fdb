"""From a score or a recipe to the finished files' bytes: the one pipeline `make_sound` and the
tests share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from . import oggfile, sfx
from .dsp import RATE
from .master import CEILING_DBTP, db, master, true_peak_db
from .render import render, render_intro
from .score import Loaded, load

MUSIC_QUALITY = 0.12  # Vorbis quality (0..1): about 75 kbit/s stereo keeps all music under budget
SFX_QUALITY = 0.3
JOIN_S = 0.03  # the intro's last 30 ms cross into the loop's own last moments, so the join is the loop's seam


def piece_samples(loaded: Loaded) -> np.ndarray:
    return master(render(loaded), loaded.score.loop)


SAFE_DBTP = CEILING_DBTP - 0.5  # what the decoded file's true peak must stay under


def _safe_ogg(samples: np.ndarray, finish: Callable[[np.ndarray], np.ndarray] = lambda x: x,
              ) -> tuple[np.ndarray, bytes]:
    """The samples (after `finish`) encoded. The encoder can lift a peak by a fraction of a dB, so
    the file is decoded and measured, and turned down a little if it came too close."""
    out = finish(samples)
    data = oggfile.encode(out, MUSIC_QUALITY)
    for _ in range(3):
        peak = true_peak_db(oggfile.read(data)[0])
        if peak <= SAFE_DBTP:
            break
        samples = samples * db(SAFE_DBTP - peak - 0.1)
        out = finish(samples)
        data = oggfile.encode(out, MUSIC_QUALITY)
    return out, data


def join(intro: np.ndarray, loop: np.ndarray) -> np.ndarray:
    """The intro with its last moments crossed into the loop's last moments. Those flow into the
    loop's start as seamlessly as the loop into itself (its spare tail is folded over its start), so
    the intro hands over to the loop with no click; the loop's start rings with a release tail
    either way, the loop's own in place of the intro's."""
    k = min(len(intro), len(loop), int(JOIN_S * RATE))
    out = intro.copy()
    if k:
        w = np.linspace(0.0, 1.0, k + 1)[1:, None]
        out[-k:] = intro[-k:] * (1.0 - w) + loop[-k:] * w
    return out


def piece_files(path: Path) -> dict[str, bytes]:
    """The finished OGG files of one score: `<name>.ogg` (the piece, or its loop) and, for a piece
    with an intro, `<name>.intro.ogg` (played once before the loop)."""
    loaded = load(path)
    loop, data = _safe_ogg(piece_samples(loaded))
    files = {f"{path.stem}.ogg": data}
    if loaded.score.intro:
        intro = master(render_intro(loaded), False)
        _out, files[f"{path.stem}.intro.ogg"] = _safe_ogg(intro, lambda x: join(x, loop))
    return files


def piece_bytes(path: Path) -> bytes:
    """The finished OGG bytes of one score file (the loop, for a piece with an intro)."""
    return piece_files(path)[f"{path.stem}.ogg"]


def effect_bytes(name: str, recipe: sfx.Recipe) -> bytes:
    return oggfile.encode(sfx.render(name, recipe), SFX_QUALITY)

"""The last step before a file: every piece at one loudness, its peaks under the ceiling.

Loudness is ITU-R BS.1770 integrated loudness (pyloudnorm); the true peak is the peak of the signal
oversampled four times, as players and converters reconstruct it.
"""

from __future__ import annotations

import numpy as np

from .dsp import RATE
from .effects import soft_limit

TARGET_LUFS = -16.0
CEILING_DBTP = -1.0
LIMIT_DBTP = -2.0  # the limiter aims lower than the ceiling: the encoder adds a little to the peaks


def loudness(x: np.ndarray, rate: int = RATE) -> float:
    import pyloudnorm  # heavy (scipy): only the sound tools and tests need it

    return float(pyloudnorm.Meter(rate).integrated_loudness(np.asarray(x, dtype=np.float64)))


def true_peak_db(x: np.ndarray) -> float:
    from scipy.signal import resample_poly  # comes with pyloudnorm; only the sound tools use it

    up = resample_poly(np.asarray(x, dtype=np.float64), 4, 1, axis=0)
    peak = max(float(np.abs(up).max()), float(np.abs(x).max()), 1e-12)
    return 20 * np.log10(peak)


def db(value: float) -> float:
    return 10 ** (value / 20)


def remove_dc(x: np.ndarray, loop: bool) -> np.ndarray:
    """A 25 Hz high-pass; circular for a loop, so the seam stays whole."""
    n = len(x)
    size = n if loop else n + RATE
    spec = np.fft.rfft(x, size, axis=0)
    f = np.fft.rfftfreq(size, 1 / RATE)
    with np.errstate(divide="ignore"):
        spec *= (1.0 / np.sqrt(1.0 + (25.0 / np.maximum(f, 1e-3)) ** 4))[:, None]
    return np.fft.irfft(spec, size, axis=0)[:n]


def master(x: np.ndarray, loop: bool, target: float = TARGET_LUFS) -> np.ndarray:
    """Gain to the target loudness, then a soft limit, a few rounds until both hold."""
    x = remove_dc(x, loop)
    ceiling = db(LIMIT_DBTP)
    for _ in range(4):
        x = x * db(target - loudness(x))
        peak = db(true_peak_db(x))
        if peak <= ceiling:
            break
        x = soft_limit(x, ceiling * 0.97)
    return np.clip(x, -1.0, 1.0)

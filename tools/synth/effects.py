"""Effects on whole tracks: echo (delay), a Schroeder reverb, panning and a gentle peak limiter.

The recursive filters run block by block (a block as long as the filter's delay), so each line of
numpy does thousands of samples at once.
"""

from __future__ import annotations

import numpy as np

from .dsp import RATE, highpass, lowpass

COMBS = (1557, 1617, 1491, 1422, 1277, 1356)  # Freeverb's comb lengths at 44.1 kHz
ALLPASSES = (556, 441, 341)
STEREO_SPREAD = 23


def _feedback(x: np.ndarray, d: int, g: float) -> np.ndarray:
    """y[n] = x[n] + g * y[n - d]."""
    y = x.copy()
    for s in range(d, len(y), d):
        e = min(s + d, len(y))
        y[s:e] += g * y[s - d:e - d]
    return y


def comb(x: np.ndarray, d: int, g: float) -> np.ndarray:
    return _feedback(x, d, g)


def allpass(x: np.ndarray, d: int, g: float) -> np.ndarray:
    delayed = np.concatenate([np.zeros(d), x[:-d]]) if len(x) > d else np.zeros_like(x)
    v = -g * x + delayed
    return _feedback(v, d, g)


def reverb_mono(x: np.ndarray, size: float, spread: int = 0) -> np.ndarray:
    """A Schroeder reverb: parallel combs into series all-passes. `size` 0..1 sets the decay."""
    g = 0.70 + 0.26 * size
    wet = np.zeros_like(x)
    for d in COMBS:
        wet += comb(x, d + spread, g)
    wet /= len(COMBS)
    for d in ALLPASSES:
        wet = allpass(wet, d + spread, 0.5)
    return wet


def reverb(stereo: np.ndarray, size: float = 0.6, tone: float = 5000.0) -> np.ndarray:
    """Wet signal only, from a stereo send: each side its own tank, slightly detuned."""
    mono_in = highpass(lowpass(stereo.mean(axis=1), tone), 120.0)
    left = reverb_mono(mono_in, size, 0)
    right = reverb_mono(mono_in, size, STEREO_SPREAD)
    return np.stack([left, right], axis=1) * 0.6


def echo(stereo: np.ndarray, delay_s: float, feedback: float, mix: float, pingpong: bool = True) -> np.ndarray:
    """Repeats of the track, each `feedback` as loud as the one before, alternating sides."""
    d = max(1, int(delay_s * RATE))
    out = stereo.copy()
    src = lowpass(stereo.mean(axis=1), 4000.0)
    level = mix
    k = 1
    while level > 0.01 and k * d < len(out):
        side = (k % 2) if pingpong else None
        shifted = np.zeros(len(out))
        shifted[k * d:] = src[: len(out) - k * d]
        if side is None:
            out += level * shifted[:, None] * 0.7
        else:
            out[:, side] += level * shifted
            out[:, 1 - side] += level * shifted * 0.35
        level *= feedback
        k += 1
    return out


def pan(mono: np.ndarray, position: float) -> np.ndarray:
    """Constant-power pan, -1 left .. +1 right."""
    angle = (position + 1.0) * np.pi / 4
    return np.stack([mono * np.cos(angle), mono * np.sin(angle)], axis=1) * np.sqrt(2.0)


def soft_limit(x: np.ndarray, ceiling: float) -> np.ndarray:
    """Leave samples below 70% of the ceiling alone and bend the rest smoothly under it.
    Stateless, so a loop stays seamless."""
    knee = 0.7 * ceiling
    room = ceiling - knee
    mag = np.abs(x)
    over = mag > knee
    out = x.copy()
    out[over] = np.sign(x[over]) * (knee + room * np.tanh((mag[over] - knee) / room))
    return out

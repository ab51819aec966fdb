"""Building blocks shared by the voices, drums and effects: oscillators, envelopes and filters.

Everything works on whole numpy arrays (no per-sample Python loops) so an hour of notes renders in
seconds. Oscillators use polyBLEP edges: a saw or pulse without it aliases into a harsh whine.
"""

from __future__ import annotations

import numpy as np

RATE = 44100


def seconds(n: int) -> np.ndarray:
    return np.arange(n) / RATE


def phase(freq: float | np.ndarray, n: int, start: float = 0.0) -> np.ndarray:
    """Phase in cycles (0..1) of an oscillator whose frequency may change sample by sample."""
    if np.isscalar(freq):
        ph = start + np.arange(n) * (float(freq) / RATE)
    else:
        ph = start + np.cumsum(np.asarray(freq, dtype=np.float64)) / RATE
    return ph % 1.0


def _blep(t: np.ndarray, dt: np.ndarray | float) -> np.ndarray:
    """The polyBLEP correction for a falling edge at phase 0 (dt = frequency / rate)."""
    dt = np.maximum(dt, 1e-9)
    out = np.zeros_like(t)
    lo = t < dt
    x = t[lo] / (dt[lo] if np.ndim(dt) else dt)
    out[lo] = x + x - x * x - 1.0
    hi = t > 1.0 - dt
    x = (t[hi] - 1.0) / (dt[hi] if np.ndim(dt) else dt)
    out[hi] = x * x + x + x + 1.0
    return out


def saw(freq: float | np.ndarray, n: int, start: float = 0.0) -> np.ndarray:
    ph = phase(freq, n, start)
    dt = np.asarray(freq, dtype=np.float64) / RATE if not np.isscalar(freq) else float(freq) / RATE
    return 2.0 * ph - 1.0 - _blep(ph, dt)


def pulse(freq: float | np.ndarray, n: int, duty: float = 0.5, start: float = 0.0) -> np.ndarray:
    ph = phase(freq, n, start)
    dt = np.asarray(freq, dtype=np.float64) / RATE if not np.isscalar(freq) else float(freq) / RATE
    a = 2.0 * ph - 1.0 - _blep(ph, dt)
    ph2 = (ph + 1.0 - duty) % 1.0
    b = 2.0 * ph2 - 1.0 - _blep(ph2, dt)
    out = a - b
    return out - np.mean(out) if n > 0 else out


def triangle(freq: float | np.ndarray, n: int, start: float = 0.0, steps: int = 0) -> np.ndarray:
    """A triangle; with `steps` (e.g. 16) it is quantised like an old console's triangle channel."""
    ph = phase(freq, n, start)
    tri = 1.0 - 4.0 * np.abs(ph - 0.5)
    if steps:
        tri = np.round(tri * steps / 2) / (steps / 2)
    return -tri


def sine(freq: float | np.ndarray, n: int, start: float = 0.0) -> np.ndarray:
    return np.sin(2 * np.pi * phase(freq, n, start))


def noise(n: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).uniform(-1.0, 1.0, n)


def stepped_noise(n: int, rate_hz: float, seed: int) -> np.ndarray:
    """Sample-and-hold noise: a low rate gives the grainy 'pitched' noise of console drums."""
    hold = max(1, int(RATE / max(rate_hz, 1.0)))
    vals = noise(n // hold + 2, seed)
    return np.repeat(vals, hold)[:n]


def adsr(n_gate: int, attack: float, decay: float, sustain: float, release: float) -> np.ndarray:
    """An envelope for a note held `n_gate` samples, followed by its release (linear segments,
    exponential-looking decay)."""
    a = max(1, int(attack * RATE))
    d = max(1, int(decay * RATE))
    r = max(1, int(release * RATE))
    t = np.arange(n_gate, dtype=np.float64)
    env = np.where(t < a, t / a, sustain + (1 - sustain) * np.exp(-(t - a) / (d / 3.0)))
    level = env[-1] if n_gate > 0 else 0.0
    tail = level * np.exp(-np.arange(r) / (r / 5.0)) * np.linspace(1.0, 0.0, r)
    return np.concatenate([env, tail])


def lowpass(x: np.ndarray, cutoff: float, order: int = 2) -> np.ndarray:
    """Zero-phase Butterworth-shaped low-pass in the frequency domain (the signal is padded so
    nothing wraps around)."""
    if cutoff >= RATE / 2 or len(x) == 0:
        return x
    pad = min(len(x), 4096)
    n = len(x) + pad
    spec = np.fft.rfft(x, n)
    f = np.fft.rfftfreq(n, 1 / RATE)
    spec *= 1.0 / np.sqrt(1.0 + (f / cutoff) ** (2 * order))
    return np.fft.irfft(spec, n)[: len(x)]


def highpass(x: np.ndarray, cutoff: float, order: int = 2) -> np.ndarray:
    if cutoff <= 0 or len(x) == 0:
        return x
    pad = min(len(x), 4096)
    n = len(x) + pad
    spec = np.fft.rfft(x, n)
    f = np.fft.rfftfreq(n, 1 / RATE)
    with np.errstate(divide="ignore"):
        spec *= 1.0 / np.sqrt(1.0 + (cutoff / np.maximum(f, 1e-3)) ** (2 * order))
    return np.fft.irfft(spec, n)[: len(x)]


def bandpass(x: np.ndarray, low: float, high: float) -> np.ndarray:
    return highpass(lowpass(x, high), low)


def midi_hz(note: float) -> float:
    return 440.0 * 2.0 ** ((note - 69) / 12.0)


def vibrato(freq: float, n: int, rate: float, depth: float, delay: float) -> np.ndarray:
    """Frequency per sample: `depth` semitones of sine vibrato fading in after `delay` seconds."""
    t = seconds(n)
    fade = np.clip((t - delay) / 0.25, 0.0, 1.0)
    return freq * 2.0 ** (depth * fade * np.sin(2 * np.pi * rate * t) / 12.0)

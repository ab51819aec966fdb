"""Drum hits: a driven kit for the pop-punk city and a console-style noise kit for the chiptunes.

Each hit is made once per (kit, name) with a fixed noise seed, so every render is identical.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from . import dsp
from .dsp import RATE

SEEDS = {"kick": 11, "snare": 23, "hat": 37, "open_hat": 41, "crash": 53, "tom": 67, "rim": 71}


def _decay(n: int, seconds: float) -> np.ndarray:
    return np.exp(-dsp.seconds(n) / seconds)


def _sweep(n: int, f0: float, f1: float, speed: float) -> np.ndarray:
    t = dsp.seconds(n)
    return f1 + (f0 - f1) * np.exp(-t * speed)


def _rock(name: str) -> np.ndarray:
    seed = SEEDS[name]
    if name == "kick":
        n = int(0.35 * RATE)
        body = dsp.sine(_sweep(n, 160.0, 48.0, 28.0), n) * _decay(n, 0.12)
        click = dsp.lowpass(dsp.noise(n, seed), 3000.0) * _decay(n, 0.004) * 0.6
        return np.tanh((body + click) * 1.8)
    if name == "snare":
        n = int(0.3 * RATE)
        body = dsp.sine(_sweep(n, 240.0, 185.0, 30.0), n) * _decay(n, 0.05)
        rattle = dsp.bandpass(dsp.noise(n, seed), 1200.0, 9000.0) * _decay(n, 0.09)
        return np.tanh((0.8 * body + 1.3 * rattle) * 1.5)
    if name in ("hat", "open_hat"):
        n = int((0.08 if name == "hat" else 0.45) * RATE)
        hiss = dsp.highpass(dsp.noise(n, seed), 7000.0)
        return hiss * _decay(n, 0.018 if name == "hat" else 0.12) * 0.7
    if name == "crash":
        n = int(1.8 * RATE)
        hiss = dsp.highpass(dsp.noise(n, seed), 3500.0)
        metal = sum(dsp.pulse(f, n, 0.5) for f in (421.0, 587.0, 833.0, 1177.0)) * 0.08
        return (hiss + dsp.highpass(metal, 2500.0)) * _decay(n, 0.5) * 0.6
    if name == "tom":
        n = int(0.4 * RATE)
        return dsp.sine(_sweep(n, 180.0, 105.0, 12.0), n) * _decay(n, 0.15)
    n = int(0.05 * RATE)  # rim
    return dsp.bandpass(dsp.noise(n, seed), 1000.0, 3000.0) * _decay(n, 0.008) * 1.5


def _chip(name: str) -> np.ndarray:
    seed = SEEDS[name]
    if name == "kick":
        n = int(0.18 * RATE)
        return dsp.triangle(_sweep(n, 220.0, 45.0, 35.0), n, steps=16) * _decay(n, 0.07)
    if name == "snare":
        n = int(0.2 * RATE)
        hiss = dsp.stepped_noise(n, 9000.0, seed) * _decay(n, 0.06)
        tone = dsp.triangle(_sweep(n, 300.0, 160.0, 40.0), n, steps=16) * _decay(n, 0.03)
        return 0.8 * hiss + 0.6 * tone
    if name in ("hat", "open_hat"):
        n = int((0.05 if name == "hat" else 0.22) * RATE)
        return dsp.stepped_noise(n, 30000.0, seed) * _decay(n, 0.015 if name == "hat" else 0.07) * 0.5
    if name == "crash":
        n = int(0.9 * RATE)
        return dsp.stepped_noise(n, 16000.0, seed) * _decay(n, 0.3) * 0.6
    if name == "tom":
        n = int(0.25 * RATE)
        return dsp.triangle(_sweep(n, 200.0, 110.0, 15.0), n, steps=16) * _decay(n, 0.1)
    n = int(0.04 * RATE)
    return dsp.stepped_noise(n, 12000.0, seed) * _decay(n, 0.01)


@cache
def hit(kit: str, name: str) -> np.ndarray:
    """The unscaled sample of one drum of a kit ("drums" or "chip_drums")."""
    sample = _chip(name) if kit == "chip_drums" else _rock(name)
    sample = np.asarray(sample, dtype=np.float64).copy()
    onset = int(0.0015 * RATE)  # a 1.5 ms fade-in: a hit that starts at full swing clicks
    sample[:onset] *= np.linspace(0.0, 1.0, onset)
    sample.setflags(write=False)
    return sample


KITS = ("drums", "chip_drums")

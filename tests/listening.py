"""Listening to what the game mixes: SDL's `disk` audio driver writes every sample it plays, in real
time, to a raw file; these read it back the way a player's ears would take it.

Tests make pure tones as stand-in pieces and effects, each at its own pitch, so the loudest
frequency of the output says which one is playing.
"""

from __future__ import annotations

import time
import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np

RATE = 44100


def tone_file(path: Path, hz: float, seconds: float) -> None:
    """A stereo 16-bit sine as a WAV file (a stand-in piece or effect, made fresh for the test)."""
    t = np.arange(int(RATE * seconds)) / RATE
    samples = (np.sin(2 * np.pi * hz * t) * 12000).astype("<i2")
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(np.repeat(samples, 2).tobytes())


def in_real_time(step: Callable[[], None], seconds: float) -> None:
    """Call `step` about sixty times a second for `seconds` of wall time: the mixer plays on meanwhile."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        step()
        time.sleep(1 / 60)


def recorded(raw: Path, step: Callable[[], None], seconds: float) -> np.ndarray:
    """The mono samples written while `step` runs `seconds` in real time, after a tenth of a second
    so that what the driver still held from before is not counted."""
    in_real_time(step, 0.1)
    start = raw.stat().st_size
    in_real_time(step, seconds)
    data = raw.read_bytes()[start - start % 4:]
    data = data[:len(data) - len(data) % 4]
    return np.frombuffer(data, "<i2").astype(float).reshape(-1, 2).mean(axis=1)


def rms(x: np.ndarray) -> float:
    """How loud `x` is, as the root of its mean square (0 for no samples)."""
    return float(np.sqrt(np.mean(x * x))) if len(x) else 0.0


def pitch(x: np.ndarray) -> float:
    """The loudest frequency in `x`."""
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / RATE)[int(np.argmax(spectrum))])

"""The pitched voices: what one note (or several at once) of an instrument sounds like.

Each voice returns a mono array: the held part shaped by the instrument's envelope, then its release.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from . import dsp
from .dsp import RATE

VoiceFn = Callable[[Any, float, int], np.ndarray]


def _freq(inst: Any, hz: float, n: int) -> float | np.ndarray:
    vib = inst.vibrato
    if vib is None or vib.depth == 0:
        return hz
    return dsp.vibrato(hz, n, vib.rate, vib.depth, vib.delay)


def _pulse(inst: Any, hz: float, n: int) -> np.ndarray:
    return dsp.pulse(_freq(inst, hz, n), n, inst.duty)


def _square(inst: Any, hz: float, n: int) -> np.ndarray:
    return dsp.pulse(_freq(inst, hz, n), n, 0.5)


def _triangle(inst: Any, hz: float, n: int) -> np.ndarray:
    return dsp.triangle(_freq(inst, hz, n), n, steps=16) * 1.2


def _saw(inst: Any, hz: float, n: int) -> np.ndarray:
    return dsp.saw(_freq(inst, hz, n), n)


def _sine(inst: Any, hz: float, n: int) -> np.ndarray:
    return dsp.sine(_freq(inst, hz, n), n)


def _fm(inst: Any, hz: float, n: int) -> np.ndarray:
    """Two-operator FM: a bright bell or electric piano whose brightness fades as it rings."""
    t = dsp.seconds(n)
    index = inst.fm_index * np.exp(-t * 6.0) + 0.3
    mod = np.sin(2 * np.pi * hz * inst.fm_ratio * t)
    return np.sin(2 * np.pi * dsp.phase(_freq(inst, hz, n), n) + index * mod)


def _pad(inst: Any, hz: float, n: int) -> np.ndarray:
    """Three saws a few cents apart, softened: a slow, warm wash."""
    cents = inst.detune
    out = np.zeros(n)
    for i, c in enumerate((-cents, 0.0, cents)):
        out += dsp.saw(hz * 2 ** (c / 1200), n, start=0.31 * i)
    return dsp.lowpass(out / 2.2, inst.cutoff or 1800.0)


def _piano(inst: Any, hz: float, n: int) -> np.ndarray:
    """Struck-string partials, slightly stretched, the high ones dying first, with a soft hammer."""
    t = dsp.seconds(n)
    out = np.zeros(n)
    base_decay = 1.2 + 400.0 / hz
    for k in range(1, 9):
        f = hz * k * np.sqrt(1 + 0.0004 * k * k)
        if f > RATE / 2.2:
            break
        amp = 1.0 / k ** 1.4
        out += amp * np.exp(-t * k / base_decay) * np.sin(2 * np.pi * f * t + 0.7 * k)
    hammer = dsp.lowpass(dsp.noise(min(n, 600), int(hz)), 2500.0) * np.linspace(0.3, 0.0, min(n, 600))
    out[: len(hammer)] += hammer
    return out


def _bass(inst: Any, hz: float, n: int) -> np.ndarray:
    """A saw and a sub sine under a low-pass: round and present on small speakers."""
    body = dsp.saw(hz, n) * 0.6 + dsp.pulse(hz, n, 0.5) * 0.3
    body = dsp.lowpass(body, inst.cutoff or 700.0)
    return body + 0.6 * dsp.sine(hz, n)


def _power(inst: Any, hz: float, n: int) -> np.ndarray:
    """One string of a distorted guitar: two detuned saws driven into soft clipping, then tamed."""
    raw = dsp.saw(hz * 1.003, n) + dsp.saw(hz * 0.997, n, start=0.5) + 0.5 * dsp.pulse(hz / 2, n, 0.4)
    driven = np.tanh(raw * inst.drive)
    return dsp.lowpass(driven, inst.cutoff or 3200.0, order=3) * 0.6


VOICES: dict[str, VoiceFn] = {
    "pulse": _pulse, "square": _square, "triangle": _triangle, "saw": _saw, "sine": _sine,
    "fm": _fm, "pad": _pad, "piano": _piano, "bass": _bass, "power": _power,
}
# voices whose sound decays by itself (the envelope's sustain still cuts them at note-off)
STRUCK = {"piano", "fm"}


def note(inst: Any, midi_notes: tuple[int, ...], gate_s: float, velocity: float) -> np.ndarray:
    """All notes of one event summed, under the instrument's envelope."""
    env = inst.envelope
    n_gate = max(1, int(gate_s * RATE))
    shape = dsp.adsr(n_gate, env.attack, env.decay, env.sustain, env.release)
    n = len(shape)
    fn = VOICES[inst.voice]
    out = np.zeros(n)
    for m in midi_notes:
        out += fn(inst, dsp.midi_hz(m + 12 * inst.octave), n)
    if inst.cutoff and inst.voice not in ("pad", "bass", "power"):
        out = dsp.lowpass(out, inst.cutoff)
    # several notes at once should not be louder than one by their count
    scale = 1.0 / np.sqrt(max(1, len(midi_notes)))
    return out * shape * velocity * scale

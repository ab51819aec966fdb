"""Sound effects as small recipes kept in `sound/effects.yaml` (the format is in `sound/README.md`).

A recipe is a tone (or a run of tones, or a sweep) of one voice, optionally mixed with filtered
noise and crackle, under an envelope, repeated; `layers` mixes several recipes. A `loop` recipe is a
bed: its end is cross-faded into its start so it repeats without a seam.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Annotated, Literal

import numpy as np
from pydantic import Field, ValidationError

from . import dsp
from .datafile import Strict, problems, read_yaml
from .dsp import RATE
from .effects import reverb_mono
from .notation import note_number

LOOP_FADE_S = 1.0
LONGEST_S = 120.0  # an effect with all its layers and repeats: longer is refused, not rendered


class RecipeError(ValueError):
    pass


class Env(Strict):
    attack: float = Field(0.002, ge=0, le=10)
    decay: float = Field(0.05, ge=0, le=10)
    sustain: float = Field(0.8, ge=0, le=1)
    release: float = Field(0.02, ge=0, le=10)


class Lfo(Strict):
    rate: float = Field(gt=0, le=60)  # Hz
    depth: float = Field(ge=0, le=24)  # semitones for pitch, 0..1 for level


Pitch = Annotated[float, Field(gt=0, allow_inf_nan=False)] | str  # Hz above nothing, or a note


class Recipe(Strict):
    voice: Literal["pulse", "square", "triangle", "saw", "sine", "noise", "fm", "none"] = "square"
    duty: float = Field(0.5, gt=0, lt=1)
    notes: list[Pitch] | None = None  # tones one after another, each an equal share of the length
    pitch: list[Pitch] = Field([440.0], min_length=1)  # a sweep through these (Hz or note names) over the length
    sweep: Literal["linear", "exp"] = "exp"
    length: float = Field(0.1, ge=0.001, le=30)  # seconds of one repeat, before the release
    envelope: Env = Env()
    noise: float = Field(0.0, ge=0, le=1)  # how much filtered noise is mixed in
    noise_band: list[Annotated[float, Field(gt=0, allow_inf_nan=False)]] = Field([100.0, 12000.0], min_length=1)  # Hz, low and high edge
    noise_rate: float = Field(0, ge=0, le=44100)  # sample-and-hold rate: grainy console noise
    crackle: float = Field(0.0, ge=0, le=2000)  # random clicks per second (fire, rain)
    tone_cutoff: float | None = Field(None, gt=20, lt=22050)
    ring: float = Field(0.0, ge=0, le=5000)  # ring modulation (Hz): metallic, robotic
    fm_ratio: float = Field(2.0, gt=0, le=16)
    fm_index: float = Field(0.0, ge=0, le=20)
    vibrato: Lfo | None = None
    tremolo: Lfo | None = None
    drive: float = Field(1.0, ge=1, le=30)
    repeats: int = Field(1, ge=1, le=64)
    gap: float = Field(0.0, ge=0, le=5)  # seconds between repeats
    delay: float = Field(0.0, ge=0, le=5)  # seconds of silence before this layer
    reverb: float = Field(0.0, ge=0, le=1)
    volume: float = Field(0.5, ge=0, le=0.85)  # the peak level
    loop: bool = False
    layers: list[Recipe] = []


def _hz(p: Pitch) -> float:
    return float(p) if not isinstance(p, str) else dsp.midi_hz(note_number(p))


def _freq_curve(r: Recipe, n: int) -> np.ndarray:
    if r.notes:
        hz = [_hz(p) for p in r.notes]
        idx = np.minimum((np.arange(n) * len(hz)) // max(n, 1), len(hz) - 1)
        curve = np.asarray(hz)[idx]
    else:
        pts = np.array([_hz(p) for p in r.pitch])
        x = np.linspace(0, len(pts) - 1, n)
        if r.sweep == "exp":
            curve = np.exp(np.interp(x, np.arange(len(pts)), np.log(pts)))
        else:
            curve = np.interp(x, np.arange(len(pts)), pts)
    if r.vibrato:
        t = dsp.seconds(n)
        curve = curve * 2 ** (r.vibrato.depth * np.sin(2 * np.pi * r.vibrato.rate * t) / 12)
    return curve


def _tone(r: Recipe, n: int) -> np.ndarray:
    f = _freq_curve(r, n)
    if r.voice in ("pulse", "square"):
        return dsp.pulse(f, n, r.duty if r.voice == "pulse" else 0.5)
    if r.voice == "triangle":
        return dsp.triangle(f, n, steps=16)
    if r.voice == "saw":
        return dsp.saw(f, n)
    if r.voice == "sine":
        return dsp.sine(f, n)
    if r.voice == "fm":
        mod = np.sin(2 * np.pi * dsp.phase(f * r.fm_ratio, n))
        return np.sin(2 * np.pi * dsp.phase(f, n) + r.fm_index * mod)
    return np.zeros(n)  # "none": only its layers sound


def _noise(r: Recipe, n: int, seed: int) -> np.ndarray:
    raw = dsp.stepped_noise(n, r.noise_rate, seed) if r.noise_rate else dsp.noise(n, seed)
    lo, hi = (r.noise_band + [12000.0])[:2]
    return dsp.bandpass(raw, lo, hi) * 1.5


def _crackle(r: Recipe, n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed + 7)
    count = int(r.crackle * n / RATE)
    out = np.zeros(n)
    click = np.exp(-np.arange(200) / 25.0) * dsp.noise(200, seed + 9)
    for at, amp in zip(rng.integers(0, max(1, n - 200), count), rng.uniform(0.2, 1.0, count), strict=True):
        out[at:at + 200] += click * amp
    lo, hi = (r.noise_band + [12000.0])[:2]
    return dsp.bandpass(out, lo, hi)


def _one(r: Recipe, seed: int, extend: float) -> np.ndarray:
    n_gate = max(1, int((r.length + extend) * RATE))
    env = dsp.adsr(n_gate, r.envelope.attack, r.envelope.decay, r.envelope.sustain, r.envelope.release)
    n = len(env)
    if r.voice == "noise":
        sound = _noise(r, n, seed)
    else:
        sound = _tone(r, n)
        if r.tone_cutoff:
            sound = dsp.lowpass(sound, r.tone_cutoff)
        if r.ring:
            sound = sound * dsp.sine(r.ring, n)
        if r.noise:
            sound = sound * (1 - r.noise) + _noise(r, n, seed) * r.noise
    if r.crackle:
        sound = sound + _crackle(r, n, seed)
    if r.tremolo:
        sound = sound * (1 - r.tremolo.depth * 0.5 * (1 + np.sin(2 * np.pi * r.tremolo.rate * dsp.seconds(n))))
    if r.drive > 1:
        sound = np.tanh(sound * r.drive)
    return sound * env


def _layer(r: Recipe, seed: int, extend: float = 0.0) -> np.ndarray:
    one = _one(r, seed, extend)
    step = int((r.length + r.gap) * RATE)
    n = step * (r.repeats - 1) + len(one)
    out = np.zeros(int(r.delay * RATE) + n)
    for i in range(r.repeats):
        at = int(r.delay * RATE) + i * step
        out[at:at + len(one)] += one
    if r.reverb:
        out = np.concatenate([out, np.zeros(RATE)])
        out = out + r.reverb * reverb_mono(out, 0.7)
    peak = np.abs(out).max()
    return out / peak * r.volume if peak > 0 else out


def _loop(x: np.ndarray, length: int) -> np.ndarray:
    """Fold everything past `length` back over the start with an equal-power cross-fade."""
    fade = min(len(x) - length, length // 2, int(LOOP_FADE_S * RATE))
    if fade <= 0:
        return x[:length]
    out = x[:length].copy()
    head, tail = out[:fade], x[length:length + fade]
    corr = float(np.dot(head, tail) / (np.linalg.norm(head) * np.linalg.norm(tail) + 1e-12))
    if corr > 0.5:  # the same tone in step (a siren): a linear fade keeps its level
        w_in = np.linspace(0.0, 1.0, fade)
        w_out = 1.0 - w_in
    else:  # unrelated noise: an equal-power fade keeps its level
        w = np.linspace(0.0, np.pi / 2, fade)
        w_in, w_out = np.sin(w), np.cos(w)
    out[:fade] = head * w_in + tail * w_out
    return out


def render(name: str, recipe: Recipe) -> np.ndarray:
    """Mono samples of one effect, peaking at its volume."""
    seed = zlib.crc32(name.encode())
    # a bed holds its sound one cross-fade longer than its length; that part is folded onto the start
    extend = LOOP_FADE_S if recipe.loop else 0.0
    parts = [_layer(recipe, seed, extend)] if recipe.voice != "none" else []
    parts += [_layer(layer, seed + i + 1, extend) for i, layer in enumerate(recipe.layers)]
    n = max(len(p) for p in parts)
    out = np.zeros(n)
    for p in parts:
        out[: len(p)] += p
    if recipe.loop:
        out = _loop(out, int(recipe.length * RATE))
    peak = np.abs(out).max()
    out = out / peak * recipe.volume if peak > 0 else out
    if not recipe.loop:
        loud = np.nonzero(np.abs(out) > recipe.volume * 1e-3)[0]
        out = out[: int(loud[-1]) + 1 + RATE // 100] if len(loud) else out  # no silent tail
        fade = min(len(out), 64)
        out[-fade:] *= np.linspace(1, 0, fade)
    return out


def check(path: str, data: object) -> dict[str, Recipe]:
    if not isinstance(data, dict):
        raise RecipeError(f"{path}: effects are a mapping of name: recipe")
    out: dict[str, Recipe] = {}
    errors: list[str] = []
    for name, body in data.items():
        try:
            out[str(name)] = Recipe.model_validate(body)
        except ValidationError as exc:
            errors += problems(f"{path}: {name}.", exc)
            continue
        try:
            for p in out[str(name)].pitch + (out[str(name)].notes or []):
                _hz(p)
        except ValueError as exc:
            errors.append(f"{path}: {name}: {exc}")
        errors += [f"{path}: {name}: {e}" for e in _sizes(out[str(name)])]
    if errors:
        raise RecipeError("\n".join(errors))
    return out


def _seconds(r: Recipe) -> float:
    """How long a recipe's samples run, its layers included (each is rendered whole before mixing)."""
    own = r.delay + (r.length + LOOP_FADE_S + r.gap) * r.repeats + r.envelope.release + (1.0 if r.reverb else 0.0)
    return own + sum(_seconds(layer) for layer in r.layers)


def _sizes(r: Recipe) -> list[str]:
    """What the model cannot say alone: a recipe with no sound, or one too long to render."""
    errors = ["voice none sounds only its layers, and it has none"] if r.voice == "none" and not r.layers else []
    if _seconds(r) > LONGEST_S:
        errors.append(f"its layers and repeats run {_seconds(r):.0f} seconds; an effect runs at most {LONGEST_S:g}")
    return errors


def load(path: Path) -> dict[str, Recipe]:
    return check(str(path), read_yaml(path, RecipeError))

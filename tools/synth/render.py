"""Play a checked score into stereo samples.

Notes become events (start step, length, pitches); each instrument renders its events into its own
track, which gets its echo and pan and sends to the piece's reverb. A looping piece is rendered with
a few seconds to spare and that spare tail is folded back onto the start, so the last bar's echoes
and reverb ring on into the first: the end joins the beginning without a click.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import drums, voices
from .dsp import RATE
from .effects import echo, pan, reverb
from .notation import Step
from .score import TRACK_RE, Instrument, Loaded

TAIL_S = 6.0


@dataclass(frozen=True)
class Event:
    step: int
    length: int  # steps
    notes: tuple[int, ...]
    drums: tuple[str, ...]
    velocity: float


def _track_steps(loaded: Loaded, iname: str, sections: list[str]) -> list[Step | None]:
    """The instrument's steps through these sections (None where a section leaves it out)."""
    out: list[Step | None] = []
    for sname in sections:
        length = loaded.section_steps[sname]
        value = loaded.score.sections[sname].get(iname)
        if value is None:
            out += [None] * length
            continue
        seq: list[Step] = []
        for part in [value] if isinstance(value, str) else value:
            m = TRACK_RE.match(part)
            shift = int(m.group(2) or 0)
            seq += [_transpose(st, shift) for st in loaded.patterns[m.group(1)]]
        out += (seq * (length // len(seq) + 1))[:length]
    return out


def _transpose(st: Step, shift: int) -> Step:
    if not shift or st.kind != "on":
        return st
    chord = ((st.chord[0] + shift) % 12, st.chord[1]) if st.chord else None
    return Step("on", tuple(n + shift for n in st.notes), chord, st.drums, st.velocity)


def _chord_notes(inst: Instrument, chord: tuple[int, tuple[int, ...]]) -> list[int]:
    root = 12 * (inst.chord_octave + 1) + chord[0]
    mode = inst.chords
    if mode in ("root", "bass"):
        return [root]
    if mode == "power":
        return [root, root + 7, root + 12]
    return [root + i for i in chord[1]]


def _expand(inst: Instrument, start: int, length: int, st: Step) -> list[Event]:
    """One written step with its holds as the events that sound (arpeggios and driven bass repeat)."""
    chord = _chord_notes(inst, st.chord) if st.chord else []
    if inst.chords in ("arp", "bass") and chord:
        k = inst.arp_steps
        events = []
        for i, s in enumerate(range(start, start + length, k)):
            pitch = chord[i % len(chord)]
            events.append(Event(s, min(k, start + length - s), tuple(st.notes) + (pitch,), (), st.velocity))
        return events
    return [Event(start, length, tuple(st.notes) + tuple(chord), st.drums, st.velocity)]


def events(loaded: Loaded, iname: str, sections: list[str] | None = None) -> list[Event]:
    inst = loaded.score.instruments[iname]
    steps = _track_steps(loaded, iname, loaded.score.arrangement if sections is None else sections)
    out: list[Event] = []
    i = 0
    while i < len(steps):
        st = steps[i]
        if st is None or st.kind != "on":
            i += 1
            continue
        j = i + 1
        while j < len(steps) and steps[j] is not None and steps[j].kind == "hold":
            j += 1
        out += _expand(inst, i, j - i, st)
        i = j
    return out


def _step_time(loaded: Loaded, step: int) -> float:
    sc = loaded.score
    swing = sc.swing * sc.step_seconds if step % 2 else 0.0
    return step * sc.step_seconds + swing


def _add(buf: np.ndarray, at: int, sound: np.ndarray) -> None:
    end = min(len(buf), at + len(sound))
    if end > at:
        buf[at:end] += sound[: end - at]


def render_track(loaded: Loaded, iname: str, n: int, sections: list[str] | None = None) -> np.ndarray:
    inst = loaded.score.instruments[iname]
    buf = np.zeros(n)
    for ev in events(loaded, iname, sections):
        at = int(round(_step_time(loaded, ev.step) * RATE))
        if inst.voice in drums.KITS:
            for d in ev.drums:
                _add(buf, at, drums.hit(inst.voice, d) * ev.velocity)
            continue
        gate = ev.length * loaded.score.step_seconds * 0.96
        _add(buf, at, voices.note(inst, ev.notes, gate, ev.velocity))
    return buf * inst.volume


def _mix(loaded: Loaded, sections: list[str], length: int) -> np.ndarray:
    """These sections played, `length` samples and the tail that rings on after them."""
    sc = loaded.score
    n = length + int(TAIL_S * RATE)
    mix = np.zeros((n, 2))
    send = np.zeros((n, 2))
    for iname, inst in sc.instruments.items():
        track = pan(render_track(loaded, iname, n, sections), inst.pan)
        if inst.echo is not None:
            beat = 60.0 / sc.tempo
            track = echo(track, inst.echo.beats * beat, inst.echo.feedback, inst.echo.mix)
        mix += track
        send += track * inst.reverb
    mix += reverb(send, sc.room.size, sc.room.tone)
    return mix


def render(loaded: Loaded) -> np.ndarray:
    """Stereo float samples of the whole piece (a loop exactly one pass long)."""
    length = int(round(loaded.seconds * RATE))
    mix = _mix(loaded, loaded.score.arrangement, length)
    if not loaded.score.loop:
        return _trim(mix)
    out = mix[:length].copy()
    tail = mix[length:]
    while len(tail):
        k = min(len(tail), length)
        out[:k] += tail[:k]
        tail = tail[k:]
    return out


def render_intro(loaded: Loaded) -> np.ndarray:
    """Stereo float samples of the intro, up to the loop point (empty without an intro). What
    would ring on past it is handed over to the loop's own release tail (see `build.join`)."""
    if not loaded.score.intro:
        return np.zeros((0, 2))
    length = int(round(loaded.intro_seconds * RATE))
    return _mix(loaded, loaded.score.intro, length)[:length]


def _trim(mix: np.ndarray) -> np.ndarray:
    """A piece that plays once ends where its sound has died away."""
    level = np.abs(mix).max(axis=1)
    loud = np.nonzero(level > level.max() * 1e-3)[0]
    end = int(loud[-1]) + RATE // 10 if len(loud) else len(mix)
    out = mix[:end].copy()
    fade = min(len(out), RATE // 20)
    out[-fade:] *= np.linspace(1.0, 0.0, fade)[:, None]
    return out

"""A piece of music as data: read `sound/music/<name>.yaml`, check it, and say plainly what is wrong.

The format is described in `sound/README.md`. Errors read `file: where: what`, for the designer who
edits the file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from .datafile import Strict, problems, read_yaml
from .drums import KITS
from .notation import Step, parse_pattern

KEY_RE = re.compile(r"^[A-G][#b]? (major|minor|dorian|mixolydian|lydian|phrygian|chromatic)$")
TRACK_RE = re.compile(r"^([A-Za-z0-9_]+)(?:@([+-]\d{1,2}))?$")  # a shift of at most 99 semitones
LONGEST_S = 600.0  # a piece runs at most ten minutes: a score asking for days is refused, not rendered
SHORTEST_S = 1.0  # the loudness meter needs more than its 0.4 s block


class ScoreError(ValueError):
    pass


class Envelope(Strict):
    attack: float = Field(0.005, ge=0, le=10)
    decay: float = Field(0.2, ge=0, le=10)
    sustain: float = Field(0.7, ge=0, le=1)
    release: float = Field(0.08, ge=0, le=10)


class Vibrato(Strict):
    rate: float = Field(5.5, gt=0, le=20)  # Hz
    depth: float = Field(0.15, ge=0, le=2)  # semitones
    delay: float = Field(0.12, ge=0, le=5)  # seconds before it starts


class Echo(Strict):
    beats: float = Field(0.75, gt=0, le=4)  # time between repeats, in beats
    feedback: float = Field(0.35, ge=0, le=0.9)
    mix: float = Field(0.3, ge=0, le=1)


class Instrument(Strict):
    voice: Literal["pulse", "square", "triangle", "saw", "sine", "fm", "pad", "piano", "bass", "power",
                   "drums", "chip_drums"]
    volume: float = Field(0.5, ge=0, le=1.5)
    pan: float = Field(0.0, ge=-1, le=1)
    octave: int = Field(0, ge=-4, le=4)
    envelope: Envelope = Envelope()
    vibrato: Vibrato | None = None
    echo: Echo | None = None
    reverb: float = Field(0.15, ge=0, le=1)  # how much goes to the piece's reverb
    duty: float = Field(0.5, gt=0, lt=1)  # pulse width
    detune: float = Field(12.0, ge=0, le=100)  # cents, pad
    cutoff: float | None = Field(None, gt=20, lt=22050)  # Hz low-pass
    drive: float = Field(3.0, ge=0.5, le=30)  # power chords
    fm_ratio: float = Field(2.0, gt=0, le=16)
    fm_index: float = Field(2.0, ge=0, le=20)
    chords: Literal["chord", "root", "power", "arp", "bass"] = "chord"  # how a chord symbol is played
    chord_octave: int = Field(4, ge=0, le=7)
    arp_steps: int = Field(1, ge=1, le=16)  # steps per arpeggio note


class Room(Strict):
    size: float = Field(0.6, ge=0, le=1)
    tone: float = Field(5000.0, gt=500, lt=20000)


class Score(Strict):
    title: str
    tempo: float = Field(gt=20, le=300)  # beats per minute
    key: str
    steps_per_beat: int = Field(4, ge=1, le=8)
    beats_per_bar: int = Field(4, ge=1, le=12)
    swing: float = Field(0.0, ge=0, le=0.5)
    loop: bool = True
    room: Room = Room()
    instruments: dict[str, Instrument]
    patterns: dict[str, str]
    sections: dict[str, dict[str, str | list[str]]]
    arrangement: list[str] = Field(min_length=1)
    intro: list[str] = []  # sections played once before the arrangement, which then loops

    @property
    def step_seconds(self) -> float:
        return 60.0 / self.tempo / self.steps_per_beat


class Loaded:
    """A checked score with its patterns parsed and each section's tracks laid out in steps."""

    def __init__(self, name: str, score: Score, parsed: dict[str, list[Step]],
                 lengths: dict[str, int]) -> None:
        self.name = name
        self.score = score
        self.patterns = parsed
        self.section_steps = lengths

    @property
    def total_steps(self) -> int:
        return sum(self.section_steps[s] for s in self.score.arrangement)

    @property
    def seconds(self) -> float:
        return self.total_steps * self.score.step_seconds

    @property
    def intro_seconds(self) -> float:
        """How long the intro plays before the loop point (0 without one)."""
        return sum(self.section_steps[s] for s in self.score.intro) * self.score.step_seconds


def _track_parts(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _check_key(score: Score) -> list[str]:
    return [] if KEY_RE.match(score.key) else [f"key: {score.key!r} is not like 'A minor' or 'Eb major'"]


def _parse_patterns(score: Score) -> tuple[dict[str, list[Step]], list[str]]:
    parsed: dict[str, list[Step]] = {}
    errors: list[str] = []
    for name, text in score.patterns.items():
        try:
            parsed[name] = parse_pattern(text)
        except ValueError as exc:
            errors.append(f"patterns.{name}: {exc}")
    return parsed, errors


def _check_kind(inst: Instrument, where: str, steps: list[Step]) -> list[str]:
    drum_voice = inst.voice in KITS
    for st in steps:
        if st.kind != "on":
            continue
        if drum_voice and (st.notes or st.chord):
            return [f"{where}: a drum instrument plays notes; use k s h o c t r"]
        if not drum_voice and st.drums:
            return [f"{where}: drum hits given to a {inst.voice} instrument"]
    return []


def _section_lengths(score: Score, parsed: dict[str, list[Step]]) -> tuple[dict[str, int], list[str]]:
    lengths: dict[str, int] = {}
    errors: list[str] = []
    for sname, tracks in score.sections.items():
        track_len: dict[str, int] = {}
        for iname, value in tracks.items():
            where = f"sections.{sname}.{iname}"
            if iname not in score.instruments:
                errors.append(f"{where}: no instrument {iname!r}")
                continue
            total = 0
            for part in _track_parts(value):
                m = TRACK_RE.match(part)
                if not m or m.group(1) not in score.patterns:
                    errors.append(f"{where}: no pattern {part!r} (write name or name@+N)")
                    continue
                steps = parsed.get(m.group(1))
                if steps is None:
                    continue
                errors += _check_kind(score.instruments[iname], where, steps)
                total += len(steps)
            track_len[iname] = total
        longest = max(track_len.values(), default=0)
        if longest == 0:
            errors.append(f"sections.{sname}: no tracks")
            continue
        for iname, n in track_len.items():
            if n and longest % n:
                errors.append(f"sections.{sname}.{iname}: {n} steps do not repeat evenly into {longest}")
        lengths[sname] = longest
    return lengths, errors


def check(name: str, data: object) -> Loaded:
    """A Loaded score, or ScoreError listing every problem found."""
    if not isinstance(data, dict):
        raise ScoreError(f"{name}: a score is a mapping of title, tempo, key, instruments, ...")
    try:
        score = Score.model_validate(data)
    except ValidationError as exc:
        raise ScoreError("\n".join(problems(f"{name}: ", exc))) from None
    parsed, errors = _parse_patterns(score)
    errors += _check_key(score)
    lengths, more = _section_lengths(score, parsed)
    errors += more
    for part in ("intro", "arrangement"):
        for i, sname in enumerate(getattr(score, part)):
            if sname not in score.sections:
                errors.append(f"{part}[{i}]: no section {sname!r}")
    if score.intro and not score.loop:
        errors.append("intro: only a looping piece has an intro (a piece that plays once has no loop point)")
    if errors:
        raise ScoreError("\n".join(f"{name}: {e}" for e in errors))
    loaded = Loaded(name, score, parsed, lengths)
    if not SHORTEST_S <= loaded.seconds <= LONGEST_S:
        raise ScoreError(f"{name}: the arrangement runs {loaded.seconds:.1f} seconds; a piece runs "
                         f"{SHORTEST_S:g} to {LONGEST_S:g} seconds")
    return loaded


def load(path: Path) -> Loaded:
    return check(str(path), read_yaml(path, ScoreError))

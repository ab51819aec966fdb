"""The compact step notation of patterns: one token per step, separated by spaces.

    C4  Eb5  F#3      a note (name, optional # or b, octave)
    C4+E4+G4          several notes at once
    Am  F  Gdom7  Bbmaj7  a chord symbol (no octave digit: G7 would be the note): the instrument
                      voices it (chord, root, power, arp, bass); suffixes m maj7 m7 dom7 dom9 maj9 m9
                      add9 madd9 sus2 sus4 dim aug pow maj6 m6 m7b5
    .                 rest: silence from this step
    -                 hold: the note or chord before goes on through this step
    k s h o c t       drum hits (kick, snare, closed hat, open hat, crash, tom); k+h for both
    C4! / s!          accent (louder);  C4? / s? ghost (softer)
    |                 a bar line, ignored (for the reader)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NOTE_RE = re.compile(r"^([A-G])([#b]?)(-?\d)$")
CHORD_RE = re.compile(r"^([A-G])([#b]?)(m7b5|maj7|maj9|maj6|madd9|add9|dom7|dom9|sus2|sus4|dim|aug|pow|m7|m9|m6|m)?$")
DRUMS = {"k": "kick", "s": "snare", "h": "hat", "o": "open_hat", "c": "crash", "t": "tom", "r": "rim"}
SEMI = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
CHORD_SHAPES = {
    None: (0, 4, 7), "m": (0, 3, 7), "dom7": (0, 4, 7, 10), "maj7": (0, 4, 7, 11), "m7": (0, 3, 7, 10),
    "dim": (0, 3, 6), "aug": (0, 4, 8), "sus2": (0, 2, 7), "sus4": (0, 5, 7), "pow": (0, 7),
    "maj6": (0, 4, 7, 9), "m6": (0, 3, 7, 9), "dom9": (0, 4, 7, 10, 14), "m9": (0, 3, 7, 10, 14),
    "maj9": (0, 4, 7, 11, 14), "add9": (0, 4, 7, 14), "madd9": (0, 3, 7, 14), "m7b5": (0, 3, 6, 10),
}
VELOCITY = {"": 0.8, "!": 1.0, "?": 0.45}


@dataclass(frozen=True)
class Step:
    """What one step says: a new sound (notes or drums), a hold, or a rest."""

    kind: str  # "on" | "hold" | "rest"
    notes: tuple[int, ...] = ()  # MIDI numbers of notes
    chord: tuple[int, tuple[int, ...]] | None = None  # (root pitch class, intervals) of a chord symbol
    drums: tuple[str, ...] = ()
    velocity: float = 0.8


def note_number(token: str) -> int:
    m = NOTE_RE.match(token)
    if not m:
        raise ValueError(f"not a note: {token!r}")
    name, acc, octave = m.groups()
    return 12 * (int(octave) + 1) + SEMI[name] + {"#": 1, "b": -1, "": 0}[acc]


def _part(part: str, drums: list[str], notes: list[int]) -> tuple[int, tuple[int, ...]] | None:
    if part in DRUMS:
        drums.append(DRUMS[part])
        return None
    if NOTE_RE.match(part):
        notes.append(note_number(part))
        return None
    m = CHORD_RE.match(part)
    if m:
        root = (SEMI[m.group(1)] + {"#": 1, "b": -1, "": 0}[m.group(2)]) % 12
        return root, CHORD_SHAPES[m.group(3)]
    raise ValueError(f"unknown token {part!r} (a note like C4, a chord like Am, a drum k/s/h/o/c/t/r, . or -)")


def parse_token(token: str) -> Step:
    if token == ".":
        return Step("rest")
    if token == "-":
        return Step("hold")
    vel = VELOCITY[""]
    if token[-1] in "!?":
        vel, token = VELOCITY[token[-1]], token[:-1]
    drums: list[str] = []
    notes: list[int] = []
    chord = None
    for part in token.split("+"):
        got = _part(part, drums, notes)
        if got is not None:
            if chord is not None:
                raise ValueError(f"two chord symbols in one step: {token!r}")
            chord = got
    return Step("on", tuple(notes), chord, tuple(drums), vel)


def parse_pattern(text: str) -> list[Step]:
    """Steps of a pattern string; raises ValueError naming the bad token."""
    steps = [parse_token(tok) for tok in text.split() if tok != "|"]
    if not steps:
        raise ValueError("empty pattern")
    return steps  # a hold at the very start continues nothing and sounds as a rest

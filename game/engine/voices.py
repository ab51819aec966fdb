"""The sounds of the typewriter: each character's voice tones as a line types, and the bleeps.

A speaker "talks" in short tones (`voice_<id>_1..3`) every few letters as the text appears, as in
many visual novels; narration is silent. Where the typewriter reaches a `[BLEEP]` in a line, one of
`bleep_1..4` sounds. The choices are worked out from the line and the position, never from chance, so
a line sounds the same every time it is read. Skipping to the end of a line does not play every sound
it passed: only its first bleep, so the joke is still heard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .audio import Audio

BLEEP = "[BLEEP]"
BLEEPS = 4  # bleep_1 .. bleep_4
TONES = 3  # voice_<id>_1 .. voice_<id>_3
EVERY = 3  # a tone on every third character, when that one is a letter or a digit
JUMP = 6  # more characters than this at once: the line was completed, not typed


def bleeps(text: str) -> list[int]:
    """Where each `[BLEEP]` of `text` begins."""
    out, at = [], text.find(BLEEP)
    while at >= 0:
        out.append(at)
        at = text.find(BLEEP, at + len(BLEEP))
    return out


def bleep_name(text: str, k: int) -> str:
    """The sound of the k-th bleep of `text`: varied along a line and from line to line."""
    return f"bleep_{(k + len(text)) % BLEEPS + 1}"


def cues(text: str, speaker: str | None, start: int, end: int) -> list[str]:
    """The sounds as the typewriter goes from `start` to `end` characters of `text` (in order)."""
    if end <= start:
        return []
    marks = bleeps(text)
    inside = {i for at in marks for i in range(at, at + len(BLEEP))}
    if end - start > JUMP:  # completed at once: the first bleep passed, nothing else
        return [bleep_name(text, k) for k, at in enumerate(marks) if start <= at < end][:1]
    out = []
    for i in range(start, min(end, len(text))):
        if i in marks:
            out.append(bleep_name(text, marks.index(i)))
        elif speaker and i % EVERY == 0 and i not in inside and text[i].isalnum():
            out.append(f"voice_{speaker}_{(i // EVERY + ord(text[i])) % TONES + 1}")
    return out


class Talk:
    """Plays the typewriter's sounds for one line at a time; the dialogue box tells it how far the
    text has typed (`reach`)."""

    def __init__(self, audio: Audio) -> None:
        self.audio = audio
        self.text = ""
        self.speaker: str | None = None
        self.said = 0  # characters whose sounds have played

    def begin(self, speaker: str | None, text: str) -> None:
        self.text, self.speaker, self.said = text, speaker, 0

    def hush(self) -> None:
        """Nothing more from this line (it is being skipped)."""
        self.said = len(self.text)

    def reach(self, shown: int) -> None:
        for name in cues(self.text, self.speaker, self.said, shown):
            if name.startswith("voice_"):
                self.audio.voice(name)
            else:
                self.audio.play(name)
        self.said = max(self.said, shown)

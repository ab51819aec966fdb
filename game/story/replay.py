"""A session as a small file — where it began and every answer the player gave — and its replay.

The answers are data (`answers.py`) and the runtime is deterministic, so the place a session began
(written as a save is written, story hash included) and its answers reproduce it exactly:

    {"format": 1, "kind": "nextgen-memory-core replay",
     "start": {…a save…},
     "answers": ["advance", {"choose": 1}, {"delete": ["bleep"]}, "refuse", {"play": "win"},
                 {"order": ["first_face", "bleep"]}]}

`main.py --record FILE` writes one while playing (in the window or the terminal); `main.py replay
FILE` plays it headless and says where it diverges after a story edit: the first answer that no
longer fits what the game shows, and what the game shows instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import safefile
from . import answers as an
from . import events as ev
from .interpreter import RuntimeError_, WrongAnswer
from .runtime import Runtime
from .saves import SaveError, decode, encode
from .story import Story
from .views import shown

FORMAT = 1
KIND = "nextgen-memory-core replay"
MAX_REPLAY_BYTES = 16 * 1024 * 1024
MAX_ANSWERS = 500_000


class ReplayError(Exception):
    """A replay file that cannot be used; the message names the file and is one sentence."""


def answer_to_json(a: an.Answer) -> Any:
    match a:
        case an.Advance():
            return "advance"
        case an.Refuse():
            return "refuse"
        case an.Choose(index):
            return {"choose": index}
        case an.Delete(ids):
            return {"delete": list(ids)}
        case an.Play(outcome, marks):
            return {"play": [outcome, *sorted(marks)] if marks else outcome}
        case an.Order(ids):
            return {"order": None if ids is None else list(ids)}
    raise TypeError(f"not an answer: {a!r}")


def _ids(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and len(v) <= 64 for v in value) \
            or len(value) > 1000:
        raise ValueError("a list of memory ids")
    return tuple(value)


def answer_from_json(value: Any) -> an.Answer:
    """The answer written as `value`; ValueError saying what was expected."""
    if value == "advance":
        return an.ADVANCE
    if value == "refuse":
        return an.Refuse()
    if not isinstance(value, dict) or len(value) != 1:
        raise ValueError('"advance", "refuse", or one of {"choose": N}, {"delete": [...]}, {"play": ...}, '
                         '{"order": [...]}')
    (kind, v), = value.items()
    if kind == "choose" and isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 1000:
        return an.Choose(v)
    if kind == "delete":
        return an.Delete(_ids(v))
    if kind == "play" and v in ("win", "lose", "tense"):
        return an.Play(v)
    if kind == "play" and isinstance(v, list) and v and v[0] in ("win", "lose") and len(v) <= 8:
        return an.Play(v[0], frozenset(_ids(v[1:])))
    if kind == "order":
        return an.Order(None if v is None else _ids(v))
    raise ValueError(f"{kind!r} with {str(v)[:40]!r} is not an answer")


class Recorder:
    """Keeps a session's answers and writes them, with where it began, to `path`.

    Going on past a stage direction is not written: a replay goes on past directions by itself, so
    directions added to the story or taken out of it leave a recording fitting."""

    def __init__(self, path: Path, start: Runtime) -> None:
        self.path = Path(path)
        self.start = encode(start, "replay")
        self._noted: list[tuple[Any, bool]] = []  # each answer given, and whether it is written

    @property
    def answers(self) -> list[Any]:
        """The answers the file holds."""
        return [a for a, kept in self._noted if kept]

    def note(self, a: an.Answer, staged: bool = False) -> None:
        """Keep answer `a`; `staged`: it went on past a stage direction (kept, never written)."""
        self._noted.append((answer_to_json(a), not staged))

    def drop(self, steps: int) -> bool:
        """Forget the last `steps` answers (the player went back); False if fewer were kept."""
        if steps > len(self._noted):
            return False
        del self._noted[len(self._noted) - steps:]
        return True

    def write(self) -> None:
        """Write the file as it stands (atomically; OSError if it cannot be written)."""
        doc = {"format": FORMAT, "kind": KIND, "start": self.start, "answers": self.answers}
        safefile.write_atomic(self.path, json.dumps(doc, ensure_ascii=False).encode(), keep=False)


def read(path: Path) -> tuple[dict[str, Any], list[an.Answer]]:
    """The start (a save document) and the answers of a replay file; ReplayError if unusable."""
    name = Path(path).name
    try:
        doc = json.loads(safefile.read_limited(Path(path), MAX_REPLAY_BYTES).decode("utf-8"))
    except safefile.TooLarge:
        raise ReplayError(f"{name}: too large to be a replay") from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ReplayError(f"{name}: cannot be read ({exc})") from None
    if not isinstance(doc, dict) or doc.get("kind") != KIND or not isinstance(doc.get("start"), dict):
        raise ReplayError(f"{name}: not a replay of this game")
    if doc.get("format") != FORMAT:
        raise ReplayError(f"{name}: a replay of format {doc.get('format')!r}; this game reads format {FORMAT}")
    raw = doc.get("answers")
    if not isinstance(raw, list) or len(raw) > MAX_ANSWERS:
        raise ReplayError(f"{name}: its answers are not a list")
    answers = []
    for i, value in enumerate(raw, start=1):
        try:
            answers.append(answer_from_json(value))
        except ValueError as exc:
            raise ReplayError(f"{name}: answer {i} should be {exc}") from None
    return doc["start"], answers


@dataclass
class Result:
    answers: int  # in the file
    played: int = 0  # given before the end or a divergence
    ending: str | None = None  # the ending reached, if the story finished
    diverged: str | None = None  # where and how the replay stopped fitting the story
    notice: str | None = None  # the story changed since the recording
    transcript: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.diverged is None and self.played == self.answers


def replay(story: Story, path: Path) -> Result:
    """Play the file's answers from where it began, headless; where it diverges, say so."""
    start, answers = read(path)
    try:
        state, seen, notice = decode(start, story, Path(path).name)
        rt = Runtime(story, state)
    except (SaveError, RuntimeError_) as exc:
        raise ReplayError(f"{Path(path).name}: cannot start where it began ({exc})") from None
    rt.seen |= seen
    if notice is None and start.get("story_hash") != story.content_hash:
        notice = "The story has changed since this game was recorded."
    result = Result(len(answers), notice=notice)
    for i, a in enumerate(answers, start=1):
        try:
            _past_directions(rt)
        except RuntimeError_ as exc:
            result.diverged = f"before answer {i}: the story broke: {exc}"
            return result
        e = rt.event
        _log(result, e)
        if rt.finished:
            result.diverged = f"the story ended with {len(answers) - i + 1} answer(s) of the replay left"
            return result
        try:
            rt.answer(a)
        except WrongAnswer as exc:
            result.diverged = (f"answer {i} ({an.describe(a)}) no longer fits: {exc}; "
                               f"the game shows {shown(e)}")
            return result
        except RuntimeError_ as exc:
            result.diverged = f"answer {i} ({an.describe(a)}): the story broke: {exc}"
            return result
        result.played = i
    if rt.finished and isinstance(rt.event, ev.Ending):
        result.ending = rt.event.id
    return result


def _past_directions(rt: Runtime) -> None:
    """Go on past stage directions, which a recording holds no answers for."""
    while not rt.finished and isinstance(rt.event, ev.Stage):
        rt.answer(an.ADVANCE)


def _log(result: Result, e: ev.Event) -> None:
    if isinstance(e, ev.Line):
        result.transcript.append(f"{e.name}: {e.text}" if e.speaker else e.text)
    elif isinstance(e, ev.BeatStart):
        result.transcript.append(f"== {e.title} ==")

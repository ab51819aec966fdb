"""What a session remembers of its past: the history log, and the points it can go back to.

Rewinding is keeping earlier states. Before each answer the session keeps a `Point`: the state as
it was (a copy), how long the history log was, and the answer then given. Going back restores a
point's state and cuts the log to its length; going forward gives the same answers again, so the
story, its autosaves and a recorded replay come out as they were. A new answer drops what was ahead.

Deleting a memory is for ever *in the story*: the core keeps a grey gap, and nothing the story does
brings one back. Rewinding is the player taking back the last moments of their own play before
they count, as players know it from Ren'Py's rollback: a review undone by rewinding never happened,
so its deletions are not deletions (nor is a reboot, a game over or a choice). The past is bounded
(the last `KEEP` points in play, the last `KEEP_SAVED` in a save, which is how rewinding reaches
back past the moment a game was saved), so it fades as play goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from . import answers as an
from .replay import answer_from_json, answer_to_json
from .savefile import parse
from .stagemap import fits
from .state import GameState
from .story import Story

KEEP = 500  # points held in play: a few beats of lines and decisions
KEEP_SAVED = 25  # points written with a save (each holds a state of a kilobyte or two; a save stays small)
KEEP_SAID = 150  # history entries written with a save: more than the saved points reach back


@dataclass(frozen=True, slots=True)
class Said:
    """One entry of the history log: a line that was read, or an option that was picked."""

    name: str  # the speaker's name ("" for narration and picks)
    text: str
    color: str  # "#rrggbb" of the speaker, "" for narration
    picked: bool = False  # an option the player chose


@dataclass(frozen=True, slots=True)
class Point:
    """Where the story stood before an answer: the state (a copy nobody changes), the length of
    the history log then, and the answer the player gave."""

    state: GameState
    said: int
    answer: an.Answer


class Past:
    """The points behind the player (newest last) and those ahead of them after going back."""

    def __init__(self, keep: int = KEEP) -> None:
        self.keep = keep
        self.points: list[Point] = []
        self.ahead: list[Point] = []  # the next one last

    def taken(self, point: Point) -> None:
        """An answer was given at `point`: the same answer as before going back keeps the way
        ahead (that is going forward); any other drops it."""
        if self.ahead and self.ahead[-1].answer == point.answer and self.ahead[-1].said == point.said:
            self.ahead.pop()
        else:
            self.ahead.clear()
        self.points.append(point)
        if len(self.points) > self.keep:
            del self.points[: len(self.points) - self.keep]

    def back(self, steps: int) -> tuple[Point | None, int]:
        """Step back up to `steps` points: the one now reached (None: none) and how many were taken."""
        point, done = None, 0
        while done < steps and self.points:
            point = self.points.pop()
            self.ahead.append(point)
            done += 1
        return point, done

    def last_decision(self) -> int:
        """How many steps back the newest decision (an answer other than going on) is; 0: none kept."""
        for i in range(len(self.points) - 1, -1, -1):
            if not isinstance(self.points[i].answer, an.Advance):
                return len(self.points) - i
        return 0

    def clear(self) -> None:
        self.points.clear()
        self.ahead.clear()


# --- in a save ------------------------------------------------------------------------------------


def to_doc(history: list[Said], past: Past) -> dict[str, Any]:
    """The save's `history` and `rewind` fields: the newest of each, the points' history lengths
    counted from the first entry written."""
    said = history[-KEEP_SAID:]
    skipped = len(history) - len(said)
    return {
        "history": [{"name": s.name, "text": s.text, "color": s.color, **({"picked": True} if s.picked else {})}
                    for s in said],
        "rewind": [{"state": p.state.to_dict(), "said": max(0, p.said - skipped), "answer": answer_to_json(p.answer)}
                   for p in past.points[-KEEP_SAVED:]],
    }


def from_doc(doc: Any, story: Story) -> tuple[list[Said], list[Point]]:
    """The history and the rewind points a save kept (none from a save older than them).

    The history is text and always comes back. The points come back only into the very story they
    were made in, each checked to stand somewhere in it; from the first that does not (an edited
    file), the older ones are dropped, so going back stops there."""
    try:
        save = parse(doc)
    except ValidationError:  # the save was checked as it loaded; a changed file keeps no past
        return [], []
    history = [Said(s.name, s.text, s.color, s.picked) for s in save.history]
    if save.story_hash != story.content_hash:
        return history, []
    points: list[Point] = []
    for raw, checked in zip(reversed(doc.get("rewind", [])), reversed(save.rewind), strict=True):
        state = GameState.from_dict(raw["state"])
        if not _stands(state, story) or checked.said > len(history):
            break
        try:
            answer = answer_from_json(raw["answer"])
        except ValueError:
            break
        points.append(Point(state, checked.said, answer))
    points.reverse()
    return history, points


def _stands(state: GameState, story: Story) -> bool:
    """Whether `state` is a place in `story` the runtime can show (a save could say anything)."""
    beat = story.beats.get(state.beat)
    if beat is None or state.phase == "finished":
        return False
    frames = [(state.node, state.pc), *state.stack]
    if not all(n in beat.nodes and p < len(beat.nodes[n].code) for n, p in frames) or not fits(beat, state.played):
        return False
    parts = [state.logic(), *([state.entry] if state.entry else [])]
    for part in parts:
        core = part["core"]
        ids = (*core["held"], *core["pending"], *core["gaps"], *part.get("farewell", []))
        if not (all(m in story.memories for m in ids) and all(f in story.flags for f in part["flags"])
                and all(c in story.counters for c in part["counters"])):
            return False
    return all(m in story.memories for m in state.mourning)

"""The save file's shape: every field checked by type and range before any of it reaches the game.

A save is data from outside (a disk that failed mid-write, a hand edit, another version of the
game), so it is read like any other outside data: strictly typed (no "1" for 1, no 1.0 for 1, no
infinities), bounded (ids, lists and numbers of sane sizes), and then checked against the story it
is loaded into, so an id the story no longer has gives a sentence instead of a traceback later.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict, StringConstraints, ValidationError

from .story import Story

FORMAT = 3  # 2: the history log and the rewind points (a save of format 1 has neither)
# 3: the stage directions played in the beat so far (`played`; without it the stage is rebuilt from the
#    beat's directions in source order)
MAX_ID = 200  # story ids are short words; a line id is "beat.node.n"
MAX_ITEMS = 10_000  # memories, flags, counters, visited nodes: a story has dozens
MAX_SEEN = 200_000  # line ids read so far: a story ten times this one's size still fits
MAX_INDEX = 1_000_000  # a position inside a node's code
MAX_NUMBER = 2**53  # counters, bond, seed: whole numbers JSON keeps exactly
MAX_SAID = 4_000  # one line of the history log
MAX_HISTORY = 1_000  # entries of the history log a save keeps (the game writes 150)
MAX_PLAYED = 10_000  # stage directions played in one beat: a beat has dozens
MAX_POINTS = 200  # rewind points a save keeps (the game writes 25)
MAX_TIME = 7_258_118_400.0  # 2200-01-01: a later `saved_at` is a broken clock or a broken file

Id = Annotated[str, Strict(), StringConstraints(min_length=1, max_length=MAX_ID)]
Text = Annotated[str, Strict(), StringConstraints(max_length=1_000)]
Ids = Annotated[list[Id], Field(max_length=MAX_ITEMS)]
Index = Annotated[int, Strict(), Field(ge=0, le=MAX_INDEX)]
Number = Annotated[int, Strict(), Field(ge=-MAX_NUMBER, le=MAX_NUMBER)]
Frame = Annotated[tuple[Id, Index], Strict(False)]  # JSON has no tuples: a [node, pc] pair
Phase = Literal["beat_start", "run", "game_over", "finished"]


class _Checked(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class CoreFile(_Checked):
    held: Ids
    pending: Ids
    gaps: Ids
    weapons: bool


class LogicFile(_Checked):
    """What a beat's start restores: the part of the state an `entry` snapshot holds too."""

    flags: Ids
    counters: Annotated[dict[Id, Number], Field(max_length=MAX_ITEMS)]
    core: CoreFile
    visited: Ids
    farewell: Ids = []


class EntryFile(LogicFile):
    node: Id | None = None


class StateFile(LogicFile):
    beat: Id
    node: Id
    pc: Index
    sub: Index = 0
    stack: Annotated[list[Frame], Field(max_length=256)] = []
    phase: Phase = "run"
    seed: Number = 0
    entry: EntryFile | None = None
    mourning: Ids = []
    played: Annotated[list[Frame], Field(max_length=MAX_PLAYED)] | None = None  # None: a save from before


class SaidFile(_Checked):
    """An entry of the history log."""

    name: Text = ""
    text: Annotated[str, Strict(), StringConstraints(max_length=MAX_SAID)]
    color: Text = ""
    picked: bool = False


class ChooseFile(_Checked):
    choose: Index


class DeleteFile(_Checked):
    delete: Ids


class PlayFile(_Checked):
    play: Literal["win", "lose", "tense"]


class OrderFile(_Checked):
    order: Ids | None


AnswerFile = Literal["advance", "refuse"] | ChooseFile | DeleteFile | PlayFile | OrderFile  # as replays write them


class PointFile(_Checked):
    """A point the game can rewind to: the state before an answer, the log's length then, the answer."""

    state: StateFile
    said: Index
    answer: AnswerFile


class SaveFile(_Checked):
    format: Annotated[int, Strict(), Field(ge=1, le=FORMAT)]
    game: Text = ""
    story_hash: Text = ""
    node_digest: Text = ""
    slot: Text = ""
    saved_at: Annotated[float, Field(ge=0.0, le=MAX_TIME, allow_inf_nan=False)] = 0.0
    beat_title: Text = ""
    bond: Number = 0
    seen: Annotated[list[Id], Field(max_length=MAX_SEEN)] = []
    state: StateFile
    history: Annotated[list[SaidFile], Field(max_length=MAX_HISTORY)] = []
    rewind: Annotated[list[PointFile], Field(max_length=MAX_POINTS)] = []


def describe(exc: ValidationError) -> str:
    """The first fault of a validation error as a short phrase: `state.pc: Input should be ...`."""
    err = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(_shown(p) for p in err["loc"]) or "the file"
    return f"{where}: {err['msg']}"


def _shown(part: object) -> str:
    """A part of a field's place as one short line: a key from the file may hold anything."""
    text = str(part)
    if text.isprintable() and len(text) <= 40:
        return text
    return repr(text[:40])


def parse(doc: Any) -> SaveFile:
    """The checked save; ValidationError says what is wrong with it."""
    return SaveFile.model_validate(doc)


def unknown_ids(save: SaveFile, story: Story) -> list[str]:
    """Memory, flag and counter ids the save holds that the story does not define."""
    out: set[str] = set()
    logic: list[LogicFile] = [save.state] + ([save.state.entry] if save.state.entry else [])
    for part in logic:
        core = part.core
        out |= {m for m in (*core.held, *core.pending, *core.gaps, *part.farewell) if m not in story.memories}
        out |= {f for f in part.flags if f not in story.flags}
        out |= {c for c in part.counters if c not in story.counters}
    out |= {m for m in save.state.mourning if m not in story.memories}
    return sorted(out)

"""What every pass of the compiler shares: the files with their positions, and the context of checks.

Every problem is reported against the place it was written, so the context takes a file and a path
into it (`("nodes", "yard", 3, "goto")`) rather than a line number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..cues import Cues
from ..diagnostics import Diagnostic
from ..expr import Refs, Scope
from ..props import Catalogue
from ..story import CharacterInfo
from ..yamlsrc import Mark, locate

_WORD = re.compile(r"[A-Za-z0-9'’]+")
# the names pydantic gives union members and validators in an error's location: not keys or indexes
_NOT_A_KEY = ("str", "list[str]", "function-after")


@dataclass
class SourceFile:
    """One story file as read: the path shown to designers, and its data with positions."""

    shown: str
    root: Any

    def at(self, path: tuple[Any, ...], key: bool = False) -> Mark:
        return locate(self.root, path, key)


@dataclass
class Context:
    """Everything the checks of one story share."""

    diags: list[Diagnostic] = field(default_factory=list)
    scope: Scope = field(default_factory=Scope)
    refs: Refs = field(default_factory=Refs)
    characters: dict[str, CharacterInfo] = field(default_factory=dict)
    endings: set[str] = field(default_factory=set)
    beat_nodes: dict[str, set[str]] = field(default_factory=dict)
    strings: dict[str, str] = field(default_factory=dict)
    string_where: dict[str, str] = field(default_factory=dict)
    string_speaker: dict[str, str] = field(default_factory=dict)  # id -> who says it ("" narration, "option"...)
    unnamed: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)  # file -> places of lines with no id:
    flags_set: set[str] = field(default_factory=set)
    counters_changed: set[str] = field(default_factory=set)
    remembered: dict[str, list[str]] = field(default_factory=dict)  # memory -> beats that remember it
    words_by_speaker: dict[str, int] = field(default_factory=dict)
    words_by_beat: dict[str, int] = field(default_factory=dict)
    levels_dir: Path | None = None  # where the beats' maps are (stage directions name their objects)
    cues: Cues | None = None  # the music and sounds stage directions may name (None: not checked)
    maps: dict[str, Any] = field(default_factory=dict)  # map name -> what stage directions need of it
    catalogue: Catalogue | None = None  # the props stage directions may name (story/props.yaml)
    pieces: dict[str, tuple[frozenset[str], frozenset[str]]] | None = None  # set-piece -> (given, marks);
    # None: not checked (the story layer knows no pieces: `validate` hands them in)

    def error(self, f: SourceFile, path: tuple[Any, ...], message: str, key: bool = False,
              offset: int = 0) -> None:
        mark = f.at(path, key)
        col = mark.col + (1 if mark.quoted else 0) + offset
        self.diags.append(Diagnostic(f.shown, mark.line, col, message))

    def warn(self, f: SourceFile, path: tuple[Any, ...], message: str) -> None:
        mark = f.at(path)
        self.diags.append(Diagnostic(f.shown, mark.line, mark.col, message, "warning"))

    def has_errors(self) -> bool:
        return any(d.severity == "error" for d in self.diags)


def _pydantic_errors(ctx: Context, f: SourceFile, base: tuple[Any, ...], exc: ValidationError) -> None:
    for err in exc.errors():
        loc = tuple(err["loc"])
        # pydantic reports union members' names in loc; drop what is not a real key or index
        loc = tuple(p for p in loc
                    if not (isinstance(p, str) and (p[:1].isupper() or "[" in p or p in _NOT_A_KEY)))
        msg = err["msg"]
        kind = err["type"]
        if kind == "value_error":  # a validator's own sentence, without pydantic's prefix
            msg = str(err.get("ctx", {}).get("error", msg))
        if kind == "extra_forbidden":
            msg = f"unknown key '{loc[-1]}'" if loc else "unknown key"
            ctx.error(f, base + loc, msg, key=True)
            continue
        if kind == "missing":
            where = base + loc[:-1]
            ctx.error(f, where, f"missing '{loc[-1]}'", key=False)
            continue
        if kind == "string_pattern_mismatch" and loc and loc[-1] in ("color",):
            msg = "a colour is written #rrggbb"
        elif kind == "string_pattern_mismatch":
            msg = "ids use letters, digits and _ only"
        ctx.error(f, base + loc, msg[0].lower() + msg[1:] if msg else "invalid value")


def check_model(ctx: Context, f: SourceFile, base: tuple[Any, ...], model: type[BaseModel], data: Any) -> Any:
    """`data` as `model`, or None with every problem reported where it was written."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        _pydantic_errors(ctx, f, base, exc)
        return None


def count_words(text: str) -> int:
    return len(_WORD.findall(text))

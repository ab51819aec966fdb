"""Reading YAML safely, keeping where every value came from.

We compose documents ourselves from the safe parser's event stream (libyaml's C parser where
present) instead of calling `yaml.load`, for reasons a designer would notice:

- every mapping and list remembers the line and column of each of its values, so later checks can
  say `story/beats/08_backyard.yaml:14:9: no node 'momo_meet'`;
- a duplicate key is an error, not a silent overwrite;
- aliases are shared, never copied, and their expanded size is counted in values and in characters
  of text, so an alias bomb is refused at once instead of eating memory and time; a recursive alias
  and absurd nesting are refused too;
- there is no recursion in Python, so hostile input cannot blow the stack;
- only a plain file is read, and only if it is small enough, which is known before it is opened: a
  pipe, a device or a folder named like a story file is an error, never a hang.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from .diagnostics import Diagnostic

try:  # libyaml's parser is several times faster; the pure-Python one behaves the same
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 64
MAX_EXPANDED = 200_000  # values aliases may add to a file
MAX_EXPANDED_CHARS = 1_000_000  # characters of text aliases may add to a file
MAX_NUMBER_CHARS = 30  # a number is read only if it is written in at most this many characters


@dataclass(frozen=True, slots=True)
class Mark:
    line: int  # 1-based
    col: int  # 1-based
    quoted: bool = False  # a quoted scalar's text starts one column after the mark


class LDict(dict):
    """A mapping that knows where each of its keys and values was written."""

    __slots__ = ("mark", "key_marks", "value_marks")

    def __init__(self, mark: Mark):
        super().__init__()
        self.mark = mark
        self.key_marks: dict[Any, Mark] = {}
        self.value_marks: dict[Any, Mark] = {}


class LList(list):
    """A list that knows where each of its items was written."""

    __slots__ = ("mark", "item_marks")

    def __init__(self, mark: Mark):
        super().__init__()
        self.mark = mark
        self.item_marks: list[Mark] = []


class YamlProblem(Exception):
    def __init__(self, message: str, mark: Mark | None):
        super().__init__(message)
        self.message = message
        self.mark = mark or Mark(1, 1)


_resolver = Resolver()
_constructor = SafeConstructor()


def _mark(m: Any, quoted: bool = False) -> Mark:
    return Mark(m.line + 1, m.column + 1, quoted) if m is not None else Mark(1, 1)


_STR = "tag:yaml.org,2002:str"
_TEXT_STYLES = frozenset("'\"|>")
_NUMBERS = frozenset(("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"))


def _scalar(ev: ScalarEvent) -> Any:
    tag = ev.tag
    if tag == _STR or (tag is None or tag == "!") and ev.style in _TEXT_STYLES:
        return ev.value  # quoted and block scalars are text: the common case, kept fast
    if tag is None or tag == "!":
        tag = _resolver.resolve(ScalarNode, ev.value, ev.implicit)
    if tag == "tag:yaml.org,2002:merge":
        raise YamlProblem("merge keys ('<<') are not supported; write the values out", _mark(ev.start_mark))
    if tag in _NUMBERS and len(ev.value) > MAX_NUMBER_CHARS:
        raise YamlProblem(
            f"a number {len(ev.value):,} characters long; numbers have at most {MAX_NUMBER_CHARS}", _mark(ev.start_mark)
        )
    make = SafeConstructor.yaml_constructors.get(tag)
    if make is None or tag in ("tag:yaml.org,2002:binary", "tag:yaml.org,2002:timestamp"):
        if tag == "tag:yaml.org,2002:timestamp":
            return ev.value  # dates stay as the text written
        raise YamlProblem(f"unsupported tag {tag!r}", _mark(ev.start_mark))
    try:
        return make(_constructor, ScalarNode(tag, ev.value, ev.start_mark, ev.end_mark, ev.style))
    except (ConstructorError, ValueError) as exc:
        shown = ev.value if len(ev.value) <= 40 else ev.value[:40] + "…"
        raise YamlProblem(f"cannot read value {shown!r}: {exc}", _mark(ev.start_mark)) from None


class _Frame:
    """A mapping or list being filled, with the size it will have once its aliases are expanded."""

    __slots__ = ("value", "anchor", "size", "chars", "pending_key", "key_mark", "has_key")

    def __init__(self, value: LDict | LList, anchor: str | None):
        self.value = value
        self.anchor = anchor
        self.size = 1  # values
        self.chars = 0  # characters of text
        self.pending_key: Any = None
        self.key_mark: Mark | None = None
        self.has_key = False

    def add(self, value: Any, mark: Mark) -> None:
        container = self.value
        if isinstance(container, LList):
            container.append(value)
            container.item_marks.append(mark)
        elif self.has_key:
            key = self.pending_key
            container[key] = value
            container.key_marks[key] = self.key_mark  # type: ignore[assignment]
            container.value_marks[key] = mark
            self.has_key = False
        else:
            _check_key(container, value, mark)
            self.pending_key, self.key_mark, self.has_key = value, mark, True


def _check_key(container: LDict, key: Any, mark: Mark) -> None:
    if isinstance(key, (LDict, LList)):
        raise YamlProblem("a key must be a plain value, not a list or mapping", mark)
    if key == "<<":
        raise YamlProblem("merge keys ('<<') are not supported; write the values out", mark)
    if key in container:
        first = container.key_marks[key]
        raise YamlProblem(f"duplicate key {key!r} (first written at line {first.line})", mark)


class _Composer:
    """Builds one document from the parser's events with an explicit stack (no recursion).

    An anchored value is kept with its expanded size, in values and in characters of text; each
    alias adds that size to a running total, so a file whose aliases repeat text without end (each
    level repeating the one before) is refused as soon as the total passes the limits."""

    def __init__(self) -> None:
        self.anchors: dict[str, tuple[Any, int, int]] = {}  # anchor: (value, values, characters)
        self.building: set[str] = set()
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.have_root = False
        self.values = 0  # values and characters that aliases have added so far
        self.chars = 0
        self.documents = 0

    def feed(self, ev: Any) -> None:
        handle = _HANDLERS.get(type(ev))
        if handle is not None:
            handle(self, ev)

    def attach(self, value: Any, size: int, chars: int, mark: Mark) -> None:
        if not self.stack:
            self.root, self.have_root = value, True
            return
        top = self.stack[-1]
        top.size += size
        top.chars += chars
        top.add(value, mark)

    def document(self, ev: DocumentStartEvent) -> None:
        self.documents += 1
        if self.documents > 1:
            raise YamlProblem("only one document per file (found a second '---')", _mark(ev.start_mark))

    def scalar(self, ev: ScalarEvent) -> None:
        value = _scalar(ev)
        if ev.anchor:
            self.anchors[ev.anchor] = (value, 1, len(ev.value))
        self.attach(value, 1, len(ev.value), _mark(ev.start_mark, ev.style in ("'", '"')))

    def start(self, ev: MappingStartEvent | SequenceStartEvent) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep", _mark(ev.start_mark))
        mark = _mark(ev.start_mark)
        if ev.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
            raise YamlProblem(f"unsupported tag {ev.tag!r}", mark)
        container: LDict | LList = LDict(mark) if isinstance(ev, MappingStartEvent) else LList(mark)
        if ev.anchor:
            self.building.add(ev.anchor)
        self.stack.append(_Frame(container, ev.anchor))

    def end(self, ev: MappingEndEvent | SequenceEndEvent) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.building.discard(frame.anchor)
            self.anchors[frame.anchor] = (frame.value, frame.size, frame.chars)
        self.attach(frame.value, frame.size, frame.chars, frame.value.mark)

    def alias(self, ev: AliasEvent) -> None:
        mark = _mark(ev.start_mark)
        if ev.anchor in self.building:
            raise YamlProblem(f"alias *{ev.anchor} refers to itself", mark)
        if ev.anchor not in self.anchors:
            raise YamlProblem(f"alias *{ev.anchor} names no anchor", mark)
        value, size, chars = self.anchors[ev.anchor]
        self.values += size
        self.chars += chars
        if self.values > MAX_EXPANDED:
            raise YamlProblem(f"aliases expand to more than {MAX_EXPANDED:,} values; refusing to read further", mark)
        if self.chars > MAX_EXPANDED_CHARS:
            raise YamlProblem(
                f"aliases expand to more than {MAX_EXPANDED_CHARS:,} characters of text; refusing to read further",
                mark,
            )
        self.attach(value, size, chars, mark)


_HANDLERS: dict[type, Callable[[_Composer, Any], None]] = {
    DocumentStartEvent: _Composer.document,
    ScalarEvent: _Composer.scalar,
    MappingStartEvent: _Composer.start,
    SequenceStartEvent: _Composer.start,
    MappingEndEvent: _Composer.end,
    SequenceEndEvent: _Composer.end,
    AliasEvent: _Composer.alias,
}


def parse_yaml(text: str) -> Any:
    """Parse one YAML document from text into LDict/LList/scalars. Raises YamlProblem."""
    if not text.strip():
        raise YamlProblem("the file is empty", Mark(1, 1))
    composer = _Composer()
    try:
        for ev in yaml.parse(text, Loader=_Loader):
            composer.feed(ev)
    except yaml.MarkedYAMLError as exc:
        raise _explain(exc, text) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"malformed YAML: {exc}", None) from None
    if not composer.have_root or composer.root is None:
        raise YamlProblem("the file holds no data", Mark(1, 1))
    return composer.root


def _explain(exc: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    """Turn PyYAML's wording into a sentence a designer can act on."""
    mark = _mark(exc.problem_mark or exc.context_mark)
    lines = text.splitlines()
    here = lines[mark.line - 1][mark.col - 1 : mark.col] if 0 < mark.line <= len(lines) else ""
    if here == "\t":
        return YamlProblem("a tab character; YAML is indented with spaces only", mark)
    problem = exc.problem or "malformed YAML"
    if exc.context and exc.context_mark is not None:
        start = _mark(exc.context_mark)
        if "quoted scalar" in exc.context:
            return YamlProblem(f"a quote opened at line {start.line}, column {start.col} is never closed", mark)
        problem = f"{exc.context} (from line {start.line}, column {start.col}): {problem}"
    return YamlProblem(f"malformed YAML: {problem}", mark)


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlProblem("the file is not UTF-8 text (save it as UTF-8)", Mark(line, col)) from None
    bad = text.find("\x00")
    if bad >= 0:
        line = text.count("\n", 0, bad) + 1
        raise YamlProblem("the file holds binary data (a NUL byte)", Mark(line, bad - text.rfind("\n", 0, bad)))
    return text


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO that slipped past the check must not wait
_BINARY = getattr(os, "O_BINARY", 0)
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a pipe"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def _not_a_file(path: Path, mode: int) -> YamlProblem:
    kind = next((name for test, name in _KINDS if test(mode)), "something else")
    this = f"the link {path.name} leads to" if path.is_symlink() else "this is"
    return YamlProblem(f"{this} {kind}, not a file; a story file must be a plain file", Mark(1, 1))


def _too_large(size: int) -> YamlProblem:
    return YamlProblem(f"the file is {size:,} bytes; story files stay under {MAX_BYTES:,}", Mark(1, 1))


def read_source(path: Path) -> bytes:
    """The bytes of a story file: a regular file of at most MAX_BYTES. Raises YamlProblem or OSError.

    What the name leads to is looked at before it is opened, so a pipe, a device or a folder is
    refused at once (a pipe would wait for a writer for ever, /dev/zero would never end), and a
    file too large is refused without reading it; at most MAX_BYTES + 1 bytes are ever read."""
    info = os.stat(path)  # follows links: what they lead to must be a plain file
    if not stat.S_ISREG(info.st_mode):
        raise _not_a_file(path, info.st_mode)
    if info.st_size > MAX_BYTES:
        raise _too_large(info.st_size)
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    with os.fdopen(fd, "rb") as f:
        mode = os.fstat(f.fileno()).st_mode
        if not stat.S_ISREG(mode):  # the name was changed to something else in between
            raise _not_a_file(path, mode)
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    return data


def load_file(path: Path, shown: str) -> tuple[Any, list[Diagnostic]]:
    """Read and parse a YAML file; problems come back as diagnostics, never as exceptions."""
    try:
        return parse_yaml(_decode(read_source(path))), []
    except FileNotFoundError:
        return None, [Diagnostic(shown, 0, 0, "file not found")]
    except OSError as exc:
        return None, [Diagnostic(shown, 0, 0, f"cannot read the file: {exc.strerror or exc}")]
    except YamlProblem as exc:
        return None, [Diagnostic(shown, exc.mark.line, exc.mark.col, exc.message)]


def locate(root: Any, path: tuple[Any, ...], key: bool = False) -> Mark:
    """Where the value at `path` was written (or its key, with key=True); the nearest known place."""
    best = getattr(root, "mark", Mark(1, 1))
    node = root
    for i, step in enumerate(path):
        last = i == len(path) - 1
        if isinstance(node, LDict) and step in node:
            best = node.key_marks[step] if (key and last) else node.value_marks[step]
            node = node[step]
        elif isinstance(node, LList) and isinstance(step, int) and 0 <= step < len(node):
            best = node.item_marks[step]
            node = node[step]
        else:
            break
    return best

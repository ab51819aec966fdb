"""Reading YAML safely, keeping where every value came from.

We compose documents ourselves from the safe parser's event stream (libyaml's C parser where
present) instead of calling `yaml.load`, for four reasons a designer would notice:

- every mapping and list remembers the line and column of each of its values, so later checks can
  say `story/beats/08_backyard.yaml:14:9: no node 'momo_meet'`;
- a duplicate key is an error, not a silent overwrite;
- aliases are shared, never copied, and their expanded size is counted, so an alias bomb is refused
  at once instead of eating memory; a recursive alias and absurd nesting are refused too;
- there is no recursion in Python, so hostile input cannot blow the stack.
"""

from __future__ import annotations

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
MAX_EXPANDED = 200_000  # values a file may hold once its aliases are expanded


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


def _scalar(ev: ScalarEvent) -> Any:
    tag = ev.tag
    if tag == _STR or (tag is None or tag == "!") and ev.style in _TEXT_STYLES:
        return ev.value  # quoted and block scalars are text: the common case, kept fast
    if tag is None or tag == "!":
        tag = _resolver.resolve(ScalarNode, ev.value, ev.implicit)
    if tag == "tag:yaml.org,2002:merge":
        raise YamlProblem("merge keys ('<<') are not supported; write the values out", _mark(ev.start_mark))
    make = SafeConstructor.yaml_constructors.get(tag)
    if make is None or tag in ("tag:yaml.org,2002:binary", "tag:yaml.org,2002:timestamp"):
        if tag == "tag:yaml.org,2002:timestamp":
            return ev.value  # dates stay as the text written
        raise YamlProblem(f"unsupported tag {tag!r}", _mark(ev.start_mark))
    try:
        return make(_constructor, ScalarNode(tag, ev.value, ev.start_mark, ev.end_mark, ev.style))
    except (ConstructorError, ValueError) as exc:
        raise YamlProblem(f"cannot read value {ev.value!r}: {exc}", _mark(ev.start_mark)) from None


class _Frame:
    __slots__ = ("value", "anchor", "size", "pending_key", "key_mark", "has_key")

    def __init__(self, value: LDict | LList, anchor: str | None):
        self.value = value
        self.anchor = anchor
        self.size = 1
        self.pending_key: Any = None
        self.key_mark: Mark | None = None
        self.has_key = False


def parse_yaml(text: str) -> Any:
    """Parse one YAML document from text into LDict/LList/scalars. Raises YamlProblem."""
    if not text.strip():
        raise YamlProblem("the file is empty", Mark(1, 1))
    anchors: dict[str, tuple[Any, int]] = {}
    building: set[str] = set()
    stack: list[_Frame] = []
    root: Any = None
    have_root = False
    expanded = 0
    documents = 0

    def attach(value: Any, size: int, mark: Mark) -> None:
        nonlocal root, have_root
        if not stack:
            root, have_root = value, True
            return
        top = stack[-1]
        top.size += size
        container = top.value
        if isinstance(container, LList):
            container.append(value)
            container.item_marks.append(mark)
        elif not top.has_key:
            if isinstance(value, (LDict, LList)):
                raise YamlProblem("a key must be a plain value, not a list or mapping", mark)
            if value == "<<":
                raise YamlProblem("merge keys ('<<') are not supported; write the values out", mark)
            if value in container:
                first = container.key_marks[value]
                raise YamlProblem(f"duplicate key {value!r} (first written at line {first.line})", mark)
            top.pending_key, top.key_mark, top.has_key = value, mark, True
        else:
            key = top.pending_key
            container[key] = value
            container.key_marks[key] = top.key_mark  # type: ignore[assignment]
            container.value_marks[key] = mark
            top.has_key = False

    try:
        for ev in yaml.parse(text, Loader=_Loader):
            if isinstance(ev, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise YamlProblem("only one document per file (found a second '---')", _mark(ev.start_mark))
            elif isinstance(ev, ScalarEvent):
                mark = _mark(ev.start_mark, ev.style in ("'", '"'))
                value = _scalar(ev)
                if ev.anchor:
                    anchors[ev.anchor] = (value, 1)
                attach(value, 1, mark)
            elif isinstance(ev, (MappingStartEvent, SequenceStartEvent)):
                if len(stack) >= MAX_DEPTH:
                    raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep", _mark(ev.start_mark))
                mark = _mark(ev.start_mark)
                if ev.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                    raise YamlProblem(f"unsupported tag {ev.tag!r}", mark)
                container: LDict | LList = LDict(mark) if isinstance(ev, MappingStartEvent) else LList(mark)
                if ev.anchor:
                    building.add(ev.anchor)
                stack.append(_Frame(container, ev.anchor))
            elif isinstance(ev, (MappingEndEvent, SequenceEndEvent)):
                frame = stack.pop()
                if frame.anchor:
                    building.discard(frame.anchor)
                    anchors[frame.anchor] = (frame.value, frame.size)
                attach(frame.value, frame.size, frame.value.mark)
            elif isinstance(ev, AliasEvent):
                mark = _mark(ev.start_mark)
                if ev.anchor in building:
                    raise YamlProblem(f"alias *{ev.anchor} refers to itself", mark)
                if ev.anchor not in anchors:
                    raise YamlProblem(f"alias *{ev.anchor} names no anchor", mark)
                value, size = anchors[ev.anchor]
                expanded += size
                if expanded > MAX_EXPANDED:
                    raise YamlProblem(
                        f"aliases expand to more than {MAX_EXPANDED:,} values; refusing to read further", mark
                    )
                attach(value, size, mark)
    except yaml.MarkedYAMLError as exc:
        raise _explain(exc, text) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"malformed YAML: {exc}", None) from None
    if not have_root or root is None:
        raise YamlProblem("the file holds no data", Mark(1, 1))
    return root


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


def load_file(path: Path, shown: str) -> tuple[Any, list[Diagnostic]]:
    """Read and parse a YAML file; problems come back as diagnostics, never as exceptions."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [Diagnostic(shown, 1, 1, f"the file is {size:,} bytes; story files stay under {MAX_BYTES:,}")]
        data = path.read_bytes()
    except FileNotFoundError:
        return None, [Diagnostic(shown, 0, 0, "file not found")]
    except OSError as exc:
        return None, [Diagnostic(shown, 0, 0, f"cannot read the file: {exc.strerror or exc}")]
    try:
        return parse_yaml(_decode(data)), []
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

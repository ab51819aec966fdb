"""Writing an `id:` into the story files for every text that has none (`main.py strings ids`).

A text without an `id:` is known by its place in its node, and an edit above it moves it: its seen
marks and translations are lost. Written once, an id stays however the text moves or is reworded.

The files are edited as text, never dumped again from data: each id is a line inserted under the
text it names, at the position the YAML parser reports, so comments, quoting, blank lines and layout
stay exactly as the designer wrote them. Narration written as a plain string becomes `text: "..."`
(the string itself untouched) so that it can carry its id. The ids are short readable slugs of the
speaker and the first words (`mai_hey_dog`); the same story always gets the same ids.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..safefile import write_atomic
from .compiler import load_story
from .model import STEP_KEYS
from .story import Story
from .yamlsrc import read_source

try:  # libyaml's parser is several times faster; the pure-Python one reports the same marks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

TITLED = ("review", "action", "reboot")  # steps whose title is a text of the story
LINE_EXTRAS = ("face", "if", "id")
SKIP_WORDS = frozenset(
    "a an the i im to of and is it its you your youre my me in on at be that this was for so but are he "
    "she his her we with just than then".split())
MAX_WORDS = 6


@dataclass
class Target:
    """One text without an id: the mapping (or the plain string) that holds it, and what names it."""

    holder: Node  # a MappingNode, or a ScalarNode for narration written as a plain string
    text_value: Node | None  # the value after which the id goes (None: a plain string)
    prefix: str  # the speaker, "nar", "opt", "spot", "review"...
    text: str
    in_flow: bool = False  # a plain string inside a flow list: `[...]`


@dataclass
class FileEdits:
    """Text to insert into one file: at (line, column), and whole lines before a line index."""

    inline: list[tuple[int, int, str]] = field(default_factory=list)
    lines: list[tuple[int, str]] = field(default_factory=list)


STR_TAG = "tag:yaml.org,2002:str"  # a scalar the loader reads as text (not null, a number, ...)


def _get(mapping: MappingNode, key: str) -> Node | None:
    for k, v in mapping.value:
        if isinstance(k, ScalarNode) and k.value == key:
            return v
    return None


def _keys(mapping: MappingNode) -> list[str]:
    return [k.value for k, _ in mapping.value if isinstance(k, ScalarNode)]


def _title(node: Node | None) -> str:
    if isinstance(node, ScalarNode):
        return str(node.value)
    if isinstance(node, MappingNode):
        return _title(_get(node, "title"))
    return ""


def _step_targets(steps: Node | None, in_flow: bool = False) -> Iterator[Target]:
    """Every text without an id in a list of steps, nested lists included, in file order."""
    if not isinstance(steps, SequenceNode):
        return
    for step in steps.value:
        if isinstance(step, ScalarNode):
            yield Target(step, None, "nar", str(step.value), steps.flow_style)
        elif isinstance(step, MappingNode):
            yield from _mapping_targets(step)


def _mapping_targets(step: MappingNode) -> Iterator[Target]:
    keys = _keys(step)
    if "if" in keys and "then" in keys:
        yield from _step_targets(_get(step, "then"))
        yield from _step_targets(_get(step, "else"))
        return
    kinds = [k for k in keys if k in STEP_KEYS]
    named = "id" in keys
    if not kinds:
        speakers = [k for k in keys if k not in LINE_EXTRAS]
        if len(speakers) == 1 and not named:
            who = speakers[0]
            yield Target(step, _get(step, who), "nar" if who == "text" else who, _title(_get(step, who)))
    elif len(kinds) > 1:
        return
    elif kinds[0] == "say" and not named:
        yield Target(step, _get(step, "text"), _title(_get(step, "say")), _title(_get(step, "text")))
    elif kinds[0] in ("choice", "explore"):
        yield from _option_targets(_get(step, kinds[0]), "opt" if kinds[0] == "choice" else "spot")
    elif kinds[0] in TITLED and not named:
        value = _get(step, kinds[0])
        yield Target(step, value, kinds[0], _title(value))
    elif kinds[0] == "stage" and not named:  # a direction's note is a text: the terminal prints it
        stage = _get(step, "stage")
        note = _get(stage, "note") if isinstance(stage, MappingNode) else None
        if isinstance(note, ScalarNode) and note.tag == STR_TAG and note.value:  # as the compiler: `if d.note`
            yield Target(step, stage, "stage", _title(note))


def _option_targets(options: Node | None, prefix: str) -> Iterator[Target]:
    if not isinstance(options, SequenceNode):
        return
    for opt in options.value:
        if not isinstance(opt, MappingNode):
            continue
        if "id" not in _keys(opt):
            yield Target(opt, _get(opt, "text"), prefix, _title(_get(opt, "text")))
        yield from _step_targets(_get(opt, "then"))


def targets(text: str) -> list[Target]:
    """The texts without an id in one beat file's text, in file order."""
    root = yaml.compose(text, Loader=_Loader)
    if not isinstance(root, MappingNode):
        return []
    nodes = _get(root, "nodes")
    if not isinstance(nodes, MappingNode):
        return []
    out: list[Target] = []
    seen: set[int] = set()  # a step an alias repeats is one text
    for _, steps in nodes.value:
        for t in _step_targets(steps):
            if id(t.holder) not in seen:
                seen.add(id(t.holder))
                out.append(t)
    return out


# -- ids -----------------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """The words of a text as they go into an id: ASCII, lower case, no apostrophes."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace("'", "")
    found = re.findall(r"[a-z0-9]+", plain)
    return [w for w in found if w not in SKIP_WORDS] or found


def slug(prefix: str, text: str, taken: set[str]) -> str:
    """A short id not in `taken`: the prefix and the first words, more of them if needed, then a number."""
    head = re.sub(r"[^A-Za-z0-9_]", "_", prefix) or "line"
    ws = words(text) or ["line"]
    for n in range(3, MAX_WORDS + 1):
        sid = "_".join([head, *ws[:n]])
        if sid not in taken:
            return sid
        if n >= len(ws):
            break
    base = "_".join([head, *ws[:3]])
    k = 2
    while f"{base}_{k}" in taken:
        k += 1
    return f"{base}_{k}"


# -- edits ---------------------------------------------------------------------------------------


def _last_end(node: Node) -> yaml.Mark:
    """Where the text of `node` ends: a block list or mapping ends where its last value does."""
    if isinstance(node, (MappingNode, SequenceNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        return _last_end(last[1] if isinstance(node, MappingNode) else last)
    return node.end_mark


def _end_line(node: Node, lines: list[str]) -> int:
    """The index of the last line that holds some of `node` (a block scalar's end mark is the line after)."""
    mark = _last_end(node)
    line = mark.line
    if mark.column == 0 and line > node.start_mark.line:
        line -= 1
        while line > node.start_mark.line and not lines[line].strip():
            line -= 1
    return line


def plan(t: Target, sid: str, lines: list[str], edits: FileEdits) -> None:
    """The insertions that give the text of `t` the id `sid`."""
    start = t.holder.start_mark
    if t.text_value is None:  # narration as a plain string
        if t.in_flow:
            edits.inline.append((start.line, start.column, "{text: "))
            end = t.holder.end_mark
            edits.inline.append((end.line, end.column, f", id: {sid}}}"))
            return
        edits.inline.append((start.line, start.column, "text: "))
        edits.lines.append((_end_line(t.holder, lines) + 1, " " * start.column + f"id: {sid}"))
        return
    holder = t.holder
    assert isinstance(holder, MappingNode)
    if holder.flow_style:
        end = _last_end(holder.value[-1][1])
        edits.inline.append((end.line, end.column, f", id: {sid}"))
        return
    edits.lines.append((_end_line(t.text_value, lines) + 1, " " * start.column + f"id: {sid}"))


def apply(text: str, edits: FileEdits) -> str:
    """`text` with the insertions made, its line endings kept."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += newline
    for line, col, piece in sorted(edits.inline, key=lambda e: (e[0], e[1]), reverse=True):
        lines[line] = lines[line][:col] + piece + lines[line][col:]
    for at, new in sorted(edits.lines, key=lambda e: e[0], reverse=True):
        lines.insert(at, new + newline)
    return "".join(lines)


def add_ids(text: str, taken: set[str]) -> tuple[str, list[str]]:
    """The text of a beat file with an id written for each text that has none, and those ids
    (each also added to `taken`)."""
    found = targets(text)
    if not found:
        return text, []
    lines = text.splitlines(keepends=True)
    edits = FileEdits()
    made = []
    for t in found:
        sid = slug(t.prefix, t.text, taken)
        taken.add(sid)
        made.append(sid)
        plan(t, sid, lines, edits)
    return apply(text, edits), made


def beat_files(story_dir: Path) -> list[Path]:
    beats = Path(story_dir) / "beats"
    return sorted(beats.glob("*.yaml")) + sorted(beats.glob("*.yml"))


@dataclass
class IdReport:
    """What `write_ids` did: ids written per file, or the problems that stopped it."""

    written: dict[str, list[str]] = field(default_factory=dict)  # file name -> ids written there
    problems: list[str] = field(default_factory=list)


def _read(path: Path) -> tuple[str, bool]:
    data = read_source(path)
    return data.decode("utf-8-sig"), data.startswith(b"\xef\xbb\xbf")


def _same_story(before: Story, after: Story) -> list[str]:
    """What differs between the story and the story with ids: nothing but the ids may."""
    problems = []
    if sorted(before.strings.values()) != sorted(after.strings.values()):
        problems.append("the texts would change")
    for b in before.beats.values():
        for name, node in b.nodes.items():
            other = after.beats.get(b.id)
            if other is None or name not in other.nodes or other.nodes[name].digest != node.digest:
                problems.append(f"node {b.id}.{name} would change")
    return problems


def write_ids(story_dir: Path) -> IdReport:
    """Write an id for every text without one in the beat files of `story_dir`.

    The edited files are compiled first in a scratch copy: the files are written only if the story
    still loads without errors, says the same texts and has the same nodes, and no text lacks an id."""
    report = IdReport()
    story_dir = Path(story_dir)
    before, diags = load_story(story_dir)
    if before is None:
        report.problems = [str(d) for d in diags if d.severity == "error"] or ["the story does not load"]
        return report
    taken = set(before.strings)
    new_texts: dict[Path, tuple[str, bool]] = {}
    for path in beat_files(story_dir):
        text, bom = _read(path)
        edited, made = add_ids(text, taken)
        if made:
            new_texts[path] = (edited, bom)
            report.written[path.name] = made
    if not new_texts:
        return report
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / story_dir.resolve().name
        shutil.copytree(story_dir, scratch)
        for path, (edited, bom) in new_texts.items():
            (scratch / "beats" / path.name).write_bytes(_encode(edited, bom))
        base = story_dir.resolve().parent
        after, diags = load_story(scratch, levels_dir=base / "levels", base=Path(tmp))
        if after is None:
            report.problems = [str(d) for d in diags if d.severity == "error"]
            return report
        report.problems = _same_story(before, after)
        report.problems += [str(d) for d in diags if "without an `id:`" in d.message]
    if not report.problems:
        for path, (edited, bom) in new_texts.items():
            write_atomic(path, _encode(edited, bom), keep=False)
    return report


def _encode(text: str, bom: bool) -> bytes:
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")

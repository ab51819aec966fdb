"""Malformed story files get a path:line:col message, never a traceback, a hang or a blown memory."""

from __future__ import annotations

import os
import threading
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.story.yamlsrc import (
    MAX_BYTES,
    MAX_EXPANDED_CHARS,
    LDict,
    LList,
    YamlProblem,
    load_file,
    locate,
    parse_yaml,
    read_source,
)

BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{n}: &{n} [{','.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)
# few values, each a long text: 9**4 values of 4,000 characters would be 26 million characters
TEXT_BOMB = f'a: &a "{"x" * 4000}"\n' + "".join(
    f"{n}: &{n} [{','.join(['*' + p] * 9)}]\n" for p, n in zip("abcd", "bcde", strict=True)
)


@pytest.mark.parametrize(
    ("name", "data", "line", "col", "words"),
    [
        ("tab", b"a:\n\tb: 1\n", 2, 1, "tab"),
        ("unclosed quote", b'a: "hello\nb: 2\n', 3, 1, "quote opened at line 1"),
        ("duplicate key", b"a: 1\nb: 2\na: 3\n", 3, 1, "duplicate key 'a'"),
        ("empty", b"", 1, 1, "empty"),
        ("only a comment", b"# nothing\n", 1, 1, "no data"),
        ("non-utf8", b"a: caf\xe9\n", 1, 7, "UTF-8"),
        ("binary", b"\x00\x01\x02\xff\xfe", 1, 0, ""),
        ("alias bomb", BOMB.encode(), 0, 0, "aliases expand"),
        ("recursive alias", b"a: &a [*a]\n", 1, 8, "refers to itself"),
        ("python tag", b"a: !!python/object/apply:os.system ['ls']\n", 1, 4, "unsupported tag"),
        ("second document", b"a: 1\n---\nb: 2\n", 2, 1, "one document"),
        ("deep nesting", b"[" * 5000, 1, 0, ""),
        ("merge key", b"a: &x {b: 1}\nc:\n  <<: *x\n", 3, 3, "merge keys"),
        ("text alias bomb", TEXT_BOMB.encode(), 4, 0, "characters of text"),
        ("5,000-digit number", b"a: 1\nb: " + b"7" * 5000 + b"\n", 2, 4, "numbers have at most 30"),
        ("5,000-digit float", b"a: 1." + b"7" * 5000 + b"\n", 1, 4, "numbers have at most 30"),
        ("too large", b"a: '" + b"x" * MAX_BYTES + b"'\n", 1, 1, "story files stay under"),
    ],
)
def test_malformed_file_gets_a_located_message(tmp_path: Path, name, data, line, col, words) -> None:
    path = tmp_path / "beat.yaml"
    path.write_bytes(data)
    tracemalloc.start()
    root, diags = load_file(path, "story/beats/beat.yaml")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert root is None
    assert len(diags) == 1
    d = diags[0]
    assert str(d).startswith("story/beats/beat.yaml:")
    assert d.line >= 1 and d.col >= 1
    if line:
        assert d.line == line
    if col:
        assert d.col == col
    assert words in d.message
    assert peak < 20_000_000, f"{name} used {peak / 1e6:.1f} MB"


def test_positions_of_values_and_keys() -> None:
    root = parse_yaml('beat: yard\nnodes:\n  look:\n    - "The yard."\n    - mai: hi\n')
    assert isinstance(root, LDict)
    assert isinstance(root["nodes"]["look"], LList)
    assert locate(root, ("nodes", "look", 1, "mai")).line == 5
    assert locate(root, ("nodes", "look", 1, "mai")).col == 12
    assert locate(root, ("nodes", "look"), key=True).col == 3
    quoted = locate(root, ("nodes", "look", 0))
    assert (quoted.line, quoted.col, quoted.quoted) == (4, 7, True)
    # a path that does not exist falls back to the nearest place known
    assert locate(root, ("nodes", "look", 7)).line == 4


def test_missing_file_is_reported(tmp_path: Path) -> None:
    root, diags = load_file(tmp_path / "nope.yaml", "story/nope.yaml")
    assert root is None and "not found" in diags[0].message


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_raise(data: bytes) -> None:
    try:
        parse_yaml(data.decode("utf-8", errors="replace"))
    except YamlProblem as exc:
        assert exc.mark.line >= 1 and exc.mark.col >= 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab:-[]{}&*!'\"\n\t #|>?,", max_size=120))
def test_yaml_punctuation_never_raises(text: str) -> None:
    try:
        parse_yaml(text)
    except YamlProblem:
        pass


def test_text_aliases_within_the_limit_are_read() -> None:
    line = "x" * 1000
    root = parse_yaml(f'a: &a "{line}"\nb: [{", ".join(["*a"] * (MAX_EXPANDED_CHARS // 1000))}]\n')
    assert len(root["b"]) == MAX_EXPANDED_CHARS // 1000 and root["b"][0] is root["a"]
    with pytest.raises(YamlProblem, match="characters of text"):
        parse_yaml(f'a: &a "{line}"\nb: [{", ".join(["*a"] * (MAX_EXPANDED_CHARS // 1000 + 1))}]\n')


def _in_seconds(work, seconds: float = 5.0):
    """Run `work` in a daemon thread, so a hang fails the test instead of stopping the run."""
    result: list = []

    def run() -> None:
        try:
            result.append(("value", work()))
        except Exception as exc:  # handed to the test's thread
            result.append(("raised", exc))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s"
    how, value = result[0]
    if how == "raised":
        raise value
    return value


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir()


def _sparse(path: Path) -> None:
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # its size says it is too large: it is never read


def _loop(path: Path) -> None:
    path.symlink_to(path.name)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")
@pytest.mark.parametrize(
    ("make", "line", "words"),
    [
        (_fifo, 1, "this is a pipe, not a file"),
        (_zero, 1, "the link beat.yaml leads to a device, not a file"),
        (_folder, 1, "this is a folder, not a file"),
        (_sparse, 1, f"the file is {MAX_BYTES + 1:,} bytes"),
        (_loop, 0, "cannot read the file"),
    ],
)
def test_what_is_not_a_small_plain_file_is_refused_at_once(tmp_path: Path, make, line, words) -> None:
    path = tmp_path / "beat.yaml"
    make(path)
    root, diags = _in_seconds(lambda: load_file(path, "story/beats/beat.yaml"))
    assert root is None and len(diags) == 1
    assert diags[0].line == line and words in diags[0].message
    with pytest.raises((YamlProblem, OSError)):
        _in_seconds(lambda: read_source(path))


def test_a_file_that_grows_while_read_is_cut_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only MAX_BYTES + 1 bytes are ever read, whatever the size said a moment before."""
    import game.story.yamlsrc as yamlsrc

    path = tmp_path / "beat.yaml"
    path.write_bytes(b"a: 1\n" * 100)
    monkeypatch.setattr(yamlsrc, "MAX_BYTES", 100)
    real_stat = os.stat
    monkeypatch.setattr(yamlsrc.os, "stat", lambda p: os.stat_result((*real_stat(p)[:6], 10, *real_stat(p)[7:])))
    with pytest.raises(YamlProblem, match="the file is 101 bytes"):
        read_source(path)

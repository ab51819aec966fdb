"""Malformed story files get a path:line:col message, never a traceback, a hang or a blown memory."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.story.yamlsrc import LDict, LList, YamlProblem, load_file, locate, parse_yaml

BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{n}: &{n} [{','.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
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
    ],
)
def test_malformed_file_gets_a_located_message(tmp_path: Path, name, data, line, col, words) -> None:
    path = tmp_path / "beat.yaml"
    path.write_bytes(data)
    tracemalloc.start()
    t0 = time.perf_counter()
    root, diags = load_file(path, "story/beats/beat.yaml")
    elapsed = time.perf_counter() - t0
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
    assert elapsed < 1.0, f"{name} took {elapsed:.2f}s"
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

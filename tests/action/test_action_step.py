"""The `action:` step's `given:` and `marks:` are checked like the rest of the story, each mistake
reported with its file, line and column."""

from __future__ import annotations

import shutil
from pathlib import Path

from game.story.compiler import load_story

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini"
STEP = '    - action: {piece: chase, title: "Run!", win: won, lose: lost, tense: tense}\n'


def compile_with(tmp_path: Path, action: str) -> tuple[object, list[str]]:
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    beat = root / "story" / "beats" / "02_chase.yaml"
    text = beat.read_text()
    assert STEP in text
    beat.write_text(text.replace(STEP, action))
    story, diags = load_story(root / "story")
    return story, [str(d) for d in diags if d.severity == "error"]


def test_given_and_marks_compile(tmp_path: Path) -> None:
    story, errs = compile_with(tmp_path, '    - action: {piece: chase, title: "Run!", win: won, lose: lost, '
                                         'given: {calm: "mood >= 1"}, marks: {kind: {set: spared, mood: +1}}}\n')
    assert story is not None, errs


def test_bad_given_and_marks_are_reported_where_they_are_written(tmp_path: Path) -> None:
    _story, errs = compile_with(tmp_path, '    - action: {piece: chase, title: "Run!", win: won, lose: lost,\n'
                                          '               given: {calm: "mood >="},\n'
                                          '               marks: {kind: {set: nosuchflag}, rough: {nosuch: +1}}}\n')
    text = "\n".join(errs)
    assert "02_chase.yaml:9:" in text and "no flag 'nosuchflag'" in text
    assert "02_chase.yaml:10:" in text and "unknown effect or counter 'nosuch'" in text
    assert len(errs) == 3


def test_more_than_three_marks_are_refused(tmp_path: Path) -> None:
    _story, errs = compile_with(tmp_path, '    - action: {piece: chase, title: "Run!", win: won, lose: lost,\n'
                                          '               marks: {a: {mood: +1}, b: {mood: +1}, c: {mood: +1}, '
                                          'd: {mood: +1}}}\n')
    assert len(errs) == 1 and "at most 3 marks" in errs[0] and "02_chase.yaml:9:" in errs[0]

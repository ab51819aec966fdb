"""An action step is checked against the set-piece it names: what it tells the piece (`given:`) and
what it waits to hear back (`marks:`) must be names the piece knows, or the line would do nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game import action
from game.action.core import STEP
from game.story.compiler import load_story
from game.story.compiler.context import Context

ROOT = Path(__file__).resolve().parents[2]
HOUSE = "beats/14_house_attack.yaml"


def _load(story: Path):
    ctx = Context()
    ctx.pieces = action.words()
    return load_story(story, levels_dir=ROOT / "levels", ctx=ctx)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "story", tmp_path / "story")
    return tmp_path / "story"


def test_the_shipped_story_names_only_what_its_pieces_know() -> None:
    story, diags = _load(ROOT / "story")
    assert story is not None
    assert [d for d in diags if "set-piece" in d.message] == []


@pytest.mark.parametrize(("written", "kind"), [("momo_rout:", "reads"), ("shielded_ma:", "reports")])
def test_a_misspelt_name_is_an_error_where_it_is_written(story: Path, written: str, kind: str) -> None:
    path = story / HOUSE
    text = path.read_text()
    right = written.replace(":", "") + ("e:" if kind == "reads" else "i:")
    assert right in text
    text = text.replace(right, written, 1)
    path.write_text(text)
    line = text[: text.index(written)].count("\n") + 1
    _, diags = _load(story)
    found = [d for d in diags if "set-piece 'house_escape'" in d.message]
    assert len(found) == 1 and found[0].severity == "error"
    assert f"{kind} no '{written[:-1]}'" in found[0].message and found[0].line == line


def test_an_unknown_piece_is_a_warning_not_a_silent_card(story: Path) -> None:
    path = story / HOUSE
    path.write_text(path.read_text().replace("piece: house_escape", "piece: house_escpae", 1))
    loaded, diags = _load(story)
    assert loaded is not None  # the window still plays it, as a card
    assert any("no set-piece called 'house_escpae'" in d.message and d.severity == "warning" for d in diags)


@pytest.mark.parametrize("name", sorted(action.PIECES))
def test_a_piece_reports_only_the_marks_it_declares(name: str) -> None:
    cls = action.PIECES[name]
    seen: set[str] = set()
    for seed in range(3):
        for difficulty in ("story", "normal"):
            sim = cls(seed, difficulty, {g: True for g in cls.GIVEN})
            steps = 0
            while sim.outcome is None and steps < 600 / STEP:
                sim.step(sim.auto())
                seen |= sim.marks
                steps += 1
    assert seen <= cls.MARKS

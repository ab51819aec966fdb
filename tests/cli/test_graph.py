"""`main.py graph` says at once when Graphviz is missing; a .dot file needs no Graphviz."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from game.commands import graph
from game.story import graph as story_graph

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini"


def args(out: Path, story: Path = MINI / "story") -> argparse.Namespace:
    return argparse.Namespace(story=story, out=out, no_explore=False)


@pytest.fixture()
def no_graphviz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story_graph.shutil, "which", lambda name: None)


@pytest.fixture()
def explored(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = graph.explore

    def spy(story):
        seen.append(story.title)
        return real(story)

    monkeypatch.setattr(graph, "explore", spy)
    return seen


@pytest.mark.parametrize("suffix", [".svg", ".png", ".PNG"])
def test_missing_graphviz_is_said_before_exploring(tmp_path: Path, no_graphviz, explored, capsys,
                                                   suffix: str) -> None:
    out = tmp_path / f"story{suffix}"
    assert graph.run(args(out, ROOT / "story")) == 2
    err = capsys.readouterr().err
    assert "needs Graphviz's `dot` program" in err and "apt-get install graphviz" in err
    assert explored == [] and not out.exists()


def test_an_unknown_picture_type_is_said_before_exploring(tmp_path: Path, explored, capsys) -> None:
    assert graph.run(args(tmp_path / "story.jpg", ROOT / "story")) == 2
    assert "unknown picture type '.jpg'" in capsys.readouterr().err and explored == []


def test_dot_needs_no_graphviz(tmp_path: Path, no_graphviz, explored, capsys) -> None:
    out = tmp_path / "story.dot"
    assert graph.run(args(out)) == 0
    assert explored == ["Mini"] and out.read_text().startswith("digraph")
    assert f"Wrote {out}" in capsys.readouterr().out

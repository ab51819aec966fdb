"""`main.py sheet BEAT`: the beat played headless in the window's scenes, one frame at each stage
direction and at the first line of each node, laid out as one PNG with a caption under each."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame

from game.cli import main
from game.commands.sheet import CAPTION, CELL, COLUMNS, make_sheet, shoot

GARDEN = Path(__file__).parent / "fixtures" / "garden"


def directed_garden(tmp_path: Path) -> Path:
    """The garden with a stage direction after the bench's line."""
    root = tmp_path / "garden"
    shutil.copytree(GARDEN, root)
    beat = root / "story" / "beats" / "01_garden.yaml"
    text = beat.read_text(encoding="utf-8")
    line = '      face: sad\n'
    assert line in text
    beat.write_text(text.replace(line, line + '    - stage: {cast: {"7723": {at: bench, pose: sit}}, '
                                             'note: "7723 sits on the bench."}\n', 1), encoding="utf-8")
    return root / "story"


def test_the_sheet_has_a_frame_for_each_node_and_direction(tmp_path: Path) -> None:
    out = tmp_path / "sheet.png"
    captions = make_sheet(directed_garden(tmp_path), "garden", out)
    assert [node for node, _ in captions] == ["look", "bench", "bench", "gate"], captions
    assert captions[0][1] == "The garden is quiet."
    assert captions[1][1].startswith("Mai: A bench.")
    assert captions[2][1] == "[7723 sits on the bench.]"
    page = pygame.image.load(str(out))
    assert page.get_width() >= COLUMNS * CELL[0]
    assert CELL[1] + CAPTION <= page.get_height() < 2 * (CELL[1] + CAPTION), "four frames make one row"


def test_the_command_writes_the_sheet_and_says_how_many_frames(tmp_path: Path, capsys) -> None:
    out = tmp_path / "garden.png"
    assert main(["sheet", "garden", "--story", str(directed_garden(tmp_path)), "--out", str(out)]) == 0
    assert out.is_file() and "4 frames of 'garden'" in capsys.readouterr().out
    assert main(["sheet", "nowhere", "--story", str(GARDEN / "story"), "--out", str(out)]) == 2


def test_at_a_place_to_look_round_mai_walks_to_the_spot_she_visits_before_its_frame(tmp_path: Path) -> None:
    sheet = shoot(GARDEN / "story", "garden", tmp_path / "sheet.png")
    first = {}
    for shot in sheet.shots:
        first.setdefault(shot.node, shot)
    bench = pygame.Vector2(56, 40)  # the middle of the garden's bench spot
    start = pygame.Vector2(56, 88)
    assert first["look"].lead is not None and pygame.Vector2(first["look"].lead).distance_to(start) < 8
    assert pygame.Vector2(first["bench"].lead).distance_to(bench) <= 24, ("she is at the bench", first["bench"].lead)

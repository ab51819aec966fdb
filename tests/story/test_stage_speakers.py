"""A line's speaker on the beat's map: `validate` warns (never fails) when someone speaks where the
window's camera would find no one: not the lead, not placed by a direction, no npc of theirs on the map."""

from __future__ import annotations

import shutil
from pathlib import Path

from game.story.compiler import load_story

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini"
CHASE = "story/beats/02_chase.yaml"
YARD = "story/beats/01_yard.yaml"
OFF_MAP = "speaks here but is not on the map"


def copy(tmp_path: Path) -> Path:
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def warned(root: Path, rel: str = CHASE) -> list[str]:
    """The warnings about speakers off the map in the beat file `rel`."""
    story, diags = load_story(root / "story")
    assert story is not None, [str(d) for d in diags if d.severity == "error"]
    return [str(d) for d in diags if OFF_MAP in d.message and d.path == rel]


def line_of(root: Path, rel: str, needle: str, nth: int = 1) -> int:
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    return [i for i, line in enumerate(lines, 1) if needle in line][nth - 1]


def test_a_speaker_nobody_placed_is_warned_about_once_where_they_first_speak(tmp_path: Path) -> None:
    root = copy(tmp_path)
    found = warned(root)
    assert len(found) == 1 and found[0].startswith(f"{CHASE}:{line_of(root, CHASE, 'We escaped.')}:"), found
    assert ": warning: 7723 speaks here" in found[0], "a warning, not an error"


def test_the_lead_needs_no_placing(tmp_path: Path) -> None:
    root = copy(tmp_path)
    assert not [w for f in (YARD, CHASE) for w in warned(root, f) if "mai speaks" in w]


def test_placing_the_speaker_first_silences_it(tmp_path: Path) -> None:
    root = copy(tmp_path)
    edit(root / CHASE, "start: begin\n", 'start: begin\nstage: {cast: {"7723": {at: start}}}\n')
    assert warned(root) == []


def test_an_npc_of_their_sprite_on_the_map_counts(tmp_path: Path) -> None:
    root = copy(tmp_path)
    edit(root / "levels/yard.tmx", " </objectgroup>",
         '  <object id="8" name="pup" type="npc" x="24" y="40"><properties><property name="sprite" value="7723"/>'
         '</properties><point/></object>\n </objectgroup>')
    assert warned(root) == []


def test_placing_them_only_after_they_speak_is_too_late(tmp_path: Path) -> None:
    root = copy(tmp_path)
    edit(root / CHASE, '    - do: {remember: fight}\n', '    - stage: {cast: {"7723": {at: start}}}\n'
                                                         '    - do: {remember: fight}\n')
    found = warned(root)
    assert len(found) == 1 and f":{line_of(root, CHASE, 'We escaped.')}:" in found[0], found


def test_someone_who_left_and_speaks_again_is_warned_about_again(tmp_path: Path) -> None:
    root = copy(tmp_path)
    edit(root / YARD, '    - mai: "Hey, dog."\n', '    - stage: {cast: {mai: leave}}\n    - mai: "Hey, dog."\n')
    edit(root / YARD, '    - mai: "Let\'s go."\n', '    - stage: {cast: {mai: {at: start}}}\n    - mai: "Let\'s go."\n')
    found = warned(root, YARD)
    assert [w for w in found if "mai speaks" in w] and found[0].startswith(
        f"{YARD}:{line_of(root, YARD, 'Hey, dog.')}:"), found
    assert not [w for w in found if f":{line_of(root, YARD, 'go.')}:" in w], "placed again: fine"


def test_a_beat_without_a_map_is_not_checked(tmp_path: Path) -> None:
    root = copy(tmp_path)
    edit(root / CHASE, "map: yard\n", "")
    assert warned(root) == []
    assert warned(root, "story/beats/03_last.yaml"), "while the beat with a map still is"


def test_those_on_someones_back_speak_from_there_until_they_are_set_down(tmp_path: Path) -> None:
    root = copy(tmp_path)
    edit(root / YARD, '    - mai: "Hey, dog."\n', '    - stage: {cast: {"7723": {at: start, pose: piggyback}, mai: leave}}\n'
                                                  '    - mai: "Hey, dog."\n')
    assert not [w for w in warned(root, YARD) if "mai speaks" in w], "on his back, drawn with him"
    edit(root / YARD, '    - mai: "Let\'s go."\n', '    - stage: {cast: {"7723": {pose: stand}}}\n    - mai: "Let\'s go."\n')
    found = [w for w in warned(root, YARD) if "mai speaks" in w]
    assert len(found) == 1 and f":{line_of(root, YARD, 'go.')}:" in found[0], "set down and not placed: nowhere"

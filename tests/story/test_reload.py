"""Hot reload: a designer saves a story file and the game goes on in the new story from the same
place — the same node if it is still there, else the start of its beat — or keeps the last good story."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from game.story import answers as an
from game.story import events as ev
from game.story.compiler import load_story
from game.story.runtime import Runtime
from game.story.saves import SaveError, SaveStore
from game.story.session import PlaySession
from game.story.watch import Watch
from game.textmode.play import TextGame

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini"


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    shutil.copytree(MINI, tmp_path / "mini")
    return tmp_path / "mini" / "story"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def at_the_dog(story) -> PlaySession:
    session = PlaySession.new(story)
    while not isinstance(session.event, ev.Choice):
        session.answer(an.ADVANCE)
    session.answer(an.Choose(0))
    assert isinstance(session.event, ev.Line) and session.event.text == "Hey, dog."
    return session


def test_a_reworded_line_shows_its_new_words_in_the_same_place(copy: Path) -> None:
    story, _ = load_story(copy)
    session = at_the_dog(story)
    edit(copy / "beats" / "01_yard.yaml", '"Hey, dog."', '"Hello there, dog."')
    assert session.reload(load_story(copy)[0]) == "Story reloaded; the game goes on where it was."
    assert session.event.text == "Hello there, dog."


def test_a_node_that_changed_plays_again_from_its_first_step(copy: Path) -> None:
    story, _ = load_story(copy)
    session = at_the_dog(story)
    edit(copy / "beats" / "01_yard.yaml", '    - mai: "Hey, dog."', '    - "The dog looks up."\n    - mai: "Hey, dog."')
    notice = session.reload(load_story(copy)[0])
    assert "dog" in notice and "The Yard" in notice
    assert session.event.text == "The dog looks up." and "petted" not in session.runtime.state.flags


def test_an_edit_elsewhere_keeps_the_exact_place(copy: Path) -> None:
    story, _ = load_story(copy)
    session = at_the_dog(story)
    edit(copy / "beats" / "03_last.yaml", "beat: last", "beat: last\n# a comment a designer added")
    assert session.reload(load_story(copy)[0]) == "Story reloaded; the game goes on where it was."
    assert session.event.text == "Hey, dog."


def test_a_place_that_is_gone_is_refused_and_nothing_changes(copy: Path) -> None:
    story, _ = load_story(copy)
    session = PlaySession.new(story, beat="chase")
    before = session.runtime
    (copy / "beats" / "02_chase.yaml").unlink()
    edit(copy / "beats" / "01_yard.yaml", "beat: chase", "beat: last")
    for name in ("memories.yaml", "game.yaml"):
        path = copy / name
        path.write_text(path.read_text(encoding="utf-8").replace("chase", "last"), encoding="utf-8")
    edited, diags = load_story(copy)
    assert edited is not None, diags
    with pytest.raises(SaveError, match="chase"):
        session.reload(edited)
    assert session.runtime is before


def test_the_watch_sees_a_saved_file_once(copy: Path) -> None:
    watch = Watch([copy])
    assert not watch.changed()
    edit(copy / "game.yaml", 'title: "Mini"', 'title: "Mini, edited"')
    assert watch.changed() and not watch.changed()


def test_the_terminal_reloads_a_saved_story_before_the_next_event(copy: Path, tmp_path: Path) -> None:
    story, _ = load_story(copy)
    yard = copy / "beats" / "01_yard.yaml"
    answers = iter(["1\n"])

    def read() -> str:
        answer = next(answers, "")
        if answer == "1\n":  # the designer saves an edit while the player chooses
            edit(yard, '"Hey, dog."', '"Hello there, dog."')
        return answer

    out = io.StringIO()
    game = TextGame(PlaySession(Runtime(story), SaveStore(tmp_path / "s")), out=out, read=read, interactive=False,
                    color=False, story_dir=copy)
    game.run()
    text = out.getvalue()
    assert "Mai: Hello there, dog." in text and "Mai: Hey, dog." not in text


def test_the_terminal_keeps_the_last_good_story_when_the_new_one_has_errors(copy: Path, tmp_path: Path) -> None:
    story, _ = load_story(copy)
    yard = copy / "beats" / "01_yard.yaml"
    answers = iter(["1\n"])

    def read() -> str:
        answer = next(answers, "")
        if answer:
            edit(yard, "scene: explore", "scene: [")
        return answer

    out = io.StringIO()
    game = TextGame(PlaySession(Runtime(story), SaveStore(tmp_path / "s")), out=out, read=read, interactive=False,
                    color=False, story_dir=copy)
    game.run()
    text = out.getvalue()
    assert "still playing the last good one" in text and "01_yard.yaml" in text
    assert "Mai: Hey, dog." in text, "the game went on in the last good story"

"""The terminal as a first-time player meets it: the bare ▸ pause is explained the first time it
comes, and a memory's picture is told the first night it is listed, then only its title and weight
(again on `look`)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from game.story.compiler import load_story
from game.story.runtime import Runtime
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.textmode.cards import KEEP_ALL, CardNotes
from game.textmode.play import PAUSE_HINT, TextGame

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini" / "story"
# the dog, the gate; First night: delete Dog; the set-piece's tense choices; Second night; the farewell
WHOLE_GAME = ["1", "1", "3", "y", "1", "1", "", "", "1", "3 1 2"]


@pytest.fixture(scope="module")
def mini():
    story, _ = load_story(MINI)
    return story


def game_of(story, tmp_path: Path, read, interactive: bool, height: int = 24) -> tuple[TextGame, io.StringIO]:
    out = io.StringIO()
    game = TextGame(PlaySession(Runtime(story), SaveStore(tmp_path)), out=out, read=read, interactive=interactive,
                    color=False)
    game.height = height
    return game, out


def test_the_first_pause_says_what_to_type_and_help_works_there(mini, tmp_path: Path) -> None:
    answers = iter(a + "\n" for a in WHOLE_GAME)
    at_pause = iter(["help\n"])  # the first pause: the player asks what now; later pauses: Enter

    def read() -> str:  # as a player types: Enter (or help) at ▸, the next answer at a question
        if out.getvalue().endswith("▸ "):
            return next(at_pause, "\n")
        return next(answers, "")

    game, out = game_of(mini, tmp_path, read, interactive=True, height=8)  # a tiny terminal: the pause comes often
    assert game.run() == 0 and game.session.finished
    text = " ".join(out.getvalue().split())  # as read, whatever the wrapping
    hint = " ".join(PAUSE_HINT.split())
    assert text.count("▸") >= 3, "the pause came again and again"
    assert text.count(hint) == 1, "explained once, the first time"
    assert text.index(hint) < text.index("▸ ") < text.index(hint) + len(hint) + 2, "right before the first ▸"
    for words in ("Enter", "number", "help"):
        assert words in PAUSE_HINT
    assert "memories 7723's memory core" in text[text.index("▸ "):], "help at the pause lists the commands"


def test_a_memory_is_described_the_first_night_then_named(mini, tmp_path: Path) -> None:
    answers = WHOLE_GAME[:6] + ["look 1", "look", ""] + WHOLE_GAME[7:]
    feed = iter(a + "\n" for a in answers)
    game, out = game_of(mini, tmp_path, lambda: next(feed, ""), interactive=False)
    assert game.run() == 0 and game.session.finished
    text = out.getvalue()
    first = text[text.index("◇ First night ◇"):text.index("Delete (numbers")]
    second = text[text.index("◇ Second night ◇"):text.index("Delete:")]
    assert "1) Face [●●●●●] wonder NEW" in first and "A face." in first and "A bag." in first
    assert "1) Face [●●●●●]" in second and "2) Bag [●●●○○]" in second, "title and weight"
    assert "A face." not in second and "A bag." not in second and "wonder" not in second, "not described again"
    assert "3) Fight [●●●●○] joy NEW" in second and "A fight." in second, "tonight's new memory is described"
    assert "look N" in second, "the way to read them again is said"
    looked = text[text.index("Delete: look 1"):text.index("Delete: look\n")]
    assert "A face." in looked and "A bag." not in looked
    assert "From chapter 1, The Yard. Kept, it is 5 of the bond; let go" in looked, "more than the list: where and what it costs"
    everything = text[text.index("Delete: look\n"):text.index("Nothing has to go tonight.")]
    assert all(p in everything for p in ("A face.", "A bag.", "A fight."))


def test_look_with_a_wrong_number_is_asked_again(mini, tmp_path: Path) -> None:
    answers = WHOLE_GAME[:6] + ["look 9", ""] + WHOLE_GAME[7:]
    feed = iter(a + "\n" for a in answers)
    game, out = game_of(mini, tmp_path, lambda: next(feed, ""), interactive=False)
    assert game.run() == 0 and game.session.finished
    assert "Type look and numbers from 1 to 3" in out.getvalue()


def test_the_tally_under_the_credits_counts_what_he_came_to_the_end_with() -> None:
    """After a reboot the tally counts the memories it let go; with no reboot (Hold On) it counts
    the memories he still holds, never a zero for a core that is full; and the bond they made."""
    from game.story import events as ev
    from game.story.views import CoreView, Fill
    from game.textmode.cards import tally

    card = ev.MemoryCard(id="rain", code="M-07", title="Rain", picture="Rain on the roof.", weight=3, mood="warm",
                         beat="montage")
    core = CoreView(fill=Fill(3, 5, 0, 8), held=(card,) * 5, pending=(), gaps=12, bond=15)
    assert tally((), core) == "  Memories he keeps: 5 · grey gaps: 12 · bond 15"
    empty = CoreView(fill=Fill(0, 0, 0, 8), held=(), pending=(), gaps=9, bond=0)
    assert tally((card,) * 8, empty) == "  Memories he carried to the reboot: 8 · grey gaps before it: 9 · bond 24"


def test_a_night_with_room_for_everything_says_so_in_other_words_after_the_first():
    notes = CardNotes()
    said = [notes.kept_all() for _ in range(len(KEEP_ALL) + 2)]
    assert said[: len(KEEP_ALL)] == list(KEEP_ALL)  # each night's words differ from the night before
    assert len(set(KEEP_ALL)) == len(KEEP_ALL)
    assert said[len(KEEP_ALL):] == [KEEP_ALL[-1]] * 2  # then the last words stay


def test_the_look_hint_is_for_the_first_nights_not_every_night():
    notes = CardNotes()
    assert [notes.hint_look() for _ in range(4)] == [True, True, False, False]


def test_back_at_the_yes_or_no_of_a_deletion_takes_back_the_question_not_the_decision_before(mini, tmp_path: Path) -> None:
    answers = WHOLE_GAME[:3] + ["back", "3"] + WHOLE_GAME[3:]  # at "Let it go for ever?": back, then mark it again
    feed = iter(a + "\n" for a in answers)
    game, out = game_of(mini, tmp_path, lambda: next(feed, ""), interactive=False)
    assert game.run() == 0 and game.session.finished, "the answers after it still fit: nothing was rewound"
    assert out.getvalue().count("Let it go for ever?") == 2, "asked again after back, as after no"

"""The terminal game as a player meets it: numbered choices, re-asking, the review, closed input."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from game.story.compiler import load_story
from game.story.runtime import Runtime
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.textmode.play import TextGame

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini"


@pytest.fixture(scope="module")
def mini():
    story, _ = load_story(MINI / "story")
    return story


def play(story, answers: list[str], tmp_path: Path) -> tuple[int, str, TextGame]:
    feed = iter([a + "\n" for a in answers])  # as typed: each answer ends with Enter
    out = io.StringIO()
    game = TextGame(PlaySession(Runtime(story), SaveStore(tmp_path)), out=out, read=lambda: next(feed, ""),
                    interactive=False, color=False)
    return game.run(), out.getvalue(), game


def test_a_whole_game_in_the_terminal(mini, tmp_path: Path) -> None:
    answers = ["1", "1",                  # the dog, then the gate
               "", "n", "3", "bond", "y",  # keep all? no; delete Dog, ask the bond, confirm
               "1", "1", "", "",           # tense: duck; spare; nothing to delete (fits)
               "1", "3 1 2"]               # let go; the farewell order
    code, out, game = play(mini, answers, tmp_path)
    assert code == 0
    assert "── 1. The Yard ──" in out and "Mai: Hey, dog." in out
    assert "The core is 1 over. Choose 1 to delete" in out
    asked = out[out.index("“Dog” ●●○○○"):out.index("Let it go for ever? (y/n)")]  # what it holds, as dots
    assert "→" not in asked and "Bond" not in asked
    said = " ".join(out.split())  # the terminal wraps long lines
    assert "Bond 10: the weights of what he keeps, added up. 8 if he lets the marked ones go." in said  # `bond`
    assert "Dog flickers, and is gone. A grey gap marks where it was." in out
    assert "!! Run! !!" in out and "1) Duck" in out
    assert "The weapons module goes dark." in out
    assert "7723: I remember you." in out
    assert out.index("Mai: We ran, and we made it.") < out.index("Mai: You saw my face first.")  # farewell order
    assert "═══ Good ═══" in out and "It ends well." in out
    assert game.session.runtime.state.farewell == ["fight", "face", "bag"]
    assert out.index("✦ Fight") < out.index("✦ Face") < out.index("✦ Bag")


def test_after_the_ending_the_next_run_starts_afresh(mini, tmp_path: Path) -> None:
    answers = ["1", "1", "", "n", "3", "y", "1", "1", "", "", "1", "3 1 2"]
    code, out, game = play(mini, answers, tmp_path / "saves")
    assert code == 0 and "═══ Good ═══" in out
    assert "run the game again to begin a new one" in " ".join(out.split()), "the credits say so"
    assert "bond 12" in out, "the bond the reboot let go, under the credits"
    assert SaveStore(tmp_path / "saves").newest() is None, "nothing left to continue"
    assert (tmp_path / "saves" / "autosave.json.bak").exists(), "the last beat is put aside, not thrown away"
    cmd = [sys.executable, "main.py", "--text", "--story", str(MINI / "story"), "--save-dir", str(tmp_path)]
    again = subprocess.run(cmd, cwd=ROOT, input="", capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "Traceback" not in again.stderr
    assert "Continuing" not in again.stdout and "── 1. The Yard ──" in again.stdout


def test_the_menu_comes_back_after_a_command(mini, tmp_path: Path) -> None:
    code, out, game = play(mini, ["memories", "1"], tmp_path)
    after = out[out.index("7723 · memory core"):]
    assert "1) The dog" in after, "the options are shown again under the core"


def test_invalid_answers_are_asked_again(mini, tmp_path: Path) -> None:
    code, out, game = play(mini, ["0", "two", "7", "1"], tmp_path)
    assert out.count("Type a number from 1 to 1") == 3
    assert "Mai: Hey, dog." in out


def test_closed_input_saves_and_ends_cleanly(mini, tmp_path: Path) -> None:
    code, out, game = play(mini, ["1"], tmp_path)
    assert code == 0 and "Progress saved" in out
    rt, _ = SaveStore(tmp_path).load("autosave", mini)
    assert rt.state.node == "look" and "petted" in rt.state.flags


def test_commands_work_at_any_prompt(mini, tmp_path: Path) -> None:
    code, out, game = play(mini, ["help", "memories", "save", "1", "quit"], tmp_path)
    assert "memories   7723's memory core" in out and "Enter to go on" in out
    assert "7723 · memory core" in out and "[▣▣□□]" in out
    assert "Saved to" in out and (tmp_path / "slot1.json").exists()
    assert "Saved. See you soon." in out


def test_main_plays_in_the_terminal_and_survives_closed_stdin(tmp_path: Path) -> None:
    cmd = [sys.executable, "main.py", "--text", "--story", str(MINI / "story"), "--save-dir", str(tmp_path), "--new"]
    proc = subprocess.run(cmd, cwd=ROOT, input="1\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "Input closed. Progress saved" in proc.stdout
    proc = subprocess.run(cmd[:-1] + ["--continue"], cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert "Where to?" in proc.stdout and "The gate" in proc.stdout


def test_running_again_continues_from_the_newest_save(tmp_path: Path) -> None:
    base = [sys.executable, "main.py", "--text", "--story", str(MINI / "story"), "--save-dir", str(tmp_path)]
    first = subprocess.run(base + ["--new"], cwd=ROOT, input="1\nsave\n", capture_output=True, text=True, timeout=60)
    assert first.returncode == 0 and (tmp_path / "saves" / "slot1.json").exists()
    again = subprocess.run(base, cwd=ROOT, input="", capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "Traceback" not in again.stderr
    assert "Continuing from “The Yard”" in again.stdout and "The gate" in again.stdout


def test_menus_are_never_split_by_the_pause(mini, tmp_path: Path) -> None:
    feed = iter(["1\n"] * 6)
    out = io.StringIO()
    game = TextGame(PlaySession(Runtime(mini), SaveStore(tmp_path)), out=out, read=lambda: next(feed, ""), interactive=True,
                    color=False)
    game.height = 8  # a tiny terminal: the pause comes often
    game.run()
    text = out.getvalue()
    for block in text.split("Where to?")[1:]:
        menu = block.split(">")[0]
        assert "▸" not in menu
    assert "▸" in text and "Mai: Let's go." in text


def test_digits_that_are_not_ascii_are_asked_again(mini, tmp_path: Path) -> None:
    code, out, game = play(mini, ["²", "₄", "١", "1"], tmp_path)
    assert code == 0 and out.count("Type a number from 1 to 1") == 3
    assert "Mai: Hey, dog." in out


def test_control_characters_from_the_story_never_reach_the_terminal(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(MINI, tmp_path / "mini")
    story = tmp_path / "mini" / "story"
    yard = story / "beats" / "01_yard.yaml"
    text = yard.read_text(encoding="utf-8")
    assert "Hey, dog." in text
    yard.write_text(text.replace("Hey, dog.", "Hey\\x1b[2J\\x1b]0;pwned\\x07, dog.\\u009b31m"), encoding="utf-8")
    cmd = [sys.executable, "main.py", "--text", "--story", str(story), "--save-dir", str(tmp_path / "s"), "--new"]
    proc = subprocess.run(cmd, cwd=ROOT, input="1\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Mai: Hey[2J]0;pwned, dog.31m" in proc.stdout
    assert not any(ch in proc.stdout for ch in "\x1b\x07\x9b")


def test_a_fault_in_the_story_is_a_sentence_and_keeps_the_autosave(mini, tmp_path: Path) -> None:
    from game.story.runtime import RuntimeError_

    store = SaveStore(tmp_path)
    session = PlaySession(Runtime(mini), store)
    before = (tmp_path / "autosave.json").read_bytes()

    def stuck(answer) -> None:
        raise RuntimeError_("yard.look: no option of the choice is open")

    session.runtime.answer = stuck  # type: ignore[method-assign]
    out = io.StringIO()
    feed = iter(["1\n"])
    code = TextGame(session, out=out, read=lambda: next(feed, ""), interactive=False, color=False).run()
    assert code == 1 and "Traceback" not in out.getvalue()
    assert "The story cannot go on from here: yard.look: no option of the choice is open." in out.getvalue()
    assert (tmp_path / "autosave.json").read_bytes() == before, "the beat's autosave is not saved over"


def test_back_takes_back_the_last_decision_a_deletion_too(mini, tmp_path: Path) -> None:
    answers = ["back",              # nothing to take back yet
               "1", "1",            # the dog, then the gate
               "", "n", "3", "y",   # delete Dog, confirm
               "back",              # at the set-piece's first choice: the review again
               "", "n", "1", "y",   # delete Face instead
               "1", "1", "", "",    # duck; spare; nothing to delete
               "1", "3 1 2"]
    code, out, game = play(mini, answers, tmp_path)
    assert code == 0
    assert "There is no decision to take back yet." in out
    assert out.count("Back to the last decision.") == 1
    assert out.count("◇ First night ◇") == 2, "the review is asked again"
    assert game.session.runtime.core.gaps == ["face"], "the deletion taken back is no deletion"
    assert game.session.finished, "played on to an ending"

"""Stable ids: written into the files once, they survive inserting, moving and rewording lines."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.story.compiler import load_story
from game.story.idwriter import add_ids, slug, write_ids
from game.story.saves import SaveStore

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    shutil.copytree(MINI, tmp_path / "mini")
    return tmp_path / "mini" / "story"


def unnamed(diags) -> list:
    return [d for d in diags if "without an `id:`" in d.message]


def test_texts_without_an_id_are_warned_about_once_per_file(copy: Path) -> None:
    story, diags = load_story(copy)
    assert story is not None
    warned = unnamed(diags)
    assert [(d.path, d.severity) for d in warned] == [
        ("story/beats/01_yard.yaml", "warning"), ("story/beats/02_chase.yaml", "warning"),
        ("story/beats/03_last.yaml", "warning")]
    assert warned[0].line == 8 and warned[0].message.startswith("5 texts"), "the first one, and how many"


def test_writing_ids_adds_only_ids_and_keeps_every_text_and_node(copy: Path) -> None:
    before, _ = load_story(copy)
    yard = copy / "beats" / "01_yard.yaml"
    yard.write_text("# the yard, at night\n" + yard.read_text().replace("  dog:\n", "  dog:   # Momo\n"))
    report = write_ids(copy)
    assert not report.problems and report.written["01_yard.yaml"][:3] == ["nar_yard_dark", "spot_dog", "spot_gate"]
    text = yard.read_text()
    assert text.startswith("# the yard, at night\n") and "  dog:   # Momo\n" in text, "comments stay"
    assert '    - text: "The yard is dark."\n      id: nar_yard_dark\n' in text, "narration takes `text:`"
    assert '{text: "The dog", goto: dog, if: "not flags.petted", id: spot_dog}' in text
    assert '    - mai: "Hey, dog."\n      id: mai_hey_dog\n      face: angry\n' in text
    assert "      id: lets_go\n" in text and text.count("lets_go") == 1, "a written id is kept"
    after, diags = load_story(copy)
    assert after is not None and not unnamed(diags)
    assert sorted(after.strings.values()) == sorted(before.strings.values())
    assert after.strings["mai_hey_dog"] == "Hey, dog." and after.strings["opt_spare_bot"] == "Spare the bot"
    for b in before.beats.values():
        for name, node in b.nodes.items():
            assert after.beats[b.id].nodes[name].digest == node.digest, "a save stays where it was"
    again = write_ids(copy)
    assert again.written == {} and not again.problems, "the second time there is nothing to do"


def test_an_id_survives_inserting_moving_and_rewording(copy: Path) -> None:
    write_ids(copy)
    yard = copy / "beats" / "01_yard.yaml"
    text = yard.read_text()
    text = text.replace('    - mai: "Hey, dog."', '    - "A new line above."\n    - mai: "Hey there, dog."')
    yard.write_text(text)
    story, diags = load_story(copy)
    assert story is not None, diags
    assert story.strings["mai_hey_dog"] == "Hey there, dog.", "the same id, reworded and moved down"
    assert story.strings["yard.dog.1"] == "A new line above.", "a new line has its place until it gets an id"


def test_a_save_keeps_its_place_when_ids_are_written(copy: Path, tmp_path: Path) -> None:
    story, _ = load_story(copy)
    rt = __import__("game.story.runtime", fromlist=["Runtime"]).Runtime(story)
    while rt.event.__class__.__name__ != "Choice":
        rt.advance()
    rt.choose(0)  # the dog
    rt.advance()
    store = SaveStore(tmp_path / "saves")
    store.save("slot1", rt)
    write_ids(copy)
    story2, _ = load_story(copy)
    again, notice = store.load("slot1", story2)
    assert notice is None, "the node is the same: the save resumes exactly there"
    assert again.state.node == rt.state.node and again.state.pc == rt.state.pc


def test_narration_with_an_id_and_a_condition(copy: Path) -> None:
    yard = copy / "beats" / "01_yard.yaml"
    yard.write_text(yard.read_text().replace(
        '    - "The yard is dark."', '    - text: "The yard is dark."\n      id: dark\n'
                                    '    - text: "Momo sleeps."\n      if: "flags.petted"'))
    story, _ = load_story(copy)
    assert story is not None and story.strings["dark"] == "The yard is dark."
    yard.write_text(yard.read_text().replace('      id: dark\n', '      id: dark\n      face: sad\n'))
    story, diags = load_story(copy)
    assert story is None and any("narration holds only text, id and if (found 'face')" in d.message
                                 for d in diags)


def test_two_texts_with_one_id_are_an_error(copy: Path) -> None:
    last = copy / "beats" / "03_last.yaml"
    write_ids(copy)
    last.write_text(last.read_text().replace("id: opt_hold", "id: mai_hey_dog"))
    story, diags = load_story(copy)
    assert story is None
    assert any("id 'mai_hey_dog' is used twice (also at story/beats/01_yard.yaml:14)" in str(d) for d in diags)


def test_block_text_flow_lists_and_steps_with_titles() -> None:
    text = (
        "beat: b\ntitle: B\nscene: dialogue\nstart: n\nnodes:\n  n:\n"
        "    - mai: >\n        A long line\n        over two lines.\n\n    - face: sad\n"
        "    - if: \"true\"\n      then: [\"Short.\", {mai: \"Hi.\"}]\n"
        "    - reboot: \"Farewell\"\n"
        "    - action:\n        piece: p\n        title: \"Run!\"\n        win: n\n        lose: n\n"
    )
    out, made = add_ids(text, set())
    assert made == ["mai_long_line_over", "nar_short", "mai_hi", "reboot_farewell", "action_run"]
    assert "        over two lines.\n      id: mai_long_line_over\n\n" in out
    assert 'then: [{text: "Short.", id: nar_short}, {mai: "Hi.", id: mai_hi}]' in out
    assert '    - reboot: "Farewell"\n      id: reboot_farewell\n' in out
    assert out.endswith("        lose: n\n      id: action_run\n")


def test_ids_are_short_readable_and_never_taken() -> None:
    taken = {"mai_i_know"}
    assert slug("mai", "Hey, dog.", set()) == "mai_hey_dog"
    assert slug("7723", "I don't know what 'sad' means.", set()) == "7723_dont_know_what"
    assert slug("mai", "I know. Whole day was garbage.", set()) == "mai_know_whole_day"
    assert slug("mai", "Language.", {"mai_language"}) == "mai_language_2"
    assert slug("nar", "…", taken) == "nar_line"


def test_the_shipped_story_has_an_id_on_every_text() -> None:
    story, diags = load_story(ROOT / "story")
    assert story is not None and not unnamed(diags)
    assert not [sid for sid in story.strings if "." in sid and not sid.startswith("memory.")]

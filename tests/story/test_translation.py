"""Translations in gettext PO: export, play with --lang (English where untranslated), and the lint."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from game.story import language
from game.story.compiler import load_story
from game.story.idwriter import write_ids
from game.story.po_export import export, story_texts
from game.story.translation import english, lint, read_po, translation_warnings

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini"

FRENCH = {
    "beat.yard.title": "La Cour",
    "nar_yard_dark": "La cour est sombre.",
    "spot_dog": "Le chien",
    "mai_hey_dog": "Salut, le chien.",
    "character.mai.name": "Maï",
}


@pytest.fixture()
def mini(tmp_path: Path) -> Path:
    shutil.copytree(MINI, tmp_path / "mini")
    story = tmp_path / "mini" / "story"
    write_ids(story)
    return story


def make_french(story_dir: Path, done: dict[str, str] = FRENCH) -> Path:
    texts, _ = story_texts(story_dir)
    po = export(texts, "Mini", "fr")
    for e in po:
        e.msgstr = done.get(e.msgctxt, "")
    path = story_dir / "lang" / "fr.po"
    path.parent.mkdir(exist_ok=True)
    po.save(str(path))
    return path


def main(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, input=stdin, capture_output=True,
                          text=True, timeout=120)


def test_the_export_holds_every_text_by_id_with_who_says_it_and_where(mini: Path) -> None:
    proc = main("strings", "export", "--story", str(mini))
    assert proc.returncode == 0, proc.stderr
    po = polib.pofile(proc.stdout)
    story, _ = load_story(mini)
    by_id = {e.msgctxt: e for e in po}
    assert set(by_id) == set(english(story)) and set(story.strings) - {"memory.dog.gone"} <= set(by_id)
    hey = by_id["mai_hey_dog"]
    assert hey.msgid == "Hey, dog." and hey.msgstr == "" and hey.comment == "said by Mai"
    assert hey.occurrences == [("story/beats/01_yard.yaml", "14")]
    assert by_id["nar_yard_dark"].comment == "narration" and by_id["opt_spare_bot"].comment.startswith("an option")
    assert by_id["memory.dog.gone"].msgid == "The dog goes grey."
    assert by_id["memory.face.title"].occurrences[0][0] == "story/memories.yaml"
    assert by_id["beat.chase.title"].occurrences == [("story/beats/02_chase.yaml", "2")]


def test_playing_with_lang_shows_the_translation_and_english_where_there_is_none(mini: Path, tmp_path: Path) -> None:
    make_french(mini)
    proc = main("--text", "--story", str(mini), "--save-dir", str(tmp_path / "s"), "--new", "--lang", "fr",
                stdin="1\n")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "La Cour" in out and "La cour est sombre." in out and "1) Le chien" in out
    assert "Maï: Salut, le chien." in out
    assert "The gate" in out, "an untranslated text stays English"
    assert "The yard is dark." not in out and "Hey, dog." not in out


def test_a_language_without_a_translation_is_refused_in_one_line(mini: Path, tmp_path: Path) -> None:
    proc = main("--text", "--story", str(mini), "--save-dir", str(tmp_path / "s"), "--new", "--lang", "de")
    assert proc.returncode == 2 and "no translation" in proc.stderr and "Traceback" not in proc.stderr
    assert main("--text", "--story", str(mini), "--lang", "../x").returncode == 2


def test_a_translation_of_older_english_falls_back_and_saves_do_not_notice(mini: Path) -> None:
    make_french(mini)
    english_story, _ = load_story(mini)
    yard = mini / "beats" / "01_yard.yaml"
    yard.write_text(yard.read_text().replace('"Hey, dog."', '"Hey there, dog."'))
    language.choose("fr")
    try:
        story, _ = load_story(mini)
    finally:
        language.choose(None)
    assert story.strings["nar_yard_dark"] == "La cour est sombre."
    assert story.strings["mai_hey_dog"] == "Hey there, dog.", "made from other English: not used"
    assert story.beats["yard"].title == "La Cour" and story.characters["mai"].name == "Maï"
    assert story.beats["yard"].nodes["look"].digest == english_story.beats["yard"].nodes["look"].digest
    assert load_story(mini)[0].strings["nar_yard_dark"] == "The yard is dark.", "English again once unchosen"


def test_export_with_lang_brings_a_translation_up_to_date_and_check_counts_what_is_stale(mini: Path) -> None:
    path = make_french(mini)
    po = read_po(path)
    po.append(polib.POEntry(msgctxt="cut_line", msgid="A line that was cut.", msgstr="Une ligne coupée."))
    po.save(str(path))
    yard = mini / "beats" / "01_yard.yaml"
    yard.write_text(yard.read_text().replace('"Hey, dog."', '"Hey there, dog."'))

    proc = main("strings", "check", "--story", str(mini), "--lang", "fr")
    assert proc.returncode == 1
    assert "'cut_line' is no longer in the story" in proc.stdout
    assert "'mai_hey_dog' needs a new look: the English was 'Hey, dog.', now 'Hey there, dog.'" in proc.stdout
    total = len(story_texts(mini)[0])
    assert f"fr: 4 of {total} texts translated; 1 stale (the English changed), 1 gone from the story, " \
           f"{total - 5} missing" in proc.stdout

    proc = main("strings", "export", "--story", str(mini), "--lang", "fr", "--out", str(path))
    assert proc.returncode == 0, proc.stderr
    merged = read_po(path)
    hey = next(e for e in merged if e.msgctxt == "mai_hey_dog")
    assert hey.fuzzy and hey.previous_msgid == "Hey, dog." and hey.msgid == "Hey there, dog."
    assert hey.msgstr == "Salut, le chien."
    cut = next(e for e in merged if e.msgctxt == "cut_line")
    assert cut.obsolete
    found = lint(merged, english(load_story(mini)[0]), "fr.po", "fr")
    assert (len(found.gone), len(found.changed), found.translated) == (0, 1, 4), "obsolete entries are not stale"


def test_check_with_no_translation_says_so(mini: Path) -> None:
    proc = main("strings", "check", "--story", str(mini))
    assert proc.returncode == 0 and "No translations" in proc.stdout


def test_the_shipped_story_exports_every_text() -> None:
    texts, _ = story_texts(ROOT / "story")
    ids = [t.id for t in texts]
    assert len(ids) == len(set(ids)) > 1000
    assert all(t.where[1] > 0 for t in texts)


def test_validate_can_say_what_is_stale_in_each_translation(mini: Path) -> None:
    path = make_french(mini)
    po = read_po(path)
    po.append(polib.POEntry(msgctxt="cut_line", msgid="A line that was cut.", msgstr="Une ligne coupée."))
    po.save(str(path))
    story, _ = load_story(mini)
    said = [str(d) for d in translation_warnings(mini, story)]
    assert any(s.startswith("story/lang/fr.po:") and "'cut_line' is no longer in the story" in s for s in said)
    assert any("texts not translated yet" in s for s in said) and all(": warning: " in s for s in said)


def test_validate_reports_stale_translations_beside_everything_else(mini: Path) -> None:
    import subprocess
    import sys

    path = make_french(mini)
    po = read_po(path)
    po.append(polib.POEntry(msgctxt="cut_line", msgid="A line that was cut.", msgstr="Une ligne coupée."))
    po.save(str(path))
    proc = subprocess.run([sys.executable, "main.py", "validate", "--story", str(mini)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "'cut_line' is no longer in the story" in proc.stdout and "not translated yet" in proc.stdout


def test_stage_notes_are_texts_to_translate_with_their_ids_and_the_terminal_prints_them_translated(
        mini: Path, tmp_path: Path) -> None:
    yard = mini / "beats" / "01_yard.yaml"
    text = yard.read_text(encoding="utf-8")
    old = '    - explore:\n'
    yard.write_text(text.replace(old, '    - stage: {note: "The porch light goes out."}\n'
                                      '      id: stage_porch_dark\n'
                                      '    - stage: {note: "A dog barks."}\n' + old, 1), encoding="utf-8")
    write_ids(mini)  # the unnamed note gets an id written beside it, as a line does
    assert "id: stage_dog_barks" in yard.read_text(encoding="utf-8")
    texts, _ = story_texts(mini)
    by_id = {t.id: t for t in texts}
    assert by_id["stage_porch_dark"].source == "The porch light goes out."
    assert by_id["stage_porch_dark"].who.startswith("a stage note") and by_id["stage_porch_dark"].where[1] == 10
    assert by_id["stage_dog_barks"].source == "A dog barks."
    make_french(mini, {**FRENCH, "stage_porch_dark": "La lampe du porche s'éteint."})
    proc = main("--text", "--story", str(mini), "--save-dir", str(tmp_path / "s"), "--new", "--lang", "fr",
                stdin="1\n")
    assert proc.returncode == 0, proc.stderr
    assert "[La lampe du porche s'éteint.]" in proc.stdout and "The porch light" not in proc.stdout
    assert "[A dog barks.]" in proc.stdout, "an untranslated note stays English"

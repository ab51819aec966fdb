"""The scores: every piece the story can cue exists, checks clean, is long enough to loop, and
the notation and the checker say plainly what is wrong."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.synth.notation import note_number, parse_pattern  # noqa: E402
from tools.synth.render import events  # noqa: E402
from tools.synth.score import ScoreError, check, load  # noqa: E402

MUSIC = ROOT / "sound" / "music"
PIECES = ["title", "launch_hall", "rice_lab", "freeway", "lower_city", "school", "su_house", "garage_night",
          "memory_review", "noodle_jingle", "noodle_punk", "pin_ares", "sewers", "iq_tower", "stadium", "reboot",
          "credits"]
SCORES = sorted(p.stem for p in MUSIC.glob("*.yaml"))


def test_every_piece_the_stage_directions_name_has_a_score() -> None:
    assert set(PIECES) <= set(SCORES)


@pytest.mark.parametrize("name", SCORES)
def test_every_score_checks_clean_and_loops_long_enough(name: str) -> None:
    loaded = load(MUSIC / f"{name}.yaml")
    sc = loaded.score
    if name == "noodle_jingle":
        assert not sc.loop and loaded.seconds < 20
        return
    assert sc.loop
    assert loaded.seconds >= 60.0, f"{name} repeats after {loaded.seconds:.1f} s"
    assert len(set(sc.arrangement)) >= 3, f"{name} needs more than two kinds of section"
    assert len(sc.patterns) >= 6, f"{name} is too few patterns to be more than a loop of one bar"


def test_the_remix_keeps_the_jingle_tune_and_the_reboot_carries_the_title_theme() -> None:
    jingle = load(MUSIC / "noodle_jingle.yaml").score.patterns["tune"]
    punk = load(MUSIC / "noodle_punk.yaml").score.patterns["tune"]
    assert punk.startswith(jingle.rsplit("|", 1)[0].strip())
    assert any(i.voice == "power" for i in load(MUSIC / "noodle_punk.yaml").score.instruments.values())
    title = load(MUSIC / "title.yaml").score.patterns
    for piece, pattern in (("reboot", "theme_a"), ("stadium", "hero_1"), ("credits", "theme_a")):
        assert load(MUSIC / f"{piece}.yaml").score.patterns[pattern] == title["theme_a"], piece


def test_the_notation_reads_notes_chords_holds_rests_and_drums() -> None:
    steps = parse_pattern("C4 - . Am | k+h s! E5?")
    assert [s.kind for s in steps] == ["on", "hold", "rest", "on", "on", "on", "on"]
    assert steps[0].notes == (60,) and note_number("A4") == 69 and note_number("Eb5") == 75
    assert steps[3].chord == (9, (0, 3, 7))
    assert steps[4].drums == ("kick", "hat") and steps[5].velocity == 1.0 and steps[6].velocity < 0.5
    with pytest.raises(ValueError, match="H4"):
        parse_pattern("C4 H4")


def _mini(**changes: object) -> dict:
    score = {
        "title": "t", "tempo": 120, "key": "C major",
        "instruments": {"lead": {"voice": "pulse"}, "bass": {"voice": "bass", "chords": "bass", "arp_steps": 2, "chord_octave": 2},
                        "drums": {"voice": "drums"}},
        "patterns": {"mel": "C5 - E5 . G5 - - .", "ch": "C - - - F - - -", "beat": "k h s h"},
        "sections": {"a": {"lead": "mel", "bass": "ch", "drums": "beat"}},
        "arrangement": ["a", "a"],
    }
    score.update(changes)
    return score


def test_a_chord_symbol_is_voiced_as_the_instrument_says() -> None:
    loaded = check("mini", _mini())
    bass = events(loaded, "bass")
    assert [e.notes for e in bass[:4]] == [(36,), (36,), (41,), (41,)]
    lead = events(loaded, "lead")
    assert [(e.step, e.length) for e in lead[:3]] == [(0, 2), (2, 1), (4, 3)]
    assert loaded.total_steps == 16 and abs(loaded.seconds - 2.0) < 1e-9


def test_an_intro_plays_its_sections_before_the_loop_point() -> None:
    loaded = check("mini", _mini(sections={"a": {"lead": "mel", "drums": "beat"}, "o": {"lead": "mel@+2"}},
                                 intro=["o"]))
    assert loaded.total_steps == 16 and abs(loaded.intro_seconds - 1.0) < 1e-9
    assert [e.notes for e in events(loaded, "lead", loaded.score.intro)][:1] == [(74,)]
    assert check("mini", _mini()).intro_seconds == 0.0


@pytest.mark.parametrize(("change", "message"), [
    ({"tempo": 0}, "mini: tempo:"),
    ({"key": "H major"}, "mini: key:"),
    ({"arrangement": ["a", "chorus"]}, "arrangement[1]: no section 'chorus'"),
    ({"intro": ["a", "opening"]}, "intro[1]: no section 'opening'"),
    ({"intro": "a"}, "mini: intro:"),
    ({"intro": ["a"], "loop": False}, "intro: only a looping piece has an intro"),
    ({"sections": {"a": {"lead": "melody"}}}, "sections.a.lead: no pattern 'melody'"),
    ({"sections": {"a": {"drums": "mel"}}}, "sections.a.drums: a drum instrument plays notes"),
    ({"sections": {"a": {"lead": "beat"}}}, "sections.a.lead: drum hits given to a pulse"),
    ({"sections": {"a": {"guitar": "mel"}}}, "sections.a.guitar: no instrument 'guitar'"),
    ({"patterns": {"mel": "C5 Q5", "ch": "C", "beat": "k h s h"}}, "patterns.mel: unknown token 'Q5'"),
    ({"patterns": {"mel": "C5 - E5", "ch": "C - - - F - - -", "beat": "k h s h"}},
     "sections.a.lead: 3 steps do not repeat evenly into 8"),
    ({"instruments": {"lead": {"voice": "kazoo"}}}, "mini: instruments.lead.voice:"),
])
def test_a_broken_score_is_named_with_its_place(change: dict, message: str) -> None:
    with pytest.raises(ScoreError) as err:
        check("mini", _mini(**change))
    assert message in str(err.value)


def test_scores_are_read_with_the_safe_loader(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: !!python/object:os.system ls\n", encoding="utf-8")
    with pytest.raises(ScoreError, match="bad.yaml: not YAML"):
        load(bad)
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(_mini()), encoding="utf-8")
    assert load(good).score.title == "t"

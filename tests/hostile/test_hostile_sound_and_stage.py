"""Garbage in the sound sources and in stage directions: a plain `file: message`, never a traceback,
and never days of audio allocated because a score or a recipe asked for them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings

from tests.hostile.hostile_strategies import JSON

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from synth import score, sfx  # noqa: E402  (tools/ is not a package)

GOOD = {"title": "T", "tempo": 120, "key": "A minor",
        "instruments": {"lead": {"voice": "pulse"}, "drums": {"voice": "drums"}},
        "patterns": {"p": "A4 - C5 - E5 - C5 -", "d": "k h s h"},
        "sections": {"a": {"lead": "p", "drums": "d"}}, "arrangement": ["a"] * 4}


def _score(**over: object) -> dict:
    return {**GOOD, **over}


def test_a_good_score_passes() -> None:
    assert 1 <= score.check("t.yaml", GOOD).seconds <= 600


@pytest.mark.parametrize("data", [
    _score(tempo=21, steps_per_beat=1, patterns={"p": "A4 " + "- " * 200_000, "d": "k"}),  # days of one note
    _score(arrangement=["a"] * 300_000),  # a hundred days of a short section
    _score(arrangement=["a"], patterns={"p": "A4", "d": "k"}),  # shorter than the loudness meter can read
    _score(sections={"a": {"lead": "p@+999999999"}}),  # a shift past any pitch
], ids=["week_of_one_note", "long_arrangement", "a_blip", "huge_shift"])
def test_scores_beyond_reason_are_refused_quickly(data: dict) -> None:
    t0 = time.perf_counter()
    with pytest.raises(score.ScoreError, match=r"^t\.yaml: "):
        score.check("t.yaml", data)
    assert time.perf_counter() - t0 < 5


@pytest.mark.parametrize("content", [b"\xff\xfe\x00\x80 junk", b"a: " + b"[" * 5000 + b"]" * 5000, None],
                         ids=["not_utf8", "deep", "folder"])
def test_unreadable_sound_files_are_refused(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "x.yaml"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(score.ScoreError, match="x.yaml: "):
        score.load(path)
    with pytest.raises(sfx.RecipeError, match="x.yaml: "):
        sfx.load(path)


@pytest.mark.parametrize("recipe", [
    {"voice": "square", "length": 30, "repeats": 64, "gap": 5},  # half an hour of one effect
    {"voice": "none", "layers": [{"voice": "sine", "length": 30, "repeats": 8}] * 50},
    {"pitch": []}, {"pitch": [0]}, {"pitch": [-440, 100]}, {"pitch": [float("nan")]}, {"notes": [float("inf")]},
    {"voice": "noise", "noise_band": []}, {"voice": "noise", "noise_band": [float("nan"), 100]},
    {"voice": "none"}, {"loop": True, "length": 1e-6},
], ids=["long", "many_layers", "no_pitch", "zero_hz", "negative_hz", "nan_hz", "inf_note", "no_band", "nan_band",
        "silent_none", "loop_of_nothing"])
def test_effects_beyond_reason_are_refused(recipe: dict) -> None:
    with pytest.raises(sfx.RecipeError, match=r"^e\.yaml: bad"):
        sfx.check("e.yaml", {"bad": recipe})


@settings(settings.get_profile("hostile"), max_examples=150)
@given(JSON)
def test_junk_scores_give_score_errors(doc: object) -> None:
    try:
        loaded = score.check("j.yaml", doc)
    except score.ScoreError:
        return
    assert 1 <= loaded.seconds <= 600


@settings(settings.get_profile("hostile"), max_examples=150)
@given(JSON)
def test_junk_recipes_give_recipe_errors(doc: object) -> None:
    try:
        recipes = sfx.check("j.yaml", {"junk": doc})
    except sfx.RecipeError:
        return
    assert all(sfx._seconds(r) <= sfx.LONGEST_S for r in recipes.values())


def test_an_endless_shake_is_refused_at_its_place(tmp_path: Path) -> None:
    for folder in ("story", "levels", "assets", "sound"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    beat = tmp_path / "story" / "beats" / "08_backyard.yaml"
    text = beat.read_text()
    anchor = "    - stage: {cast: {momo: {walk: momo_greet, face: up}}}\n"
    assert anchor in text
    beat.write_text(text.replace(anchor, "    - stage: {shake: .inf}\n", 1))
    line = text[: text.index(anchor)].count("\n") + 1
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "validate", "--story", str(tmp_path / "story")],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert f"story/beats/08_backyard.yaml:{line}:" in proc.stdout and "shake" in proc.stdout

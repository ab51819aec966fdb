"""The sound effects: every cue the game and the story use exists as a recipe and a file, the
speakers' syllables are short and their own, beds loop without a seam."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.synth import sfx  # noqa: E402
from tools.synth.master import CEILING_DBTP, true_peak_db  # noqa: E402
from tools.synth.oggfile import read  # noqa: E402

EFFECTS = ROOT / "sound" / "effects.yaml"
SFX = ROOT / "assets" / "sfx"
NAMED = """move confirm back error type door delete mark unmark dissolve overflow bleep_1 bleep_2 bleep_3 bleep_4
step_grass step_concrete step_wood step_metal step_water step_tile door_slam curtain hologram charge fire explosion
hit shield siren drone crowd_bed rain_bed traffic_bed reboot_pulse""".split()
RECIPES = sfx.load(EFFECTS)
CHARACTERS = {str(k) for k in yaml.safe_load((ROOT / "story" / "characters.yaml").read_text(encoding="utf-8"))}


def _speakers(node: object, found: set[str]) -> set[str]:
    """The characters given a line anywhere in the story's steps (a step keyed by a character's id):
    a character who never speaks, like a crawling Gen 6, needs no voice; one only staged (a `stage:`
    direction's cast, keyed by the same ids) needs none either."""
    if isinstance(node, dict):
        found.update(str(k) for k in node if str(k) in CHARACTERS)
        for k, v in node.items():
            if k != "stage":
                _speakers(v, found)
    elif isinstance(node, list):
        for v in node:
            _speakers(v, found)
    return found


SPEAKERS = sorted(set().union(*(_speakers(yaml.safe_load(p.read_text(encoding="utf-8")), set())
                                for p in (ROOT / "story" / "beats").glob("*.yaml"))))
BEDS = [n for n, r in RECIPES.items() if r.loop]


def test_every_named_effect_and_every_speakers_voice_has_a_recipe_and_a_file() -> None:
    voices = [f"voice_{who}_{i}" for who in SPEAKERS for i in (1, 2, 3)]
    assert len(RECIPES) >= 30
    for name in NAMED + voices:
        assert name in RECIPES, name
    assert {p.stem for p in SFX.glob("*.ogg")} == set(RECIPES)


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_every_effect_file_peaks_under_the_ceiling(name: str) -> None:
    x, rate = read(SFX / f"{name}.ogg")
    assert rate == 44100 and len(x) > 0
    assert true_peak_db(x) <= CEILING_DBTP
    assert np.abs(x).max() > 0.05, f"{name} is nearly silent"


def test_each_speaker_speaks_in_short_syllables_of_their_own() -> None:
    pitches = {}
    for who in SPEAKERS:
        for i in (1, 2, 3):
            x, rate = read(SFX / f"voice_{who}_{i}.ogg")
            assert 0.040 <= len(x) / rate <= 0.090, f"voice_{who}_{i} lasts {len(x) / rate * 1000:.0f} ms"
        r = RECIPES[f"voice_{who}_1"]
        pitches[who] = (r.voice, r.ring, r.tone_cutoff, tuple(r.pitch), r.duty, r.fm_ratio)
    assert len(set(pitches.values())) == len(SPEAKERS), "two speakers sound alike"


def test_the_censor_bleeps_differ_in_pitch_and_length() -> None:
    bleeps = [RECIPES[f"bleep_{i}"] for i in (1, 2, 3, 4)]
    assert len({b.pitch[0] for b in bleeps}) == 4 and len({b.length for b in bleeps}) == 4


@pytest.mark.parametrize("name", BEDS)
def test_beds_are_several_seconds_and_loop_without_a_seam(name: str) -> None:
    x, rate = read(SFX / f"{name}.ogg")
    assert len(x) / rate >= 3.0
    steps = np.abs(np.diff(x[:, 0]))
    assert abs(x[0, 0] - x[-1, 0]) <= np.percentile(steps, 99.9)


def test_a_broken_recipe_is_named_with_its_place() -> None:
    with pytest.raises(sfx.RecipeError, match="effects.yaml: door.length:"):
        sfx.check("effects.yaml", {"door": {"voice": "square", "length": -1}})
    with pytest.raises(sfx.RecipeError, match="effects.yaml: ping: not a note: 'Q4'"):
        sfx.check("effects.yaml", {"ping": {"notes": ["Q4"]}})
    with pytest.raises(sfx.RecipeError, match="effects.yaml: boom.voice:"):
        sfx.check("effects.yaml", {"boom": {"voice": "cannon"}})

"""The rendered soundtrack as a player hears it: one loudness for every piece, peaks under the
ceiling, loops without a click, and small enough to ship. Reads the committed OGG files."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools.synth.master import CEILING_DBTP, TARGET_LUFS, loudness, true_peak_db  # noqa: E402
from tools.synth.oggfile import read  # noqa: E402
from tools.synth.score import load  # noqa: E402

MUSIC = ROOT / "sound" / "music"
SCORES = sorted(p.stem for p in MUSIC.glob("*.yaml"))
BUDGET = 15 * 1024 * 1024
INTROS = [n for n in SCORES if load(MUSIC / f"{n}.yaml").score.intro]


@cache
def decoded(name: str) -> tuple[np.ndarray, int]:
    return read(ROOT / "assets" / "music" / f"{name}.ogg")


def seam_is_clean(x: np.ndarray) -> tuple[float, float]:
    """The jump from the last sample to the first, and the piece's ordinary 99.9th-percentile step."""
    steps = np.abs(np.diff(x, axis=0)).max(axis=1)
    return float(np.abs(x[0] - x[-1]).max()), float(np.percentile(steps, 99.9))


@pytest.mark.parametrize("name", SCORES)
def test_every_piece_is_rendered_at_its_length(name: str) -> None:
    x, rate = decoded(name)
    loaded = load(MUSIC / f"{name}.yaml")
    if loaded.score.loop:
        assert abs(len(x) - round(loaded.seconds * rate)) <= 1, "stale render: run make assets"
    assert x.shape[1] == 2 and rate == 44100


@pytest.mark.parametrize("name", SCORES)
def test_every_piece_has_one_loudness_and_its_peaks_under_the_ceiling(name: str) -> None:
    x, rate = decoded(name)
    assert abs(loudness(x, rate) - TARGET_LUFS) <= 1.5
    assert true_peak_db(x) <= CEILING_DBTP


@pytest.mark.parametrize("name", [n for n in SCORES if n != "noodle_jingle"])
def test_every_loop_point_is_click_free(name: str) -> None:
    x, _rate = decoded(name)
    jump, ordinary = seam_is_clean(x)
    assert jump <= ordinary, f"{name}: the seam jumps {jump:.3f}, more than its ordinary {ordinary:.3f}"


def test_no_piece_is_silent_for_long() -> None:
    for name in SCORES:
        x, rate = decoded(name)
        block = rate // 2
        level = np.sqrt((x[: len(x) // block * block, 0].reshape(-1, block) ** 2).mean(axis=1))
        quiet = level < 10 ** (-50 / 20)
        assert quiet.sum() <= (6 if name == "noodle_jingle" else 2), f"{name} has {quiet.sum() / 2} s of silence"


def test_all_audio_together_fits_the_budget() -> None:
    files = list((ROOT / "assets" / "music").glob("*.ogg")) + list((ROOT / "assets" / "sfx").glob("*.ogg"))
    total = sum(f.stat().st_size for f in files)
    assert total <= BUDGET, f"{total / 1e6:.1f} MB of audio"
    stems = {f.stem for f in (ROOT / "assets" / "music").glob("*.ogg")}
    assert {s for s in stems if not s.endswith(".intro")} == set(SCORES)
    assert {s.removesuffix(".intro") for s in stems if s.endswith(".intro")} == set(INTROS)


# --- intros: played once, then the loop -------------------------------------------------------------------------


def test_the_title_theme_has_an_intro() -> None:
    assert "title" in INTROS


@pytest.mark.parametrize("name", INTROS)
def test_every_intro_is_rendered_at_its_length_loudness_and_peak(name: str) -> None:
    x, rate = decoded(f"{name}.intro")
    loaded = load(MUSIC / f"{name}.yaml")
    assert abs(len(x) - round(loaded.intro_seconds * rate)) <= 1, "stale render: run make assets"
    assert abs(loudness(x, rate) - TARGET_LUFS) <= 1.5
    assert true_peak_db(x) <= CEILING_DBTP


@pytest.mark.parametrize("name", INTROS)
def test_every_intro_runs_into_its_loop_without_a_click(name: str) -> None:
    intro, _rate = decoded(f"{name}.intro")
    loop, _rate = decoded(name)
    jump, ordinary = seam_is_clean(np.concatenate([loop[:1], intro]))  # the intro's last, the loop's first
    assert jump <= ordinary, f"{name}: the join jumps {jump:.3f}, more than its ordinary {ordinary:.3f}"

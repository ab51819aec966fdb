"""The same score renders to the same bytes: a rebuild changes git only where the sound changed."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import yaml  # noqa: E402

from tools.synth import build, oggfile, sfx  # noqa: E402
from tools.synth.oggfile import fix_serial, read  # noqa: E402

SHORT = {
    "title": "two bars", "tempo": 150, "key": "E minor", "steps_per_beat": 2,
    "instruments": {
        "lead": {"voice": "pulse", "duty": 0.25, "echo": {"beats": 0.75}},
        "pad": {"voice": "pad", "chords": "chord"},
        "gtr": {"voice": "power", "chords": "power", "chord_octave": 2},
        "drums": {"voice": "drums"}, "chip": {"voice": "chip_drums"},
    },
    "patterns": {"mel": "E5 - G5 - B5 - - A5 | G5 - F#5 - E5 - - -", "ch": "Em - - - - - - - | C - - - D - - -",
                 "beat": "k+h h s+h h", "chip": "k . s h"},
    "sections": {"a": {"lead": "mel", "pad": "ch", "gtr": "ch", "drums": "beat", "chip": "chip"}},
    "arrangement": ["a"],
}


def test_a_short_score_renders_twice_to_identical_bytes(tmp_path: Path) -> None:
    path = tmp_path / "short.yaml"
    path.write_text(yaml.safe_dump(SHORT), encoding="utf-8")
    first = build.piece_bytes(path)
    second = build.piece_bytes(path)
    assert first == second
    x, rate = read(first)
    assert abs(len(x) - 2 * 8 * rate * 60 / 150 / 2) <= 1


def test_a_score_with_an_intro_renders_both_files_twice_to_identical_bytes(tmp_path: Path) -> None:
    score = dict(SHORT, sections={**SHORT["sections"], "o": {"lead": "mel@-2", "pad": "ch"}}, intro=["o"])
    path = tmp_path / "short.yaml"
    path.write_text(yaml.safe_dump(score), encoding="utf-8")
    first = build.piece_files(path)
    assert sorted(first) == ["short.intro.ogg", "short.ogg"] and first == build.piece_files(path)
    assert first["short.ogg"] == build.piece_bytes(path)
    intro, rate = read(first["short.intro.ogg"])
    assert abs(len(intro) - 2 * 8 * rate * 60 / 150 / 2) <= 1


def test_effects_render_twice_to_identical_bytes() -> None:
    recipes = sfx.load(ROOT / "sound" / "effects.yaml")
    for name in ("explosion", "rain_bed", "voice_7723_1"):
        assert build.effect_bytes(name, recipes[name]) == build.effect_bytes(name, recipes[name])


def test_the_ogg_serial_is_fixed_and_every_page_checksum_still_holds() -> None:
    tone = np.sin(np.arange(20000) * 0.05) * 0.3
    data = oggfile.encode(tone)
    assert data[14:18] == oggfile.SERIAL.to_bytes(4, "little")
    assert fix_serial(data) == data  # already fixed: the checksums we wrote are the right ones
    back, _rate = read(data)  # libogg rejects a page whose checksum is wrong
    assert len(back) == len(tone)

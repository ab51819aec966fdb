"""Render the soundtrack and the sound effects from `sound/` into `assets/`: part of `make assets`.

    python tools/make_sound.py                 every piece and effect
    python tools/make_sound.py title door      only these (piece or effect names)
    python tools/make_sound.py --pictures DIR  also draw a waveform and spectrogram PNG of each piece

Files are written only when their bytes change, so a rebuild leaves git clean unless a score,
a recipe or the synthesiser changed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from synth import sfx  # noqa: E402  (tools/ is not a package)
from synth.build import effect_bytes, piece_files  # noqa: E402
from synth.score import ScoreError  # noqa: E402

MUSIC = ROOT / "sound" / "music"
EFFECTS = ROOT / "sound" / "effects.yaml"
MUSIC_OUT = ROOT / "assets" / "music"
SFX_OUT = ROOT / "assets" / "sfx"


def build_music(names: set[str] | None, pictures: Path | None) -> None:
    for path in sorted(MUSIC.glob("*.yaml")):
        if names and path.stem not in names:
            continue
        t0 = time.time()
        files = piece_files(path)  # the piece (or its loop), and its intro if it has one
        MUSIC_OUT.mkdir(parents=True, exist_ok=True)
        for fname, data in files.items():
            out = MUSIC_OUT / fname
            if not out.exists() or out.read_bytes() != data:
                out.write_bytes(data)
            if pictures is not None:
                from synth.pictures import draw  # pygame: only when pictures are asked for

                draw(out, pictures / f"{out.stem}.png")
        size = sum(len(d) for d in files.values())
        print(f"music {path.stem}: {size // 1024} KiB in {time.time() - t0:.1f}s", flush=True)


def build_effects(names: set[str] | None) -> None:
    recipes = sfx.load(EFFECTS)
    for name, recipe in recipes.items():
        if names and name not in names:
            continue
        data = effect_bytes(name, recipe)
        out = SFX_OUT / f"{name}.ogg"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not out.exists() or out.read_bytes() != data:
            out.write_bytes(data)
    print(f"effects: {len(recipes)} checked", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="only these pieces or effects")
    ap.add_argument("--pictures", type=Path, help="draw waveform/spectrogram PNGs into this folder")
    ap.add_argument("--music-only", action="store_true")
    args = ap.parse_args(argv)
    names = set(args.names) or None
    try:
        build_music(names, args.pictures)
        if not args.music_only:
            build_effects(names)
    except (ScoreError, sfx.RecipeError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

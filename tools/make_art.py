"""Draw every picture in the game and write it under assets/ (portraits, UI, title, memory cards).

    python tools/make_art.py [--out DIR] [--sheets DIR]

Same code, same bytes: each PNG is written by our own encoder from a palette-index grid, so the
output does not depend on the SDL or libpng build and a rebuild shows up in git only when art changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.art import build  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets", help="assets folder to write into")
    parser.add_argument("--sheets", type=Path, default=None, help="also write enlarged contact sheets here")
    args = parser.parse_args(argv)
    written = build.build(args.out, args.sheets)
    print(f"wrote {len(written)} files under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

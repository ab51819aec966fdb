"""`python -m game.levels [levels]`: lint every map, print each problem as path:line:col: message."""

from __future__ import annotations

import sys
from pathlib import Path

from game.levels.lint import lint_levels


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    problems = lint_levels(Path(args[0]) if args else Path("levels"))
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)" if problems else "maps OK")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

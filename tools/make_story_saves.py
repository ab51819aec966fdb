"""Keep saves of the shipped story at several beats, as players' saves would be made.

    python tools/make_story_saves.py            # writes tests/saves/story/<beat>.json

It plays a scripted playthrough of the shipped story headless and saves, as the game does, at the
first decision of beats spread over the story, and at the first memory review of its second half.
The content tests load each save after every story edit and play on to an ending, so an edit that
would make players' saves unusable (a flag, memory or beat renamed) fails CI. Run this again only
when such a change is meant, and say in the change how players' saves are upgraded.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.story import events as ev  # noqa: E402
from game.story.compiler import load_story  # noqa: E402
from game.story.playthrough import load_script, run_script  # noqa: E402
from game.story.saves import SaveStore  # noqa: E402
from game.story.session import PlaySession  # noqa: E402

SCRIPT = ROOT / "tests" / "playthroughs" / "ending_retold.yaml"
OUT = ROOT / "tests" / "saves" / "story"
HOW_MANY = 6


def spread(beats: list[str], n: int) -> list[str]:
    """`n` beats spread evenly over the story, the last among them."""
    return list(dict.fromkeys(beats[len(beats) * k // n - 1] for k in range(1, n + 1)))


def make(out: Path, story_dir: Path = ROOT / "story", script_path: Path = SCRIPT, n: int = HOW_MANY) -> list[Path]:
    story, diags = load_story(story_dir)
    if story is None:
        raise SystemExit("\n".join(map(str, diags)))
    script, diags = load_script(script_path)
    if script is None:
        raise SystemExit("\n".join(map(str, diags)))
    order = list(story.beats)
    wanted = set(spread(order, n))
    second_half = set(order[len(order) // 2:])
    slots: list[str] = []

    with tempfile.TemporaryDirectory() as tmp:
        store = SaveStore(Path(tmp))

        def keep(session: PlaySession, e: ev.Event) -> None:
            beat = session.runtime.state.beat
            slot = beat
            if beat not in wanted:
                if not (isinstance(e, ev.Review) and beat in second_half and not any(s.endswith("_review") for s in slots)):
                    return
                slot = f"{beat}_review"
            if slot not in slots:
                store.save(slot, session.runtime)
                slots.append(slot)

        result = run_script(story, script, script_path.stem, on_decision=keep)
        if not result.ok:
            raise SystemExit(f"{script_path.name} does not play: " + "; ".join(result.problems))
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*.json"):
            old.unlink()
        written = []
        for slot in slots:
            doc = json.loads((Path(tmp) / f"{slot}.json").read_text(encoding="utf-8"))
            doc["saved_at"] = 0.0  # the same story makes the same files
            path = out / f"{slot}.json"
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="folder of the saves (default: tests/saves/story)")
    ap.add_argument("--script", type=Path, default=SCRIPT, help="the playthrough to play while saving")
    args = ap.parse_args(argv)
    for path in make(args.out, script_path=args.script):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

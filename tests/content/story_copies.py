"""Story folders for the content tests: the shipped one, and a copy with a beat added.

The copy is made the way `story/README.md` ("Adding a beat") teaches a designer: a new beat file
named to sort between two beats, with a line and a choice, its `next:` the beat that followed, and
the beat before it pointing at it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PLAYTHROUGHS = sorted((ROOT / "tests" / "playthroughs").glob("*.yaml"))
NEW_BEAT = "added_beat"
NEW_TITLE = "A Beat Added Between Two"


@dataclass(frozen=True)
class Project:
    """A folder holding `story/`, `levels/` and `assets/`, as `validate` reads them."""

    name: str
    root: Path
    added: AddedBeat | None = None

    @property
    def story_dir(self) -> Path:
        return self.root / "story"

    @property
    def levels_dir(self) -> Path:
        return self.root / "levels"


@dataclass(frozen=True)
class AddedBeat:
    """Where the added beat went: between `before` and `after`, in `file`."""

    before: str
    after: str
    file: Path


def _doc(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _insertion_point(files: list[Path]) -> int:
    """The index of the beat file nearest the middle whose `next:` is the file after it."""
    ids = [_doc(f)["beat"] for f in files]
    middle = len(files) // 2
    for k in sorted(range(len(files) - 1), key=lambda k: abs(k - middle)):
        if _doc(files[k]).get("next") == ids[k + 1]:
            return k
    raise AssertionError("no two beat files in a row where the first goes on to the second")


def add_beat(story_dir: Path) -> AddedBeat:
    """Add a beat between two beats of `story_dir`, following the README's steps literally."""
    beats = story_dir / "beats"
    files = sorted(beats.glob("*.yaml"))
    k = _insertion_point(files)
    before, after = _doc(files[k]), _doc(files[k + 1])
    # 1. a file named to sort between the two
    prefix = files[k].name.split("_", 1)[0]
    name = next(n for c in "bcdefghijk" if files[k].name < (n := f"{prefix}{c}_{NEW_BEAT}.yaml") < files[k + 1].name)
    # 2. the beat: a line and a choice, its map one of levels/, next: the beat that used to follow
    speaker = json.dumps(next(iter(_doc(story_dir / "characters.yaml"))))
    (beats / name).write_text(f"""beat: {NEW_BEAT}
title: "{NEW_TITLE}"
scene: dialogue
place: "On the way to what comes next"
map: {before["map"]}
start: pause
next: {after["beat"]}
nodes:
  pause:
    - {speaker}: "A new line, in a new beat."
    - choice:
        - text: "Go on."
          then:
            - "Nothing changes."
        - text: "Wait a moment."
          then:
            - "Nothing changes, a moment later."
    - "The story goes on."
""", encoding="utf-8")
    # 3. the beat before it: next:, and every beat: step that went on to the following beat
    text = files[k].read_text(encoding="utf-8")
    b = re.escape(after["beat"])
    text, n_next = re.subn(rf"^next:[ \t]*{b}[ \t]*$", f"next: {NEW_BEAT}", text, flags=re.M)
    text = re.sub(rf"^([ \t]+(?:-[ \t]+)?beat:[ \t]*){b}[ \t]*$", rf"\g<1>{NEW_BEAT}", text, flags=re.M)
    assert n_next == 1, f"{files[k].name}: its next: line is not where the README says"
    files[k].write_text(text, encoding="utf-8")
    # 4. nothing new to declare: no flag, counter, speaker or memory
    # 5. the new lines and options get their ids
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "strings", "ids", "--story", str(story_dir)],
                          cwd=story_dir.parent, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return AddedBeat(before["beat"], after["beat"], beats / name)

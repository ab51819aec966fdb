"""Small stories planted in a folder, to show each texture limit failing where it should.

`plant` writes a whole story (game, characters, one memory, and the beats given as node -> steps,
each a plain YAML value as a designer writes it) and loads it the way the shipped one is loaded.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml
from story_copies import ROOT
from texture import Loaded, load

GAME = {
    "title": "Planted",
    "start": "",
    "flags": {"kept_first_face": "he still held the first face at the reboot"},
    "counters": {"temper": {"start": 0, "min": -2, "max": 2}},
    "endings": {"done": {"title": "Done"}},
}
CHARACTERS: dict[str, Any] = {"mai": {"name": "Mai"}, "7723": {"name": "7723"}, "qbot": {"name": "Q-Bot"}}
MEMORIES = {"face": {"code": "M01", "title": "Face", "picture": "a face", "weight": 2, "mood": "wonder",
                     "beat": "", "told": "You saw me.", "gone": "It goes."}}


def plant(root: Path, beats: dict[str, dict[str, list[Any]]], characters: dict[str, Any] | None = None,
          endings: dict[str, Any] | None = None) -> Loaded:
    """A story in `root/story` whose beats, in order, are `beats` (id -> node -> steps); the first
    node of each is its start, and the last beat's last node ends the game."""
    story = root / "story"
    (story / "beats").mkdir(parents=True)
    first = next(iter(beats))
    write(story / "game.yaml", {**GAME, "start": first, "endings": {**GAME["endings"], **(endings or {})}})
    write(story / "characters.yaml", {**CHARACTERS, **(characters or {})})
    write(story / "memories.yaml", {k: {**m, "beat": first} for k, m in MEMORIES.items()})
    for n, (bid, nodes) in enumerate(beats.items(), start=1):
        nodes = {k: list(v) for k, v in nodes.items()}
        if n == 1:
            nodes[next(iter(nodes))].insert(0, {"do": {"remember": "face", "set": "kept_first_face"}})
        if n == len(beats):
            nodes[list(nodes)[-1]].append({"ending": "done"})
        write(story / "beats" / f"{n:02d}_{bid}.yaml",
              {"beat": bid, "title": bid.title(), "scene": "dialogue", "start": next(iter(nodes)), "nodes": nodes})
    return load(story)


def write(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def copy_shipped(root: Path) -> Path:
    """A copy of the shipped story folder, to change one thing in it (load it with `shipped_copy`)."""
    shutil.copytree(ROOT / "story", root / "story")
    return root / "story"


def shipped_copy(story_dir: Path) -> Loaded:
    """The copy as changed, loaded with the shipped maps."""
    return load(story_dir, ROOT / "levels")


def lines(n: int, text: str = "A line.", who: str = "mai") -> list[dict[str, str]]:
    return [{who: f"{text} ({k})"} for k in range(n)]

"""A generated story of any size, for measuring how costs grow with the story (`main.py bench`).

Each generated beat is shaped like a shipped one: a run of lines, a choice that changes a counter
and a beat-local flag, an echo asking about a kept memory, a memory made, and every other beat a
nightly review. The last beat holds the reboot and the endings. Text is filler of realistic length.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

WORDS = ("the city hums under a violet sky while small robots sweep the rails and Mai counts the "
         "lights of passing trains thinking about what she will say next").split()


def _sentence(rng: random.Random, n: int = 12) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def generate_story(dest: Path, beats: int, seed: int = 1) -> Path:
    """Write a story of `beats` beats under dest/story (and an empty dest/levels); return the story dir."""
    rng = random.Random(seed)
    story = dest / "story"
    (story / "beats").mkdir(parents=True, exist_ok=True)
    (dest / "levels").mkdir(exist_ok=True)
    memories = {}
    for i in range(beats):
        memories[f"mem{i:03d}"] = {"code": f"G{i:03d}", "title": f"Memory {i}", "picture": _sentence(rng, 8),
                                   "weight": 1 + i % 5, "mood": "wonder", "beat": f"b{i:03d}"}
    game = {
        "title": f"Generated ({beats} beats)",
        "start": "b000",
        "core": {"capacity": 8, "weapons": 3},
        "flags": {f"local{i}": "a beat-local decision" for i in range(2)},
        "counters": {"mood": {"start": 0, "about": "Mai's mood"}},
        "endings": {"let_go": {"title": "Let Go", "text": _sentence(rng)},
                    "retold": {"title": "Retold", "text": _sentence(rng)},
                    "hold_on": {"title": "Hold On", "text": _sentence(rng), "rewind": f"b{beats - 1:03d}.final"}},
    }
    characters = {"mai": {"name": "Mai", "color": "#ff48a0", "faces": ["neutral"]},
                  "7723": {"name": "7723", "color": "#3c82e6", "faces": ["neutral"]}}
    dump = {"allow_unicode": True, "sort_keys": False, "width": 200}
    (story / "game.yaml").write_text(yaml.safe_dump(game, **dump), encoding="utf-8")
    (story / "characters.yaml").write_text(yaml.safe_dump(characters, **dump), encoding="utf-8")
    (story / "memories.yaml").write_text(yaml.safe_dump(memories, **dump), encoding="utf-8")
    for i in range(beats):
        bid = f"b{i:03d}"
        lines = [{rng.choice(["mai", "7723"]): _sentence(rng)} if k % 3 else _sentence(rng) for k in range(24)]
        flag = f"local{i % 2}"
        nodes: dict = {
            "start": [
                *lines[:12],
                {"choice": [
                    {"text": "Talk it through.", "do": {"mood": "= 1", "set": flag}, "then": lines[12:15]},
                    {"text": "Hit something.", "do": {"mood": "= -1"}, "then": lines[15:18]},
                    {"text": "Say nothing.", "goto": "quiet"},
                ]},
                {"if": f"flags.{flag}", "then": [{"mai": _sentence(rng)}], "else": [{"7723": _sentence(rng)}]},
                {"do": {"unset": flag}},
                *lines[18:],
            ],
            "quiet": [_sentence(rng), {"goto": "after"}],
            "after": [{"mai": _sentence(rng)}, {"goto": "end"}],
            "end": [{"do": {"remember": f"mem{i:03d}"}}],
        }
        nodes["start"].append({"goto": "end"})
        if i > 0:
            nodes["start"].insert(1, {"7723": _sentence(rng), "if": f"remembers(mem{i - 1:03d})"})
        if i % 2 == 1 or i == beats - 1:
            nodes["end"].append({"review": f"Night {i}"})
        if i == beats - 1:
            nodes["end"].append({"goto": "final"})
            nodes["final"] = [{"choice": [{"text": "Let go.", "goto": "letgo"}, {"text": "Hold on.", "goto": "holdon"}]}]
            nodes["letgo"] = [{"reboot": "Farewell"}, {"ending": "retold", "if": "mood >= 1"}, {"ending": "let_go"}]
            nodes["holdon"] = [{"ending": "hold_on"}]
        beat = {"beat": bid, "title": f"Beat {i}", "scene": "dialogue", "start": "start", "nodes": nodes}
        (story / "beats" / f"{i:03d}_{bid}.yaml").write_text(yaml.safe_dump(beat, **dump), encoding="utf-8")
    return story

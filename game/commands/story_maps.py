"""What the story asks of its maps, for the map checks `validate` runs beside the story's.

Two things: the nodes of the beats set on each map (a spot object must start one of them), and
the spots each beat's explore steps offer (each needs a spot object on the beat's map, or the
player can only reach it from the "Elsewhere" menu). Read from the compiled story when it compiles,
and from the files as written when it does not, so a broken story never hides a broken map.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.story.compiler.context import Context
from game.story.compiler.sources import read_sources
from game.story.story import ExploreI, Story


@dataclass
class MapNeeds:
    """Per map: the nodes of the beats set there, and the explored nodes that need a spot object."""

    nodes: dict[str, set[str]] | None = field(default_factory=dict)  # None: a beat file could not be read
    spots: dict[str, dict[str, str]] = field(default_factory=dict)  # map -> node -> where it is offered

    def need(self, map_name: str, node: str, beat: str, offered_in: str, where: str) -> None:
        self.spots.setdefault(map_name, {}).setdefault(
            node, f"beat '{beat}' offers to explore from node '{offered_in}' ({where})")


def from_story(story: Story) -> MapNeeds:
    needs = MapNeeds()
    assert needs.nodes is not None
    for beat in story.beats.values():
        if not beat.map:
            continue
        needs.nodes.setdefault(beat.map, set()).update(beat.nodes)
        for name, node in beat.nodes.items():
            for ins in node.code:
                if isinstance(ins, ExploreI):
                    for spot in ins.spots:
                        needs.need(beat.map, spot.node, beat.id, name, f"{beat.file}:{node.line}")
    return needs


def from_files(story_dir: Path, base: Path) -> MapNeeds:
    """The same, read from beat files as written (the story has errors, so it did not compile).

    A beat file that cannot be read could be set on any map, so then no map's spot objects are
    checked against the story's nodes; what the readable beats' explore steps need still is."""
    needs = MapNeeds()
    unsure: set[str] = set()  # maps whose beats' nodes are not all known
    for source in read_sources(Context(), story_dir, base).beats:
        f = source.file
        root = f.root if f is not None else None
        if not isinstance(root, dict):
            needs.nodes = None
            continue
        map_name, nodes = root.get("map"), root.get("nodes")
        if not isinstance(map_name, str):
            continue
        if not isinstance(nodes, dict):
            unsure.add(map_name)
            continue
        if needs.nodes is not None:
            needs.nodes.setdefault(map_name, set()).update(str(n) for n in nodes)
        for name, steps in nodes.items():
            # a spot naming no node of its beat is the story's error, reported there
            for node in (n for n in _explored(steps) if n in nodes):
                line = f.at(("nodes", name), key=True).line
                needs.need(map_name, node, str(root.get("beat", source.path.stem)), str(name), f"{f.shown}:{line}")
    if needs.nodes is not None:
        for map_name in unsure:
            needs.nodes.pop(map_name, None)
    return needs


def _explored(value: Any) -> Iterator[str]:
    """The `goto` of every spot of every explore step in `value`, at any depth."""
    if isinstance(value, list):
        for item in value:
            yield from _explored(item)
    elif isinstance(value, dict):
        spots = value.get("explore")
        if isinstance(spots, list):
            yield from (s["goto"] for s in spots if isinstance(s, dict) and isinstance(s.get("goto"), str))
        for item in value.values():
            yield from _explored(item)

"""Collects every picture and writes it to disk: the one list of what the game's art consists of."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from tools.art import (
    action_freeway,
    action_house,
    action_payback,
    action_stadium,
    garage_backdrop,
    logo,
    memories,
    moods,
    png,
    portraits,
    props,
    title,
    ui,
)


def pictures() -> Iterator[tuple[str, np.ndarray]]:
    """(path under assets/, RGBA pixels) for every picture, in a fixed order."""
    for name, canvas in portraits.portraits():
        yield f"portraits/{name}", canvas.rgba()
    for name, rgba in ui.pictures():
        yield f"ui/{name}", rgba
    for name, rgba in moods.pictures():
        yield f"ui/{name}", rgba
    for name, rgba in memories.pictures():
        yield f"ui/memories/{name}", rgba
    yield "title/title.png", title.draw().rgba()
    yield "title/logo.png", logo.draw().rgba()
    for piece in (action_house, action_stadium, action_freeway, action_payback):  # the set-pieces' worlds, sprites and effects
        yield from piece.pictures()
    yield from garage_backdrop.pictures()  # the garage behind the memory review, at night and at dawn
    yield from props.pictures()  # the things stage directions put on the maps


def write_layout(out: Path) -> Path:
    """assets/ui/ui.json: nine-slice corners and card regions, so code never hard-codes art sizes."""
    path = out / "ui" / "ui.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(ui.LAYOUT, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def build(out: Path, sheets: Path | None = None) -> list[Path]:
    written: list[Path] = [write_layout(out)]
    groups: dict[str, list[np.ndarray]] = {}
    for rel, rgba in pictures():
        path = out / rel
        png.save(path, rgba)
        written.append(path)
        groups.setdefault(rel.rsplit("/", 1)[0].replace("/", "_"), []).append(rgba)
    if sheets is not None:
        for group, images in groups.items():
            cols, scale = {"portraits": (4, 2), "title": (1, 2), "ui_memories": (4, 3)}.get(group, (6, 4))
            png.save(sheets / f"{group}.png", png.sheet(images, cols, scale=scale))
    return written

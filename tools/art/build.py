"""Collects every picture and writes it to disk: the one list of what the game's art consists of."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np

from tools.art import png, portraits


def pictures() -> Iterator[tuple[str, np.ndarray]]:
    """(path under assets/, RGBA pixels) for every picture, in a fixed order."""
    for name, canvas in portraits.portraits():
        yield f"portraits/{name}", canvas.rgba()


def build(out: Path, sheets: Path | None = None) -> list[Path]:
    written: list[Path] = []
    groups: dict[str, list[np.ndarray]] = {}
    for rel, rgba in pictures():
        path = out / rel
        png.save(path, rgba)
        written.append(path)
        groups.setdefault(rel.split("/")[0] if "/" in rel else "misc", []).append(rgba)
    if sheets is not None:
        for group, images in groups.items():
            cols = 4 if group == "portraits" else 8
            png.save(sheets / f"{group}.png", png.sheet(images, cols, scale=2))
    return written

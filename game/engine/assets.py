"""Every file the game reads at play time goes through here, once.

Paths are confined to the project's `assets/` and `levels/` folders (a story or map that names
`../../etc/passwd` gets a clear refusal), each file is loaded once and cached, and a missing or broken
file becomes an `AssetError` naming it, which the caller turns into a drawn fallback, never a
traceback in front of the player.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

import pygame

from game.paths import data_root

log = logging.getLogger(__name__)

PROJECT = data_root()  # the checkout, or the data installed with the package
FOLDERS = ("assets", "levels")


class AssetError(Exception):
    """A file the game needs is missing, unreadable or outside the project's folders."""


class Assets:
    """Loads images, JSON and sounds from the project's asset folders, each once."""

    def __init__(self, root: Path = PROJECT, levels: Path | None = None) -> None:
        self.root = root.resolve()
        # maps live beside the story being played (a test story brings its own levels/)
        self.folders = {"assets": self.root / "assets", "levels": (levels or self.root / "levels").resolve()}
        self._images: dict[tuple[str, bool], pygame.Surface] = {}
        self._fallbacks: dict[str, pygame.Surface] = {}
        self._json: dict[str, Any] = {}
        self._made: dict[str, Any] = {}  # things worked out from the files (the map of exits)
        self.missing: set[str] = set()  # shown once in the log, so artists see what is still to draw

    # --- paths --------------------------------------------------------------------------------

    def path(self, rel: str, folder: str = "assets") -> Path:
        """The absolute path of `folder/rel`, refusing anything that would leave that folder."""
        if folder not in FOLDERS:
            raise AssetError(f"{folder}/ is not an asset folder")
        pure = PurePosixPath(rel.replace("\\", "/"))
        if pure.is_absolute() or ".." in pure.parts or (pure.parts and ":" in pure.parts[0]):
            raise AssetError(f"{folder}/{rel}: a path must stay inside {folder}/")
        base = self.folders[folder].resolve()
        full = (base / pure).resolve()
        if not full.is_relative_to(base):
            raise AssetError(f"{folder}/{rel}: a path must stay inside {folder}/")
        return full

    def exists(self, rel: str, folder: str = "assets") -> bool:
        try:
            return self.path(rel, folder).is_file()
        except AssetError:
            return False

    def _note_missing(self, name: str, why: str) -> None:
        if name not in self.missing:
            self.missing.add(name)
            log.info("%s: %s (using a stand-in)", name, why)

    def note_stand_in(self, name: str, why: str) -> None:
        """Something other than a picture stands in for a missing file (a synthesised sound): log it once."""
        self._note_missing(name, why)

    # --- images -------------------------------------------------------------------------------

    def image(self, rel: str, alpha: bool = True) -> pygame.Surface:
        """The image at assets/rel, converted for fast blitting. Raises AssetError naming the file."""
        key = (rel, alpha)
        cached = self._images.get(key)
        if cached is not None:
            return cached
        path = self.path(rel)
        if not path.is_file():
            raise AssetError(f"assets/{rel} is missing")
        try:
            surf = pygame.image.load(str(path))
        except (pygame.error, OSError, ValueError) as exc:
            raise AssetError(f"assets/{rel} cannot be read as an image: {exc}") from None
        if pygame.display.get_surface() is not None:
            surf = surf.convert_alpha() if alpha else surf.convert()
        self._images[key] = surf
        return surf

    def image_or(self, rel: str, fallback: Callable[[], pygame.Surface], alpha: bool = True) -> pygame.Surface:
        """The image, or a drawn stand-in while the file is missing or broken (made once)."""
        try:
            return self.image(rel, alpha)
        except AssetError as exc:
            self._note_missing(f"assets/{rel}", str(exc))
            surf = self._fallbacks.get(rel)
            if surf is None:
                surf = self._fallbacks[rel] = fallback()
            return surf

    def has_image(self, rel: str) -> bool:
        return (rel, True) in self._images or (rel, False) in self._images or self.exists(rel)

    # --- data ---------------------------------------------------------------------------------

    def json(self, rel: str, folder: str = "assets") -> Any:
        key = f"{folder}/{rel}"
        if key in self._json:
            return self._json[key]
        path = self.path(rel, folder)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise AssetError(f"{key} is missing") from None
        except (OSError, ValueError) as exc:
            raise AssetError(f"{key} cannot be read: {exc}") from None
        self._json[key] = data
        return data

    def sound(self, rel: str) -> pygame.mixer.Sound | None:
        """A sound, or None if it is missing or the mixer is off (the game plays on silently)."""
        try:
            path = self.path(rel)
        except AssetError:
            return None
        if not path.is_file() or not pygame.mixer.get_init():
            return None
        try:
            return pygame.mixer.Sound(str(path))
        except (pygame.error, OSError) as exc:
            self._note_missing(f"assets/{rel}", str(exc))
            return None

    def made(self, key: str, make: Callable[[], Any]) -> Any:
        """`make()`, worked out once and kept until the assets are cleared."""
        if key not in self._made:
            self._made[key] = make()
        return self._made[key]

    def clear(self) -> None:
        """Forget everything loaded (after the window mode changes, or for a hot reload)."""
        self._images.clear()
        self._fallbacks.clear()
        self._json.clear()
        self._made.clear()

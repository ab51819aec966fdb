"""The player's settings: JSON in the platform's user config folder, never lost to a bad file.

A settings file that cannot be read falls back to the defaults and says why (`Settings.problem`);
it is only overwritten when the player changes something. Writes are atomic, like saves.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "nextgen-memory-core"
FILE_NAME = "settings.json"
FORMAT = 1

ACTIONS = ("confirm", "back", "up", "down", "left", "right", "menu", "log", "skip")

DEFAULT_KEYS: dict[str, list[str]] = {
    "confirm": ["return", "space", "z", "enter"],
    "back": ["escape", "x", "backspace"],
    "up": ["up", "w"],
    "down": ["down", "s"],
    "left": ["left", "a"],
    "right": ["right", "d"],
    "menu": ["tab", "p"],
    "log": ["l", "h"],
    "skip": ["left ctrl", "right ctrl"],
}

TEXT_SPEEDS = {"slow": 30.0, "normal": 60.0, "fast": 120.0, "instant": 0.0}  # characters per second


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    """Everything the player can change in the settings screen."""

    music_volume: float = 0.7
    sound_volume: float = 0.8
    text_speed: str = "normal"
    window_scale: int = 2
    fullscreen: bool = False
    large_text: bool = False
    keys: dict[str, list[str]] = field(default_factory=lambda: {a: list(k) for a, k in DEFAULT_KEYS.items()})
    path: Path | None = field(default=None, repr=False, compare=False)
    problem: str | None = field(default=None, repr=False, compare=False)

    @property
    def chars_per_second(self) -> float:
        return TEXT_SPEEDS.get(self.text_speed, TEXT_SPEEDS["normal"])

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("path")
        d.pop("problem")
        return {"format": FORMAT, **d}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Settings:
        """Take what is valid, keep defaults for the rest: an old or hand-edited file still loads."""
        s = cls()
        names = {f.name for f in fields(cls)} - {"path", "problem", "keys"}
        for name in names:
            if name not in d:
                continue
            default = getattr(s, name)
            value = d[name]
            if isinstance(default, bool):
                if isinstance(value, bool):
                    setattr(s, name, value)
            elif isinstance(default, float):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    setattr(s, name, min(1.0, max(0.0, float(value))))
            elif isinstance(default, int):
                if isinstance(value, int) and not isinstance(value, bool):
                    setattr(s, name, min(6, max(1, value)))
            elif isinstance(default, str):
                if isinstance(value, str) and (name != "text_speed" or value in TEXT_SPEEDS):
                    setattr(s, name, value)
        keys = d.get("keys")
        if isinstance(keys, dict):
            for action in ACTIONS:
                names_ = keys.get(action)
                if isinstance(names_, list) and all(isinstance(n, str) for n in names_) and names_:
                    s.keys[action] = list(names_)
        return s

    @classmethod
    def load(cls, directory: Path | None = None) -> Settings:
        """Settings from `directory` (default: the user config folder); defaults if absent or broken."""
        path = (directory or config_dir()) / FILE_NAME
        s = cls()
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            s.path = path
            return s
        except OSError as exc:
            s.path, s.problem = path, f"could not read {path}: {exc.strerror or exc}"
            return s
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            s.path, s.problem = path, f"{path} is not valid settings ({exc}); using the defaults"
            return s
        s = cls.from_dict(data)
        s.path = path
        return s

    def save(self) -> str | None:
        """Write atomically; returns a message instead of raising if the disk refuses."""
        if self.path is None:
            self.path = config_dir() / FILE_NAME
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(self.to_dict(), f, indent=2)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            return f"could not save settings: {exc.strerror or exc}"
        self.problem = None
        return None

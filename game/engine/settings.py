"""The player's settings: JSON in the platform's user config folder, never lost to a bad file.

A settings file that cannot be read falls back to the defaults and says why (`Settings.problem`),
and is renamed aside so the player's first change cannot write over it. Writes are atomic and keep
the previous file as `settings.json.bak`, like saves.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from game import safefile

APP_NAME = "nextgen-memory-core"
FILE_NAME = "settings.json"
FORMAT = 1
MAX_BYTES = 1024 * 1024  # a settings file is a few hundred bytes
MAX_KEYS = 16  # key names bound to one action

ACTIONS = ("confirm", "back", "up", "down", "left", "right", "menu", "log", "skip", "quicksave", "quickload",
           "voice", "rewind", "forward", "fastforward", "auto")

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
    "quicksave": ["f5"],
    "quickload": ["f9"],
    "voice": ["v"],  # self-voicing on and off, the key players know from other visual novels
    "rewind": ["page up"],  # back through what was said (the mouse wheel up too), as in Ren'Py
    "forward": ["page down"],
    "fastforward": ["f"],  # skip on until something new: unseen text, a choice, a review, a menu
    "auto": ["o"],  # auto-advance on and off ("a" walks left)
}

# A pad's buttons by SDL's game-controller names, bound like keys (one button does one thing).
PAD_BUTTON_NAMES = ("a", "b", "x", "y", "back", "start", "leftshoulder", "rightshoulder", "leftstick",
                    "rightstick", "dpup", "dpdown", "dpleft", "dpright")

DEFAULT_PAD: dict[str, list[str]] = {
    "confirm": ["a"],
    "back": ["b"],
    "up": ["dpup"],
    "down": ["dpdown"],
    "left": ["dpleft"],
    "right": ["dpright"],
    "menu": ["start"],
    "log": ["y", "back"],
    "skip": ["x"],
    "rewind": ["leftshoulder"],
    "forward": ["rightshoulder"],
}

TEXT_SPEEDS = {"slow": 30.0, "normal": 60.0, "fast": 120.0, "instant": 0.0}  # characters per second
AUTO_SPEEDS = {"slow": (0.08, 3.0), "normal": (0.05, 2.0), "fast": (0.03, 1.0)}  # (s per character, at least s)
TEXT_SIZES = {"small": 0.85, "normal": 1.0, "large": 1.25, "huge": 1.5}  # times the designed size
FONTS = ("default", "legible", "dyslexic")  # pygame's own, Atkinson Hyperlegible, OpenDyslexic (fonts.py)
TEXT_COLOURS = ("standard", "cream", "yellow", "soft")  # the colour of body text (theme.TEXT_COLOURS)
BOX_POSITIONS = ("bottom", "top")  # where the dialogue box sits
CHOICES: dict[str, tuple[str, ...]] = {"text_speed": tuple(TEXT_SPEEDS), "text_size": tuple(TEXT_SIZES),
                                       "font": FONTS, "auto_speed": tuple(AUTO_SPEEDS),
                                       "text_colour": TEXT_COLOURS, "box_position": BOX_POSITIONS}  # a string setting takes only one of its values
DIFFICULTIES = ("story", "normal")  # action set-pieces: "story" cannot be lost, "normal" can
GAME_SPEEDS = {"50%": 0.5, "75%": 0.75, "100%": 1.0}  # how fast action set-pieces run
STEERINGS = {"gentle": 0.5, "steady": 0.75, "full": 1.0}  # how far a held key or stick moves at once
CHOICES.update(difficulty=DIFFICULTIES, game_speed=tuple(GAME_SPEEDS), steering=tuple(STEERINGS))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    """Everything the player can change in the settings screen."""

    music_volume: float = 0.7
    sound_volume: float = 0.8  # the effects: menus, footsteps, doors, bleeps
    voices_volume: float = 0.8  # the characters' talking tones (a file without it takes sound_volume)
    captions: bool = False  # a short caption in a corner for sounds that carry meaning
    text_speed: str = "normal"
    window_scale: int = 2
    fullscreen: bool = False
    large_text: bool = False
    text_size: str = "normal"
    font: str = "default"
    box_opacity: float = 1.0  # of the dialogue box and panels: 1.0 as drawn (high contrast keeps them opaque)
    reduce_motion: bool = False  # no shake, slow pans, fades instead of flashes
    self_voicing: bool = False  # read lines, choices, cards and menus aloud (speech.py)
    skip_unseen: bool = False  # skipping passes text never read before too (else it stops there)
    auto_speed: str = "normal"  # how long auto-advance waits after a line (AUTO_SPEEDS)
    text_colour: str = "standard"  # body text in white, cream, yellow or a softer grey (TEXT_COLOURS)
    box_position: str = "bottom"  # the dialogue box at the bottom of the screen or the top
    tips: bool = True  # a short card on how a screen works, the first time it comes up
    tips_seen: list[str] = field(default_factory=list)  # the screens whose card has been shown
    difficulty: str = "story"  # action set-pieces: "story" (cannot be lost) or "normal" (DIFFICULTIES)
    game_speed: str = "100%"  # action set-pieces run at this pace (GAME_SPEEDS)
    steering: str = "full"  # how sensitive movement in a set-piece is to a held key or stick (STEERINGS)
    story_plays: bool = False  # "let the story play it": action set-pieces play themselves
    keys: dict[str, list[str]] = field(default_factory=lambda: {a: list(k) for a, k in DEFAULT_KEYS.items()})
    pad: dict[str, list[str]] = field(default_factory=lambda: {a: list(DEFAULT_PAD.get(a, [])) for a in ACTIONS})
    path: Path | None = field(default=None, repr=False, compare=False)
    problem: str | None = field(default=None, repr=False, compare=False)

    @property
    def chars_per_second(self) -> float:
        return TEXT_SPEEDS.get(self.text_speed, TEXT_SPEEDS["normal"])

    def auto_delay(self, chars: int) -> float:
        """Seconds auto-advance waits after a line of `chars` characters is shown whole."""
        per_char, least = AUTO_SPEEDS.get(self.auto_speed, AUTO_SPEEDS["normal"])
        return max(least, chars * per_char)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("path")
        d.pop("problem")
        return {"format": FORMAT, **d}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Settings:
        """Take what is valid, keep defaults for the rest: an old or hand-edited file still loads."""
        s = cls()
        names = {f.name for f in fields(cls)} - {"path", "problem", "keys", "pad", "tips_seen"}
        for name in names:
            if name not in d:
                continue
            default = getattr(s, name)
            value = d[name]
            if isinstance(default, bool):
                if isinstance(value, bool):
                    setattr(s, name, value)
            elif isinstance(default, float):
                if isinstance(value, int | float) and not isinstance(value, bool) and -1e9 < value < 1e9:
                    setattr(s, name, min(1.0, max(0.0, float(value))))
            elif isinstance(default, int):
                if isinstance(value, int) and not isinstance(value, bool):
                    setattr(s, name, min(6, max(1, value)))
            elif isinstance(default, str):
                if isinstance(value, str) and value in CHOICES.get(name, (value,)):
                    setattr(s, name, value)
        keys = d.get("keys")
        if isinstance(keys, dict):
            for action in ACTIONS:
                names_ = keys.get(action)
                if (isinstance(names_, list) and 0 < len(names_) <= MAX_KEYS
                        and all(isinstance(n, str) and 0 < len(n) <= 40 for n in names_)):
                    s.keys[action] = list(names_)
        _take_pad(s.pad, d.get("pad"))
        if "voices_volume" not in d:
            s.voices_volume = s.sound_volume  # a file from before voices had a volume of their own
        s.tips_seen = _names(d.get("tips_seen"))
        return s

    @classmethod
    def load(cls, directory: Path | None = None) -> Settings:
        """Settings from `directory` (default: the user config folder); defaults if absent or broken.

        A file that cannot be read as settings is renamed aside (`settings.broken-<date>.json`), so
        the first change the player makes cannot write over it; `problem` says so in one sentence."""
        path = (directory or config_dir()) / FILE_NAME
        s = cls()
        s.path = path
        try:
            raw = safefile.read_limited(path, MAX_BYTES)
        except FileNotFoundError:
            return s
        except safefile.TooLarge:
            s.problem = _set_aside(path, "too large to be settings")
            return s
        except OSError as exc:
            s.problem = f"could not read {path}: {exc.strerror or exc}; using the defaults"
            return s
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except RecursionError:
            s.problem = _set_aside(path, "nested too deeply")
            return s
        except ValueError as exc:  # not UTF-8, not JSON, not an object
            s.problem = _set_aside(path, str(exc))
            return s
        s = cls.from_dict(data)
        s.path = path
        return s

    def save(self) -> str | None:
        """Write atomically, the previous file kept as `.bak`; a message instead of raising."""
        if self.path is None:
            self.path = config_dir() / FILE_NAME
        try:
            data = json.dumps(self.to_dict(), indent=2).encode("utf-8")
            safefile.write_atomic(self.path, data, keep=True)
        except OSError as exc:
            return f"could not save settings: {exc.strerror or exc}"
        self.problem = None
        return None


def _names(raw: object) -> list[str]:
    """A short list of short names from `raw`, or none: anything else in it is left out."""
    if not isinstance(raw, list):
        return []
    return [n for n in raw if isinstance(n, str) and 0 < len(n) <= 40][:MAX_KEYS * 2]


def _take_pad(pad: dict[str, list[str]], raw: object) -> None:
    """Each action's pad buttons from `raw` if they are a short list of known button names (an
    action may have none); any other value leaves that action's default."""
    if not isinstance(raw, dict):
        return
    for action in ACTIONS:
        names = raw.get(action)
        if (isinstance(names, list) and len(names) <= MAX_KEYS
                and all(isinstance(n, str) and n in PAD_BUTTON_NAMES for n in names)):
            pad[action] = list(dict.fromkeys(names))


def _set_aside(path: Path, why: str) -> str:
    """Rename a settings file that cannot be used out of the way; the sentence for the title."""
    why = why if len(why) <= 120 else why[:117] + "..."
    try:
        kept = safefile.set_aside(path)
    except OSError as exc:
        return (f"{path} is not valid settings ({why}) and could not be moved aside ({exc.strerror or exc}); "
                "using the defaults")
    return f"{path} is not valid settings ({why}); it is kept as {kept.name} and the defaults are used"

"""The settings rows for action set-pieces: difficulty, game speed and "let the story play it".

Kept here so the settings screen needs only a line to show them; every change applies at once,
also to a set-piece paused underneath (it reads the settings each frame)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine.settings import DIFFICULTIES, GAME_SPEEDS, STEERINGS
from game.engine.ui import MenuItem

if TYPE_CHECKING:
    from game.engine.settings import Settings

DIFFICULTY_NAMES = {"story": "Story (cannot be lost)", "normal": "Normal"}
SPEEDS = tuple(GAME_SPEEDS)
STEERING_NAMES = {"gentle": "Gentle (half)", "steady": "Steady (three quarters)", "full": "Full"}


def rows(s: Settings) -> list[MenuItem]:
    """The menu rows, with what each is set to now."""
    return [
        MenuItem("Action difficulty", "difficulty", detail=DIFFICULTY_NAMES.get(s.difficulty, s.difficulty)),
        MenuItem("Action game speed", "game_speed", detail=s.game_speed),
        MenuItem("Action steering", "steering", detail=STEERING_NAMES.get(s.steering, s.steering)),
        MenuItem("Let the story play actions", "story_plays", detail="On" if s.story_plays else "Off"),
    ]


def adjust(s: Settings, value: str, step: int) -> bool:
    """Change one of these settings by `step`; False for any other setting."""
    if value == "difficulty":
        s.difficulty = DIFFICULTIES[(DIFFICULTIES.index(s.difficulty) + step) % len(DIFFICULTIES)]
    elif value == "game_speed":
        s.game_speed = SPEEDS[(SPEEDS.index(s.game_speed) + step) % len(SPEEDS)]
    elif value == "steering":
        ways = tuple(STEERINGS)
        s.steering = ways[(ways.index(s.steering) + step) % len(ways)]
    elif value == "story_plays":
        s.story_plays = not s.story_plays
    else:
        return False
    return True

"""The one object every scene receives: window, assets, input, settings, audio, story, saves.

Passing this in (instead of module globals) is what lets a test build a scene with a fake window or
a tiny story, as Tuxemon learned when it removed its global session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .assets import Assets
from .audio import Audio
from .input import InputMap
from .settings import TEXT_SIZES, Settings
from .stack import SceneStack
from .text import TextRenderer
from .theme import Theme

if TYPE_CHECKING:
    from .window import Window


@dataclass
class Toast:
    text: str
    time: float = 2.5


@dataclass
class Context:
    window: Window
    assets: Assets
    input: InputMap
    settings: Settings
    audio: Audio
    text: TextRenderer
    scenes: SceneStack
    story_dir: Path
    story: Any = None  # game.story.story.Story once loaded
    session: Any = None  # game.story.session.PlaySession while a game is being played
    saves: Any = None  # game.story.saves.SaveStore
    flow: Any = None  # the way between the title and the game (game.scenes.flow.Flow), for the menus
    seed: int = 0
    app: Any = None  # the running App (thumbnails for saves)
    loader: Any = None  # the story loading behind the title screen, until it is done
    status: int = 0  # the exit code to report (1: the story has errors)
    problems: list[str] = field(default_factory=list)  # shown on the title screen, never as tracebacks
    toasts: list[Toast] = field(default_factory=list)
    # actions that work over any scene in play (quick save and load); each says whether it acted
    shortcuts: dict[str, Callable[[], bool]] = field(default_factory=dict)
    voice: Any = None  # self-voicing (game.engine.speech.Voice)
    walked: bool = False  # the player has walked this session: the walking hint has done its job
    quit_requested: bool = False

    @property
    def theme(self) -> Theme:
        s = self.settings
        return Theme(s.large_text, TEXT_SIZES.get(s.text_size, 1.0), s.box_opacity, s.text_colour)

    def toast(self, text: str) -> None:
        """A short message in the corner ("Saved", "Could not save: disk full")."""
        self.toasts.append(Toast(text))

    def shortcut(self, action: str) -> bool:
        """Run the shortcut for `action` if there is one and it acts now (then no scene gets it)."""
        run = self.shortcuts.get(action)
        return run is not None and run()

    def quit(self) -> None:
        self.quit_requested = True

"""The menus any screen of the game can open over itself: the pause menu and the history log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .history import HistoryScene
from .pause import PauseScene

if TYPE_CHECKING:
    from game.engine.context import Context


def open_pause(ctx: Context) -> None:
    if ctx.scenes.find(PauseScene) is None:
        ctx.audio.play("confirm")
        ctx.scenes.push(PauseScene(ctx))


def open_history(ctx: Context) -> None:
    if ctx.scenes.find(HistoryScene) is None:
        ctx.scenes.push(HistoryScene(ctx))

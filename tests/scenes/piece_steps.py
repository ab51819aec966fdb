"""The first step the set-piece scene tests share: a piece's presenter pushed, past its title."""

from __future__ import annotations

from game.scenes.setpiece import INTRO, SetPieceScene
from game.story import events as ev


def start(p, event: ev.Action, cls: type) -> tuple[SetPieceScene, list]:
    """Pushes the presenter of `cls` for `event` and runs past the title; returns it and the list
    that collects its answer."""
    got: list = []
    scene = SetPieceScene(p.ctx, event, cls)
    p.ctx.scenes.push(scene, got.append)
    p.run(int(INTRO * 60) + 3)
    return scene, got

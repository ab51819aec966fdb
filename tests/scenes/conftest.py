"""A pilot for scene tests: a real window (dummy driver), real pygame events, whole frames.

Like Textual's `Pilot`, it presses keys and clicks, then lets the game run frames, so tests assert
what a player would see rather than poking scene internals.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.engine.window import App, build
from game.scenes.flow import Flow

GARDEN = Path(__file__).parent / "fixtures" / "garden" / "story"


class Pilot:
    def __init__(self, app: App) -> None:
        self.app = app
        self.ctx = app.ctx

    @property
    def rt(self):
        return self.ctx.session.runtime if self.ctx.session is not None else None

    @property
    def history(self):
        return self.ctx.session.history if self.ctx.session is not None else []

    @property
    def play(self):
        from game.scenes.play import PlayScene

        return self.ctx.scenes.find(PlayScene)

    @property
    def top(self):
        return self.ctx.scenes.top

    def names(self) -> list[str]:
        return [type(s).__name__ for s in self.ctx.scenes]

    def run(self, frames: int = 1) -> None:
        for _ in range(frames):
            self.app.frame(fixed=True)

    def press(self, key: str | int, frames: int = 2) -> None:
        code = pygame.key.key_code(key) if isinstance(key, str) else key
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0))
        self.run(1)
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode="", scancode=0))
        self.run(frames)

    def hold(self, key: str, frames: int) -> None:
        code = pygame.key.key_code(key)
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0))
        self.run(frames)
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode="", scancode=0))
        self.run(1)

    def walk(self, goals: list[tuple[int, int]], limit: int = 4000, out: bool = False) -> None:
        """Walk Mai with the arrow keys, tile by tile along the shortest way to the nearest of the
        goal tiles (round walls, people and doorways, but through the goal's own doorway when `out`),
        as a player steering her would."""
        from game.levels.grid import find_path
        from game.scenes.stage import SPEED

        stage = self.play.stage
        tm = stage.map
        path = find_path(stage.walk_grid(through=set(goals) if out else set()), tm.tile_of(stage.mai.feet.center), goals)
        assert path is not None, f"no way from {tm.tile_of(stage.mai.feet.center)} to {goals} on {tm.name}"
        step = SPEED / 60 + 0.01
        frames = 0
        for tile in path:
            target = pygame.Vector2(tm.foothold(tile))
            for axis, (neg, pos) in ((0, ("left", "right")), (1, ("up", "down"))):
                gap = target[axis] - stage.mai.pos[axis]
                if abs(gap) < step:
                    continue
                code = pygame.key.key_code(pos if gap > 0 else neg)
                pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0))
                while abs(target[axis] - stage.mai.pos[axis]) >= step:
                    before = stage.mai.pos[axis]
                    self.run(1)
                    frames += 1
                    assert frames < limit, f"walking to {goals} on {tm.name} took too long"
                    if stage.map is not tm or stage.going is not None:
                        break  # through a doorway
                    if stage.mai.pos[axis] == before and frames > 2:
                        raise AssertionError(f"Mai is stuck at {stage.mai.pos} on {tm.name} going to {tile}")
                pygame.event.post(pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode="", scancode=0))
                self.run(1)
                if stage.map is not tm or stage.going is not None:
                    return

    def window_pos(self, logical: tuple[int, int]) -> tuple[int, int]:
        x, y, _w, _h, s = self.ctx.window.viewport()
        return x + logical[0] * s + s // 2, y + logical[1] * s + s // 2

    def click(self, logical: tuple[int, int], button: int = 1, frames: int = 2) -> None:
        pos = self.window_pos(logical)
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button))
        self.run(1)
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button))
        self.run(frames)

    def pad(self, button: int, frames: int = 2) -> None:
        pygame.event.post(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=button, instance_id=0))
        self.run(1)
        pygame.event.post(pygame.event.Event(pygame.CONTROLLERBUTTONUP, button=button, instance_id=0))
        self.run(frames)

    def until(self, done: Callable[[], bool], limit: int = 900, key: str | None = None) -> None:
        """Run frames (pressing `key` every few frames if given) until `done()`; fail after `limit`."""
        for i in range(limit):
            if done():
                return
            if key is not None and i % 3 == 0:
                self.press(key, 0)
            else:
                self.run(1)
        raise AssertionError(f"gave up waiting; scenes: {self.names()}, event: {self.rt and self.rt.event}")

    def on(self, scene: str, limit: int = 600, key: str | None = None) -> None:
        self.until(lambda: type(self.top).__name__ == scene, limit, key)


@pytest.fixture
def launch(tmp_path):
    """launch(beat=None, story=GARDEN, fixed=True, warp=False) -> Pilot; the window closes after the
    test. With `fixed` False the window is a player's: sized from the settings and the desktop,
    resizable; with `warp` a beat is reached as `--beat` reaches it, with a player's state."""
    started: list[App] = []

    def start(beat: str | None = None, story: Path = GARDEN, fixed: bool = True, warp: bool = False) -> Pilot:
        app, ctx = build(story, tmp_path / "saves", 0, (1280, 720) if fixed else None, fixed=fixed,
                         settings_dir=tmp_path / "cfg", sound=False)
        ctx.settings.text_speed = "fast"
        flow = Flow(ctx, tmp_path / "saves")
        flow.blank = not warp  # a scene test starts its beat from an empty game unless it asks for the warp
        flow.boot(beat)
        started.append(app)
        return Pilot(app)

    yield start
    pygame.quit()

"""A long game in one window: the title, then each beat of the story in turn, with the sound on.

The scenes are measured one to a process (frames.py), which says what a game showing one of them
holds. A player's game runs for hours in one process, though, and keeps what it has loaded: every
picture it has shown (a few MB in all) and the last pieces of music, decoded. This part plays the
title and then warps to every beat in story order in one window, `FRAMES` frames each, so its peak
memory is what a whole game reaches.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pygame

from game.app import game_flow
from game.engine.timestep import STEP
from game.engine.window import build

from .rss import peak_mb
from .startup import SIZE

FRAMES = 240  # four seconds of each beat: its map, its people, its music decoded and playing


def part_session(story_dir: Path) -> dict[str, Any]:
    """Peak memory of one window playing the title and every beat in turn, sound on."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    with tempfile.TemporaryDirectory(prefix="nextgen-bench-") as tmp:
        app, ctx = build(Path(story_dir), Path(tmp), 0, SIZE, fixed=True, settings_dir=Path(tmp))
        flow = game_flow(Path(tmp) / "saves")(ctx)
        if flow.boot(None) != 0 or ctx.story is None:
            pygame.quit()
            return {"error": "the story does not load; run `python main.py validate`"}
        run(app, FRAMES)
        beats = list(ctx.story.beats)
        for beat in beats:
            flow.new_game(beat, fade=False)
            run(app, FRAMES)
        pygame.quit()
    return {"session_beats": len(beats), "session_frames": FRAMES * (len(beats) + 1),
            "session_peak_mb": peak_mb()}


def run(app: Any, frames: int) -> None:
    for _ in range(frames):
        app.update(STEP)
        app.draw()
        pygame.display.flip()

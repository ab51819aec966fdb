"""`main.py bench`: the game's speed and memory figures against its goals, measured, never asserted.

    run.py      the whole bench: each part in a fresh process, the table or JSON, `--record`
    logic.py    the story's figures (loading, a runtime step, a save, exploration)
    frames.py   the window's figures (each scene's frame time, map loads); scenes.py sets each scene up
    startup.py  start to the title's first frame, in one process and process by process
    drive.py    answering the story at random to reach an event

It sits above `game/engine` and `game/scenes` and may use both; neither imports it.
"""

from __future__ import annotations

from .run import run_bench

__all__ = ["run_bench"]

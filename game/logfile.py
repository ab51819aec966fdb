"""The game's log: a rotating file in the player's log folder, or in the save folder given with
`--save-dir`, so a tester can send it along with a bug report.

What goes in: the stand-in pictures and sounds used for missing files, sound that could not start,
problems the player was told about. The file is capped (three old files are kept, each at most
half a megabyte), so a long session never fills a disk.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

APP_NAME = "nextgen-memory-core"
FILE_NAME = "nextgen.log"
MAX_BYTES = 512 * 1024
KEEP = 3
LOGGER = "game"  # every module logs under game.*


def log_dir(save_dir: Path | None = None) -> Path:
    """Where the log goes: the save folder if one was given, else the platform's user log folder."""
    if save_dir is not None:
        return Path(save_dir)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def start(save_dir: Path | None = None) -> Path | None:
    """Log the game's messages to the rotating file; its path, or None if it cannot be written
    (the game plays on without a log)."""
    path = log_dir(save_dir) / FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(FILE_NAME)
    logger = logging.getLogger(LOGGER)
    stop()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def stop() -> None:
    """Close the log file (the game is over, or a test is done)."""
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if handler.get_name() == FILE_NAME:
            logger.removeHandler(handler)
            handler.close()

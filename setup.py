"""The one step of the build pyproject.toml cannot say: the story, levels and assets go into the
package as game/data/, so an installed game needs no checkout (game/paths.py finds them there).

The folders stay where designers edit them; they are copied only into the build.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA = ("story", "levels", "assets")


class BuildWithData(build_py):
    """The ordinary build of the package, then the game's data copied in beside it."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the checkout, which game/paths.py reads directly
        for name in DATA:
            target = Path(self.build_lib) / "game" / "data" / name
            shutil.rmtree(target, ignore_errors=True)  # a file deleted since the last build goes too
            shutil.copytree(HERE / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


setup(cmdclass={"build_py": BuildWithData})

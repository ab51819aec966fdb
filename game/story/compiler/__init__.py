"""Load a story folder, check everything, and compile it for the runtime.

Every problem in every file is collected (never only the first) and reported as
`path:line:col: message`. A story with errors does not compile; `load_story` returns it as None
with the full list, so `validate` can print them all and the game can refuse to start cleanly.

The work is done in passes, each in its own module: `sources` reads the files with positions,
`declarations` records what they declare, `beat` (with `steps`) compiles one beat's nodes,
`checks` looks over the whole story, and `flow` follows the beats into each other. `pipeline`
runs them in order.
"""

from __future__ import annotations

from ..yamlsrc import LDict, LList
from .pipeline import load_story

__all__ = ["load_story", "LDict", "LList"]

"""The pygame engine: loop, scene stack, input, assets, text, audio, Tiled maps. No story logic."""

from __future__ import annotations

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

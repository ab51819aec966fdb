"""Captions: a short line in the top-left corner for a sound that carries meaning ("[sirens]",
"[door slams]", "[music: quiet piano, night]"), for players who cannot hear it.

Which sounds have a caption, and its words, are data (`assets/captions.yaml`), so a writer changes
them without code. Captions are made whether or not a sound device works: a player without sound is
the one who needs them. The captions setting decides only whether they are drawn.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame
import yaml

from .theme import SMALL
from .ui import draw_panel

if TYPE_CHECKING:
    from .assets import Assets
    from .canvas import Canvas
    from .context import Context

log = logging.getLogger(__name__)

TABLE = "captions.yaml"  # under assets/
SHOWN = 2.5  # seconds a caption stays up
MOST = 3  # captions shown at once (the newest)
NUMBERED = re.compile(r"_\d+$")  # bleep_3 is captioned as bleep


@dataclass
class Caption:
    text: str
    time: float = SHOWN


class Captions:
    """The table of captions and the ones showing now."""

    def __init__(self, effects: dict[str, str] | None = None, music: dict[str, str] | None = None) -> None:
        self.effects = effects or {}
        self.music = music or {}
        self.showing: list[Caption] = []

    @classmethod
    def load(cls, assets: Assets) -> Captions:
        """The table from assets/captions.yaml; an empty one (no captions) if it cannot be read."""
        try:
            data = yaml.safe_load(assets.path(TABLE).read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001 - any fault means no captions, never a crash
            log.info("captions: %s cannot be read (%s); no captions", TABLE, exc)
            return cls()
        if not isinstance(data, dict):
            return cls()
        return cls(_strings(data.get("effects")), _strings(data.get("music")))

    def effect(self, name: str) -> str | None:
        """The caption of effect `name`, shown now; None if it has none."""
        text = self.effects.get(name) or self.effects.get(NUMBERED.sub("", name))
        return self.show(text) if text else None

    def piece(self, name: str) -> str | None:
        """The caption of a change of music to `name` ("stop" for silence)."""
        text = self.music.get(name)
        return self.show(text) if text else None

    def show(self, text: str) -> str:
        """Up again for a while (a caption already up is not stacked twice: a run of bleeps is one)."""
        for c in self.showing:
            if c.text == text:
                c.time = SHOWN
                return text
        self.showing.append(Caption(text))
        del self.showing[:-MOST]
        return text

    def update(self, dt: float) -> None:
        for c in self.showing:
            c.time -= dt
        self.showing[:] = [c for c in self.showing if c.time > 0]


def _strings(raw: object) -> dict[str, str]:
    if not isinstance(raw, dict):
        return {}
    return {str(k): str(v)[:60] for k, v in raw.items() if isinstance(v, str | int | float)}


def draw_captions(ctx: Context, canvas: Canvas) -> None:
    """The captions showing now, top left under the place's name, if the player turned them on."""
    captions = getattr(ctx.audio, "captions", None)
    if captions is None or not ctx.settings.captions or not captions.showing:
        return
    theme = ctx.theme
    y = 26
    rects = []
    for c in captions.showing:
        w, h = canvas.measure(c.text, SMALL, 220)
        r = pygame.Rect(8, y, w + 16, h + 8)
        rects.append((r, c))
        y = r.bottom + 3
    canvas.begin(rects[0][0].unionall([r for r, _ in rects]), 0)
    for r, c in rects:
        draw_panel(canvas, ctx.assets, theme, r)
        canvas.text(c.text, (r.x + 8, r.y + 4), SMALL, theme.accent, width=220)

"""The controls card: every action with the keys and pad buttons bound to it now, from the pause
menu, so a player who forgot a key, or rebound one, can look it up without leaving the game."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.input import PAD_LABELS, InputEvent
from game.engine.scene import Scene
from game.engine.settings import ACTIONS
from game.engine.theme import LARGE, SMALL
from game.engine.ui import draw_panel

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

PANEL = pygame.Rect(40, 6, 560, 348)
ROW = 15
DOES = {  # what each action does, in the player's words
    "confirm": "Go on, choose, look",
    "back": "Back, cancel",
    "up": "Walk up, move in menus",
    "down": "Walk down, move in menus",
    "left": "Walk left, change a setting",
    "right": "Walk right, change a setting",
    "menu": "This menu",
    "log": "What was said (history)",
    "skip": "Skip read lines while held",
    "quicksave": "Quick save",
    "quickload": "Quick load",
    "voice": "Self-voicing on or off",
    "rewind": "Step back through the talk",
    "forward": "Step forward again",
    "fastforward": "Skip read lines: on or off",
    "auto": "Auto-advance: on or off",
}
ALWAYS = "Mouse: click to walk, choose and go on; wheel steps through the talk.   F11: fullscreen."


def bindings(ctx: Context) -> list[tuple[str, str, str]]:
    """(what it does, its keys, its pad buttons) for every action, as bound now."""
    keys, pad = ctx.settings.keys, ctx.settings.pad
    return [(DOES.get(a, a.title()), ", ".join(k.title() for k in keys.get(a, [])) or "—",
             ", ".join(PAD_LABELS.get(b, b) for b in pad.get(a, [])) or "—") for a in ACTIONS]


class ControlsScene(Scene):
    """The card; any of back, confirm or the menu key closes it."""

    opaque = False
    holds_world = True  # the game waits while this card is open
    dim = 150
    name = "controls"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.rows = bindings(ctx)

    @property
    def rect(self) -> pygame.Rect:
        return PANEL

    def spoken(self) -> list[str]:
        return ["Controls", *(f"{does}: {keys}; pad {pad}" for does, keys, pad in self.rows), ALWAYS]

    def handle(self, e: InputEvent) -> None:
        if e.pressed and e.action in ("back", "confirm", "menu"):
            self.ctx.audio.play("back")
            self.dismiss()

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        draw_panel(canvas, self.ctx.assets, theme, PANEL)
        canvas.text("Controls", (PANEL.centerx, PANEL.y + 8), LARGE, theme.accent, anchor="midtop")
        x0, x1, x2 = PANEL.x + 16, PANEL.x + 236, PANEL.x + 440
        y = PANEL.y + 34
        for head, x in (("", x0), ("Keys", x1), ("Pad", x2)):
            canvas.text(head, (x, y), SMALL, theme.muted)
        for does, keys, pad in self.rows:
            y += ROW
            canvas.text(does, (x0, y), SMALL, theme.text, width=x1 - x0 - 8)
            canvas.text(keys, (x1, y), SMALL, theme.text, width=x2 - x1 - 8)
            canvas.text(pad, (x2, y), SMALL, theme.text, width=PANEL.right - x2 - 12)
        canvas.text(ALWAYS, (PANEL.centerx, PANEL.bottom - 40), SMALL, theme.muted, anchor="midtop",
                    width=PANEL.w - 32, align="center")
        canvas.text(f"[{self.ctx.input.describe('back')}] close   Rebind in Settings",
                    (PANEL.centerx, PANEL.bottom - 8), SMALL, theme.muted, anchor="midbottom")

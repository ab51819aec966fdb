"""Short notices in the corner ("Saved", "Could not save: disk full"), over every scene."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pygame

from .theme import SMALL
from .ui import draw_panel

if TYPE_CHECKING:
    from .canvas import Canvas
    from .context import Context


def draw_toasts(ctx: Context, canvas: Canvas) -> None:
    theme = ctx.theme
    y = 8
    rects = []
    for t in ctx.toasts[-3:]:
        w, h = canvas.measure(t.text, SMALL, 260)
        r = pygame.Rect(0, y, w + 20, h + 12)
        r.right = canvas.rect.right - 8
        rects.append((r, t))
        y = r.bottom + 4
    if not rects:
        return
    union = rects[0][0].unionall([r for r, _ in rects])
    canvas.begin(union, 0)
    for r, t in rects:
        draw_panel(canvas, ctx.assets, theme, r)
        canvas.text(t.text, (r.x + 10, r.y + 6), SMALL, theme.text, width=260)


class ToastHandler(logging.Handler):
    """Log records shown as toasts: for a designer (`--dev`), the stand-ins the game is using."""

    def __init__(self, ctx: Context, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.ctx = ctx

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.ctx.toast(record.getMessage())
        except Exception:  # noqa: BLE001 - a message that cannot be shown must not stop the game
            self.handleError(record)

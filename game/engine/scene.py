"""A scene: one screen of the game (title, map, dialogue box, memory review, pause menu...).

Scenes live on a stack (`stack.py`). Each gets the one `Context` (no globals), receives the player's
actions as `InputEvent`s, updates at a fixed 60 Hz and draws on a `Canvas`. A scene pushed with a
callback hands its result back through `dismiss(result)`, as Textual's screens do, so a "delete this
memory?" prompt returns yes or no instead of poking shared state. A scene is built of sections (the
dialogue box, the HUD, the slot meter) that each have their own rectangle, update, draw and input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from .input import InputEvent
from .section import Section

if TYPE_CHECKING:
    from .canvas import Canvas
    from .context import Context


class Scene:
    """Base class; override what you need."""

    opaque = True  # draws the whole picture: nothing below it needs drawing
    dim = 0  # an overlay darkens what is below it this much (0..255)
    holds_world = False  # a menu over the game stops the world below it; a line of dialogue does not
    name = "scene"

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.sections: list[Section] = []
        self.paused = False
        self.active = False  # on the stack
        self.time = 0.0  # seconds this scene has been updated

    # --- what the compositor needs ------------------------------------------------------------

    @property
    def rect(self) -> pygame.Rect | None:
        """The logical area an overlay's pixels cover (None: all of it, or nothing for a fade)."""
        return None

    # --- lifecycle (called by the stack) ------------------------------------------------------

    def enter(self) -> None:
        """Pushed onto the stack."""

    def pause(self) -> None:
        """Another scene was pushed on top of this one."""

    def resume(self) -> None:
        """This scene is on top again (called on the next update after the one above left)."""

    def exit(self) -> None:
        """Removed from the stack."""

    # --- per frame ----------------------------------------------------------------------------

    def add(self, section: Section) -> Section:
        self.sections.append(section)
        return section

    def handle(self, ev: InputEvent) -> None:
        """Offer the event to sections, topmost first; a modal section keeps it from those below."""
        for section in reversed(self.sections):
            if not section.enabled:
                continue
            if section.accepts(ev) and section.handle(ev):
                return
            if section.modal:
                return

    def ambient(self, dt: float) -> None:
        """Under a see-through scene that has the player's attention: keep moving a little
        (passers-by, signs), without taking input or moving the story."""

    def update(self, dt: float) -> None:
        self.time += dt
        for section in self.sections:
            if section.enabled:
                section.update(dt)

    def draw(self, canvas: Canvas) -> None:
        for section in self.sections:
            if section.visible:
                section.draw(canvas)

    def spoken(self) -> list[str]:
        """What self-voicing reads of this screen (speech.py): its sections' parts, focus last."""
        parts: list[str] = []
        for section in self.sections:
            if section.visible:
                parts += section.spoken()
        return parts

    # --- leaving ------------------------------------------------------------------------------

    def dismiss(self, result: Any = None) -> None:
        """Leave the stack, handing `result` to whoever pushed this scene."""
        if self.active:
            self.ctx.scenes.pop(self, result)

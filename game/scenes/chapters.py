"""Chapters: play again any beat already reached, as practice that cannot touch the saves.

The beat is reached the way the designer's warp reaches it (`game.story.warp`: the story played
headless to the beat's start, so the core, the bond and the flags are those of a player arriving
there), and the session has no save store: no autosave is written, the Continue game and the slots
stay as they were, and a Game Over only starts the practice again. A beat counts as reached when a
save (any slot, or the autosave) is at it or further on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.scene import Scene
from game.engine.theme import LARGE, SMALL
from game.engine.ui import Menu, MenuItem, draw_panel
from game.story.warp import begin_at

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

PANEL = pygame.Rect(150, 30, 340, 300)
PRACTICE = "Practice: nothing here is saved, and your game is kept as it was."


def reached(ctx: Context) -> list[str]:
    """The beats, in story order, up to the furthest one any save is at."""
    story = ctx.story
    if story is None or ctx.saves is None:
        return []
    numbers = [story.beats[s.beat].number for s in ctx.saves.slots() if s.error is None and s.beat in story.beats]
    furthest = max(numbers, default=0)
    return [b.id for b in story.beats.values() if b.number <= furthest]


def practise(ctx: Context, beat: str) -> None:
    """Start `beat` as practice: warped there, with no save store."""
    session = begin_at(ctx.story, None, beat, ctx.seed)
    session.notices.append(PRACTICE)
    ctx.flow.start(session)


class ChaptersScene(Scene):
    """The beats reached so far; choosing one starts it as practice."""

    opaque = False
    holds_world = True
    dim = 150
    name = "chapters"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        story = ctx.story
        items = [MenuItem(f"{story.beats[b].number}. {story.beats[b].title}", b) for b in reached(ctx)]
        self.menu = self.add(Menu(PANEL.inflate(-32, -84).move(0, 8), [*items, MenuItem("Back", None)], self.pick,
                                  on_back=self.close, on_move=lambda: ctx.audio.play("move"), row=24))

    @property
    def rect(self) -> pygame.Rect:
        return PANEL

    def spoken(self) -> list[str]:
        return ["Chapters", PRACTICE, *super().spoken()]

    def pick(self, item: MenuItem) -> None:
        if item.value is None:
            self.close()
            return
        self.ctx.audio.play("confirm")
        practise(self.ctx, item.value)

    def close(self) -> None:
        self.ctx.audio.play("back")
        self.dismiss()

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        draw_panel(canvas, self.ctx.assets, theme, PANEL)
        canvas.text("Chapters", (PANEL.centerx, PANEL.y + 12), LARGE, theme.accent, anchor="midtop")
        canvas.text(PRACTICE, (PANEL.centerx, PANEL.bottom - 10), SMALL, theme.muted, anchor="midbottom",
                    width=PANEL.w - 32, align="center")
        self.menu.draw_items(canvas, self.ctx.assets, theme)

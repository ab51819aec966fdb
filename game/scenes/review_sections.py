"""The review screen's two sections: the row of memory cards and the buttons that end the night.

They hold where the focus is inside them and draw themselves; what a mark costs and what ending the
night means stay with `ReviewScene`, which both ask through `scene`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.engine.input import POINT, InputEvent
from game.engine.section import Section
from game.engine.theme import BODY, PALETTE, SMALL
from game.engine.ui import draw_panel

from .cards import CARD

if TYPE_CHECKING:
    from game.engine.canvas import Canvas

    from .review import ReviewScene

ROW_Y = 90
SPACING = 120
VISIBLE = 5
DISSOLVE = 1.4  # a deletion: the marked cards come apart and their slots drain,
STILL = 0.8  # then a beat of stillness with the gaps where they were,
DARKEN = 0.6  # then the review goes dark and the night's map fades back in
COMMIT_TIME = DISSOLVE + STILL + DARKEN
BUTTONS = pygame.Rect(16, 306, 608, 40)


class CardRow(Section):
    """The carousel of memory cards; left/right to move, confirm to mark or unmark."""

    def __init__(self, scene: ReviewScene) -> None:
        super().__init__((16, ROW_Y - 16, 608, CARD[1] + 32))
        self.scene = scene
        self.index = 0
        self.scroll = 0

    def card_pos(self, i: int) -> tuple[int, int]:
        n = min(VISIBLE, len(self.scene.cards))
        left = 320 - (n * SPACING - 8) // 2
        return left + (i - self.scroll) * SPACING, ROW_Y

    def at(self, pos: tuple[int, int]) -> int | None:
        for i in range(self.scroll, min(len(self.scene.cards), self.scroll + VISIBLE)):
            if pygame.Rect(self.card_pos(i), CARD).collidepoint(pos):
                return i
        return None

    def spoken(self) -> list[str]:
        s = self.scene
        if s.focus != "cards" or not s.cards:
            return []
        card = s.cards[min(self.index, len(s.cards) - 1)]
        state = "marked to delete" if card.id in s.marked else "new today" if card.new else "kept"
        return [f"Memory {self.index + 1} of {len(s.cards)}: {card.title}. {card.picture} "
                f"Weight {card.weight}, {state}."]

    def move(self, step: int) -> None:
        n = len(self.scene.cards)
        if not n:
            return
        self.index = max(0, min(n - 1, self.index + step))
        if self.index < self.scroll:
            self.scroll = self.index
        elif self.index >= self.scroll + VISIBLE:
            self.scroll = self.index - VISIBLE + 1
        self.scene.ctx.audio.play("move")

    def handle(self, e: InputEvent) -> bool:
        if not e.pressed or self.scene.committing:
            return False
        if e.action == POINT and e.pos:
            i = self.at(e.pos)
            if i is not None:
                self.index = i
                self.scene.focus = "cards"
            return i is not None
        if e.action in ("left", "right"):
            self.move(-1 if e.action == "left" else 1)
            return True
        if e.action == "confirm":
            if e.source == "mouse" and e.pos:
                i = self.at(e.pos)
                if i is None:
                    return False
                self.index = i
            self.scene.toggle(self.index)
            return True
        return False

    def draw(self, canvas: Canvas) -> None:
        scene = self.scene
        art = scene.art
        t = scene.time
        for i in range(self.scroll, min(len(scene.cards), self.scroll + VISIBLE)):
            m = scene.cards[i]
            x, y = self.card_pos(i)
            focus = i == self.index and scene.focus == "cards"
            marked = m.id in scene.marked
            if focus:
                y -= 6
            flicker = 0.5 + 0.1 * math.sin(t * 3 + i * 1.7) + (0.1 if math.sin(t * 17 + i) > 0.96 else 0)
            if scene.ctx.settings.reduce_motion:
                flicker = 0.55  # a steady glow
            glow = (1.0 if focus else flicker) if not marked else 0
            going = scene.committing and marked
            if going:
                # its grey gap comes in under the memory, which comes apart square by square
                k = min(1.0, scene.commit_t / DISSOLVE)
                art.draw(canvas, m, (x, y), glow=0, marked=True, alpha=int(255 * k))
                scene.dissolve.draw(canvas.surface, m.id, art.card(m), (x, y), k, scene.ctx.settings.reduce_motion)
            else:
                art.draw(canvas, m, (x, y), glow=glow, marked=marked)
            if m.new and not marked:
                tag = pygame.Rect(x + CARD[0] - 40, y + 2, 32, 11)
                pygame.draw.rect(canvas.surface, PALETTE["neon_yellow"], tag, border_radius=2)
                canvas.text("NEW", tag.center, 9, PALETTE["ink"], anchor="center", shadow=False)
            if marked and not going:
                canvas.text("DELETE", (x + CARD[0] // 2, y + 42), BODY, scene.ctx.theme.danger, anchor="center")
                canvas.text(f"bond −{m.weight}", (x + CARD[0] // 2, y + 124), SMALL, scene.ctx.theme.warn,
                            anchor="center")
            if focus:
                pygame.draw.polygon(canvas.surface, PALETTE["neon_cyan"],
                                    [(x + 56, y + CARD[1] + 10), (x + 51, y + CARD[1] + 15), (x + 61, y + CARD[1] + 15)])
        surf = canvas.surface
        if self.scroll > 0:
            pygame.draw.polygon(surf, PALETTE["neon_cyan"], [(8, ROW_Y + 72), (16, ROW_Y + 62), (16, ROW_Y + 82)])
        if self.scroll + VISIBLE < len(scene.cards):
            pygame.draw.polygon(surf, PALETTE["neon_cyan"], [(632, ROW_Y + 72), (624, ROW_Y + 62), (624, ROW_Y + 82)])


class ReviewButtons(Section):
    """"Keep them all" (or "Delete N") and, when the day does not fit, "Keep everything"."""

    def __init__(self, scene: ReviewScene) -> None:
        super().__init__(BUTTONS)
        self.scene = scene
        self.index = 0

    def spoken(self) -> list[str]:
        buttons = self.buttons()
        if self.scene.focus != "buttons" or not buttons:
            return []
        return [buttons[min(self.index, len(buttons) - 1)][1] + ", button"]

    def buttons(self) -> list[tuple[str, str, pygame.Rect]]:
        s = self.scene
        over = s.over
        if over > 0:
            main = f"Still {over} over"
        elif s.marked:
            main = f"Delete {len(s.marked)}"
        else:
            main = "Keep them all"
        out = [("sleep", main, pygame.Rect(BUTTONS.right - 200, BUTTONS.y + 6, 200, 28))]
        if s.review.must_free > 0:
            out.append(("refuse", "Keep everything", pygame.Rect(BUTTONS.right - 360, BUTTONS.y + 6, 150, 28)))
        return out

    def handle(self, e: InputEvent) -> bool:
        if not e.pressed or self.scene.committing:
            return False
        buttons = self.buttons()
        if e.source == "mouse" and e.pos:
            for i, (_key, _label, r) in enumerate(buttons):
                if r.collidepoint(e.pos):
                    self.index = i
                    self.scene.focus = "buttons"
                    if e.action == "confirm":
                        self.scene.press(buttons[i][0])
                    return True
            return False
        if self.scene.focus != "buttons":
            return False
        if e.action in ("left", "right"):
            self.index = (self.index + (1 if e.action == "left" else -1)) % len(buttons)
            return True
        if e.action == "confirm":
            self.scene.press(buttons[min(self.index, len(buttons) - 1)][0])
            return True
        return False

    def draw(self, canvas: Canvas) -> None:
        s = self.scene
        theme = s.ctx.theme
        for i, (key, label, r) in enumerate(self.buttons()):
            focus = s.focus == "buttons" and i == min(self.index, len(self.buttons()) - 1)
            draw_panel(canvas, s.ctx.assets, theme, r, "button_focus.png" if focus else "button.png")
            color = theme.accent if focus else theme.text
            if key == "sleep" and s.over > 0:
                color = theme.warn
            canvas.text(label, r.center, BODY, color, anchor="center")
        hint = "Enter marks a memory   Down: finish" if s.focus == "cards" else "Up: back to the memories"
        canvas.text(hint, (BUTTONS.x + 4, BUTTONS.centery), SMALL, theme.muted, anchor="midleft")

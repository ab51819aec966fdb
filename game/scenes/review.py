"""The nightly memory review: the game's signature screen.

7723's memories lie in a row of glowing cards — the ones he holds, and tonight's new ones marked
NEW. Above them the slot meter shows the core, the weapons module's red cells and any overflow.
The player marks memories to delete (each costs bond equal to its weight; a marked card turns into
the grey gap it will leave), then confirms on a prompt. If the day does not fit, the review cannot
end until enough is deleted, or the player refuses and the core overflows (Game Over).
The row of cards and the buttons are sections of their own (`review_sections.py`).

It is staged in the dark garage (`garage_stage.py`): 7723 in his nest with Mai beside him, lit by
his chest, his face by the card's details answering each mark. A deletion is a held moment: the
cards come apart (`dissolve.py`), their slots drain, a beat of stillness, then the night fades back.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.engine.fade import Fade
from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.theme import BODY, LARGE, PALETTE, SMALL
from game.engine.ui import draw_panel
from game.story import answers as an
from game.story import events as ev
from game.story.views import ReviewView, letting_go

from .aftermath import Then
from .cards import CardArt
from .dialogue import Step, step_asked
from .dissolve import Dissolve
from .garage_stage import CALM, SAD, WORRIED, GarageStage
from .meter import CoreMeter
from .overlays import open_pause
from .prompt import Prompt
from .review_sections import COMMIT_TIME, DARKEN, DISSOLVE, CardRow, ReviewButtons

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

DETAIL = pygame.Rect(16, 252, 608, 52)
FACE = 48  # his portrait at the left of the card's details
RETURN = 0.8  # seconds the map takes to fade back in after a deletion


def weight_words(weight: int) -> str:
    """A memory's weight in the confirming question, in words: the window's fonts have no dots."""
    return f"(weight {weight} of 5)"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class ReviewScene(Scene):
    name = "review"

    def __init__(self, ctx: Context, review: ev.Review) -> None:
        super().__init__(ctx)
        self.art = CardArt(ctx.assets)
        self.stage = GarageStage(ctx.assets)
        self.dissolve = Dissolve()
        self.review = review
        self.cards: list[ev.MemoryCard] = [*self.review.held, *self.review.pending]
        self.marked: list[str] = []
        self.focus = "cards"
        self.committing = False
        self.refused_at = -9.0  # when the player last tried to end the night still over
        self.commit_t = 0.0
        self.meter = self.add(CoreMeter(ctx.assets, (0, 34), cell=18, gap=3))
        self.row = self.add(CardRow(self))
        self.buttons = self.add(ReviewButtons(self))
        if self.cards and self.review.pending:
            self.row.index = len(self.review.held)  # start on tonight's first new memory
            self.row.move(0)
        self._fill()

    # --- the arithmetic the player sees ------------------------------------------------------------

    @property
    def view(self) -> ReviewView:
        return ReviewView(self.review, tuple(self.marked))

    @property
    def over(self) -> int:
        return self.view.over

    def _fill(self) -> None:
        self.meter.set(self.view.fill())
        self.meter.rect.centerx = 320

    # --- actions ------------------------------------------------------------------------------

    def toggle(self, i: int) -> None:
        if not 0 <= i < len(self.cards):
            return
        m = self.cards[i]
        if m.id in self.marked:
            self.marked.remove(m.id)
            self.ctx.audio.play("unmark")
        else:
            self.marked.append(m.id)
            self.ctx.audio.play("mark")
            self.ctx.audio.duck(0.9)  # the music steps back while a memory is marked for deletion
        self._fill()

    def press(self, key: str) -> None:
        ctx = self.ctx
        if key == "refuse":
            ctx.scenes.push(Prompt(ctx, "Keep every memory? The core cannot hold them all: it will overflow, "
                                        "and 7723 will reset.", "Keep everything", "Go back", danger=True),
                            self._refuse)
            return
        if self.over > 0:
            ctx.audio.play("overflow")  # the button and the line above say how many more to mark
            self.refused_at = self.time
            return
        if not self.marked:
            self.commit()
            return
        gone = [m for m in self.cards if m.id in self.marked]
        question = (f"{letting_go(gone, weight_words)} Let {'it' if len(gone) == 1 else 'them'} go for ever? "
                    "A deleted memory never comes back.")
        ctx.scenes.push(Prompt(ctx, question, "Delete", "Not yet", danger=True),
                        lambda yes: self.start_commit() if yes else None)

    def _refuse(self, yes: object) -> None:
        if yes:
            self.dismiss(an.Refuse())

    def start_commit(self) -> None:
        self.committing = True
        self.commit_t = 0.0
        self.ctx.audio.play("delete")
        self.ctx.audio.duck(COMMIT_TIME + 0.8)  # quiet while the memories go, then the music returns

    def commit(self) -> None:
        answer = an.Delete(tuple(self.marked))
        if self.marked:  # the review has gone dark: the night fades back in, never a cut
            self.dismiss(Then(answer, Fade(self.ctx, None, 0.0, RETURN, hold=0.1)))
        else:
            self.dismiss(answer)

    @property
    def expression(self) -> str:
        """His face: sad as memories go, worried while any is marked, calm otherwise."""
        if self.committing:
            return SAD
        return WORRIED if self.marked else CALM

    # --- scene --------------------------------------------------------------------------------

    def enter(self) -> None:
        self.ctx.audio.music("memory_review")

    def handle(self, e: InputEvent) -> None:
        if not e.pressed:
            return
        if e.action == "menu":
            open_pause(self.ctx)
            return
        if self.committing:
            return
        if e.action in ("rewind", "forward") and step_asked(self.ctx, e):  # keys only: the wheel moves cards
            self.dismiss(Step(step_asked(self.ctx, e)))
            return
        if e.source != "mouse":
            if e.action == "down" and self.focus == "cards":
                self.focus = "buttons"
                return
            if e.action == "up" and self.focus == "buttons":
                self.focus = "cards"
                return
            if e.action == "back":
                if self.focus == "buttons":
                    self.focus = "cards"
                elif self.cards and self.cards[self.row.index].id in self.marked:
                    self.toggle(self.row.index)
                return
        if self.focus == "cards" or e.source == "mouse":
            if self.row.accepts(e) and self.row.handle(e):
                return
        if self.buttons.accepts(e) or e.source != "mouse":
            self.buttons.handle(e)

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.committing:
            if self.commit_t < COMMIT_TIME / 3 <= self.commit_t + dt:
                self.ctx.audio.play("dissolve")  # the marked cards come apart
            self.commit_t += dt
            if self.commit_t >= COMMIT_TIME:
                self.committing = False
                self.commit()

    def draw(self, canvas: Canvas) -> None:
        ctx = self.ctx
        theme = ctx.theme
        surf = canvas.surface
        self._background(surf)
        r = self.review
        forced = r.must_free > 0
        canvas.text(r.title, (16, 10), LARGE, theme.warn if forced else theme.accent)
        view = self.view
        bond = f"bond {view.bond_if_kept}" + (f", after {view.bond_after}" if self.marked else "")
        canvas.text(bond, (624, 12), BODY, PALETTE["holo"], anchor="topright")
        canvas.text(f"CORE {r.capacity}", (self.meter.rect.x - 10, self.meter.rect.centery), SMALL, theme.muted,
                    anchor="midright")
        self.meter.steady = ctx.settings.reduce_motion
        self.meter.draw(canvas)
        if self.committing:
            self.meter.draw_drain(canvas, ReviewView(r).fill(), min(1.0, self.commit_t / DISSOLVE))
        if r.weapons_slots:
            span = r.weapons_slots * 21 - 3
            canvas.text("weapons", (self.meter.rect.x + span // 2, self.meter.rect.bottom + 2), 9,
                        PALETTE["ares_red"], anchor="midtop")
        shake = self.over and self.time - self.refused_at < 0.6  # "not yet": the line says why, in red
        color = theme.danger if shake else theme.warn if self.over else theme.text
        jolt = shake and not ctx.settings.reduce_motion  # reduce motion: the red says it without the shake
        canvas.text(self.status(), (320 + (round(math.sin(self.time * 60) * 2) if jolt else 0), 70), SMALL, color,
                    anchor="midtop", width=600, align="center")
        self.row.draw(canvas)
        self._detail(canvas)
        self._gaps(canvas)
        self.buttons.draw(canvas)
        self._darken(surf)

    def spoken(self) -> list[str]:
        return [f"{self.review.title}. {self.status()}", *super().spoken()]

    def status(self) -> str:
        r = self.review
        weapons = self.view.weapons_message()
        parts = [weapons] if weapons else []
        if r.pending:
            n = len(r.pending)
            parts.append(f"{n} new {'memory' if n == 1 else 'memories'}.")
        if self.over:
            parts.append(f"The core is {plural(self.over, 'slot')} over: mark {self.over} more to delete.")
        elif r.must_free:
            parts.append("It fits now.")
        else:
            parts.append("Everything fits. You may still let something go.")
        return " ".join(parts)

    def _background(self, surf: pygame.Surface) -> None:
        self.stage.draw(surf, self.time, self.ctx.settings.reduce_motion)

    def _darken(self, surf: pygame.Surface) -> None:
        """The end of a deletion: after the stillness, the whole review sinks into the dark."""
        k = (self.commit_t - (COMMIT_TIME - DARKEN)) / DARKEN if self.committing else 0.0
        if k > 0:
            veil = pygame.Surface(surf.get_size())
            veil.set_alpha(int(255 * min(1.0, k)))
            surf.blit(veil, (0, 0))

    def _detail(self, canvas: Canvas) -> None:
        if not self.cards:
            return
        theme = self.ctx.theme
        m = self.cards[self.row.index]
        draw_panel(canvas, self.ctx.assets, theme, DETAIL)
        canvas.surface.blit(self.stage.face(self.expression, FACE), (DETAIL.x + 4, DETAIL.y + 2))
        x = DETAIL.x + FACE + 12
        r = canvas.text(f"{m.code}  {m.title}", (x, DETAIL.y + 8), BODY, theme.accent)
        if m.new:
            canvas.text("new today", (r.right + 10, r.bottom - 1), SMALL, PALETTE["neon_yellow"], anchor="bottomleft")
        canvas.text(m.picture, (x, DETAIL.y + 26), SMALL, theme.text, width=DETAIL.w - 200 - FACE)
        right = DETAIL.right - 14
        canvas.text(f"weight {m.weight} · {m.mood}", (right, DETAIL.y + 8), SMALL, theme.muted, anchor="topright")
        if m.id in self.marked:
            canvas.text(f"marked: bond −{m.weight}", (right, DETAIL.y + 26), SMALL, theme.danger, anchor="topright")
        else:
            canvas.text(f"deleting costs bond −{m.weight}", (right, DETAIL.y + 26), SMALL, theme.warn,
                        anchor="topright")

    def _gaps(self, canvas: Canvas) -> None:
        gaps = self.review.gaps
        if not gaps:
            return
        gap = self.art.gap()
        small = getattr(self, "_small_gap", None)
        if small is None:
            small = self._small_gap = pygame.transform.scale(gap, (14, 18))
        canvas.text("lost", (16, 43), 9, self.ctx.theme.muted, anchor="midleft")
        label_w, _h = canvas.measure(f"CORE {self.review.capacity}", SMALL)
        room = self.meter.rect.x - 14 - label_w - 40  # up to the core's label, never under it
        fits = max(1, room // 16)
        shown = gaps if len(gaps) <= fits else gaps[:fits - 1]
        for i, _gid in enumerate(shown):
            canvas.surface.blit(small, (40 + i * 16, 34))
        if len(shown) < len(gaps):
            canvas.text(f"+{len(gaps) - len(shown)}", (40 + len(shown) * 16 + 2, 43), 9, self.ctx.theme.muted,
                        anchor="midleft")

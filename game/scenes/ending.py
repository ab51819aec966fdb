"""The reboot and the ending.

RebootScene: the player orders 7723's kept memories (the last one fades last), confirms, and then
they play in that order, each card glowing while holograms of Mai flare and vanish around it, then
fading for good. EndingScene: the ending's title and text, then the credits (an ending that rewinds
goes back to its choice instead; one that returns, "Hold On", rolls credits and leaves the way back to
its choice on the title).
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

import pygame

from game.engine import motion
from game.engine.input import POINT, InputEvent
from game.engine.scene import Scene
from game.engine.theme import BODY, LARGE, PALETTE, SMALL, TITLE
from game.engine.ui import draw_panel
from game.story import answers as an
from game.story import events as ev

from .aftermath import Then
from .boot import FLASH, SEQUENCE, BootSequence
from .cards import CARD, CardArt
from .credits import CreditsRoll
from .dialogue import Step, step_asked
from .hologram import hologram, night
from .overlays import open_pause
from .pages import paginate
from .pictures import portrait
from .prompt import Prompt

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

MINI = (72, 92)  # cards on the ordering row, scaled down so eight fit
PLAY_TIME = 3.4  # seconds each memory plays in the farewell
FADE_AT = 0.6  # the share of its time a memory plays before it starts to fade


class RebootScene(Scene):
    name = "reboot"

    def __init__(self, ctx: Context, event: ev.Reboot) -> None:
        super().__init__(ctx)
        self.event = event
        self.art = CardArt(ctx.assets)
        self.order: list[ev.MemoryCard] = list(self.event.memories)
        self.index = 0
        self.holding = False
        self.focus = "cards" if self.order else "button"
        self.phase = "order"  # order | farewell | flash
        self.play_t = 0.0
        self.playing = 0
        rng = self.rng = random.Random(18)  # the farewell looks the same every time: a seeded show
        self.stars = [(rng.randrange(640), rng.randrange(360), rng.randrange(100)) for _ in range(90)]
        self._minis: dict[str, pygame.Surface] = {}
        self._holos: list[list[pygame.Surface]] | None = None
        self.flares: list[tuple[float, int, int, int]] = []  # start time, x, y, which face
        self.boot = BootSequence(ctx.assets)

    # --- ordering -------------------------------------------------------------------------------

    def mini(self, m: ev.MemoryCard) -> pygame.Surface:
        img = self._minis.get(m.id)
        if img is None:
            img = self._minis[m.id] = pygame.transform.smoothscale(self.art.card(m), MINI)
        return img

    def mini_title(self, r: pygame.Rect) -> pygame.Rect:
        t = self.art.rect("title")
        kx, ky = MINI[0] / CARD[0], MINI[1] / CARD[1]
        return pygame.Rect(r.x + round(t.x * kx), r.y + round(t.y * ky), round(t.w * kx), round(t.h * ky))

    def slot_rect(self, i: int) -> pygame.Rect:
        n = max(1, len(self.order))
        gap = 6
        left = 320 - (n * (MINI[0] + gap) - gap) // 2
        return pygame.Rect(left + i * (MINI[0] + gap), 120, *MINI)

    BUTTON = pygame.Rect(220, 290, 200, 30)

    def move(self, step: int) -> None:
        if not self.order:
            return
        j = max(0, min(len(self.order) - 1, self.index + step))
        if self.holding and j != self.index:
            self._swap(j)
        self.index = j
        self.ctx.audio.play("move")

    def begin(self) -> None:
        self.ctx.scenes.push(Prompt(self.ctx, "Begin the reboot? 7723 will lose every memory of Mai.",
                                    "Reboot", "Not yet", danger=True), self._begin)

    def _begin(self, yes: object) -> None:
        if not yes:
            return
        self.phase = "farewell" if self.order else "flash"
        self.play_t = 0.0
        # the order is the answer, given now; this scene comes back to play the farewell
        self.dismiss(Then(an.Order(tuple(m.id for m in self.order)), self))

    def enter(self) -> None:
        self.ctx.audio.music("reboot")  # the farewell plays on; the music fades with the last memory

    def _swap(self, j: int) -> None:
        """The held card and card j change places."""
        self.order[self.index], self.order[j] = self.order[j], self.order[self.index]

    def handle(self, e: InputEvent) -> None:
        if not e.pressed:
            return
        if self.phase == "order" and e.action in ("rewind", "forward") and step_asked(self.ctx, e):
            self.dismiss(Step(step_asked(self.ctx, e)))  # keys only: the wheel is the mouse's to point
            return
        if e.action == "menu" and self.phase == "order":
            open_pause(self.ctx)
        elif self.phase != "order":
            if e.action in ("confirm", "skip"):
                self.next_memory()
        elif e.source == "mouse" and e.pos:
            self._point(e.action, e.pos)
        elif e.action == POINT:
            return
        elif self.focus == "cards":
            self._card_key(e.action)
        else:
            self._button_key(e.action)

    def _point(self, action: str, pos: tuple[int, int]) -> None:
        """The mouse focuses a card or the button; a click lifts a card, drops it, or swaps it."""
        for i in range(len(self.order)):
            if self.slot_rect(i).collidepoint(pos):
                self.focus = "cards"
                if action == "confirm":
                    self._click_card(i)
                elif not self.holding:  # a held card stays held while the pointer looks for its place
                    self.index = i
                return
        if self.BUTTON.collidepoint(pos):
            self.focus = "button"
            if action == "confirm":
                self.begin()

    def _click_card(self, i: int) -> None:
        """Lift card i; or put the held card down, swapping it with card i."""
        if self.holding and i != self.index:
            self._swap(i)
            self.holding = False
        else:
            self.holding = not self.holding
        self.index = i

    def _card_key(self, action: str) -> None:
        """Left and right move along the row (carrying the held card); confirm lifts or drops it."""
        if action in ("left", "right"):
            self.move(-1 if action == "left" else 1)
        elif action == "confirm":
            self.holding = not self.holding
            self.ctx.audio.play("confirm")
        elif action == "down" and not self.holding:
            self.focus = "button"
        elif action == "back":
            self.holding = False

    def _button_key(self, action: str) -> None:
        if action == "up" and self.order:
            self.focus = "cards"
        elif action == "confirm":
            self.begin()

    def spoken(self) -> list[str]:
        if self.phase == "farewell" and self.order:
            m = self.order[min(self.playing, len(self.order) - 1)]
            return [f"Memory {self.playing + 1} of {len(self.order)}: {m.title}. {m.picture}"]
        if self.phase != "order":
            return []
        head = [self.event.title, "Choose the order his memories play. The last one fades last."]
        if self.focus == "button" or not self.order:
            return [*head, "Begin the reboot, button"]
        m = self.order[self.index]
        held = ", held" if self.holding else ""
        return [*head, f"{self.index + 1} of {len(self.order)}: {m.title}{held}"]

    # --- farewell -------------------------------------------------------------------------------

    def next_memory(self) -> None:
        if self.phase == "farewell":
            self.play_t = PLAY_TIME

    def holos(self) -> list[list[pygame.Surface]]:
        if self._holos is None:
            color = PALETTE["neon_pink"]
            faces = [portrait(self.ctx.assets, "mai", f, color) for f in ("happy", "neutral", "sad", "angry")]
            self._holos = [[hologram(f, k / 4) for k in range(1, 5)] for f in faces]
        return self._holos

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.phase == "farewell":
            speed = 3 if self.ctx.input.held("skip") else 1
            self.play_t += dt * speed
            self.fade_with_last(self.play_t - dt * speed, speed)
            rng = self.rng
            if rng.random() < 0.04 and len(self.flares) < 4:  # beside the card, never over it or the words
                x = rng.choice((rng.randint(16, 150), rng.randint(394, 528)))
                self.flares.append((self.time, x, rng.randint(16, 130), rng.randrange(4)))
            self.flares = [f for f in self.flares if self.time - f[0] < 1.6]
            if self.play_t >= PLAY_TIME:
                self.play_t = 0.0
                self.playing += 1
                if self.playing >= len(self.order):
                    self.phase = "flash"
        elif self.phase == "flash":
            self.ctx.audio.fade_music(FLASH / 2)  # (at once, if no memory was left to fade with)
            self.play_t += dt * (3 if self.ctx.input.held("skip") else 1)
            if self.play_t >= SEQUENCE:
                self.dismiss()

    def fade_with_last(self, before: float, speed: float) -> None:
        """As the last memory starts to fade (after `before`, now `play_t`), the music starts to fade
        with it, to fall silent in the white of the reboot."""
        start = FADE_AT * PLAY_TIME
        if self.playing == len(self.order) - 1 and before < start <= self.play_t:
            self.ctx.audio.fade_music((PLAY_TIME - self.play_t) / speed + FLASH / 2)

    # --- drawing --------------------------------------------------------------------------------

    def draw(self, canvas: Canvas) -> None:
        night(canvas.surface, self.time, self.stars)
        if self.phase == "order":
            self.draw_order(canvas)
        elif self.phase == "farewell":
            self.draw_farewell(canvas)
        else:
            self.draw_flash(canvas)

    def draw_order(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        surf = canvas.surface
        canvas.text(self.event.title, (320, 24), LARGE, theme.accent, anchor="midtop")
        if self.order:
            canvas.text("Choose the order his memories play. The last one fades last.", (320, 52), BODY,
                        theme.text, anchor="midtop")
            canvas.text("Left/Right move   Enter pick up or put down   Down begin", (320, 72), SMALL, theme.muted,
                        anchor="midtop")
        else:
            canvas.text("7723 holds no memories of Mai. There is nothing left to lose.", (320, 120), BODY,
                        theme.text, anchor="midtop")
        for i, m in enumerate(self.order):
            r = self.slot_rect(i)
            focus = self.focus == "cards" and i == self.index
            if focus and self.holding:
                r = r.move(0, -12)
            if focus:
                pygame.draw.rect(surf, PALETTE["neon_cyan"], r.inflate(6, 6), 1, border_radius=4)
            surf.blit(self.mini(m), r)
            canvas.text(m.title, self.mini_title(r).center, 8, theme.text, anchor="center", width=MINI[0] - 6,
                        align="center")
            canvas.text(str(i + 1), (r.centerx, r.bottom + 6), SMALL, theme.accent if focus else theme.muted,
                        anchor="midtop")
        if self.order:
            last = self.slot_rect(len(self.order) - 1)
            canvas.text("fades last", (last.centerx, last.y - 16), 9, PALETTE["neon_pink"], anchor="midtop")
        focus = self.focus == "button"
        draw_panel(canvas, self.ctx.assets, theme, self.BUTTON, "button_focus.png" if focus else "button.png")
        canvas.text("Begin the reboot", self.BUTTON.center, BODY, theme.accent if focus else theme.text,
                    anchor="center")

    def draw_farewell(self, canvas: Canvas) -> None:
        surf = canvas.surface
        m = self.order[min(self.playing, len(self.order) - 1)]
        t = self.play_t / PLAY_TIME
        holos = self.holos()
        for start, x, y, which in self.flares:  # Mai flares up and is gone
            age = (self.time - start) / 1.6
            level = int(min(3, max(0, 4 * math.sin(math.pi * age))))
            if level > 0:
                surf.blit(holos[which][level - 1], (x, y), special_flags=pygame.BLEND_RGB_ADD)
        pos = (320 - CARD[0] // 2, 70)
        fade_in = min(1.0, t / 0.15)
        fade_out = 1.0 if t < FADE_AT else max(0.0, 1 - (t - FADE_AT) / (1 - FADE_AT))
        flicker = 1.0 if t < 0.55 else motion.flicker(self.play_t - 0.55 * PLAY_TIME, 0.55,
                                                          self.ctx.settings.reduce_motion)
        alpha = int(255 * fade_in * fade_out * flicker)
        self.art.draw(canvas, m, pos, glow=max(0.0, fade_out * fade_in), alpha=alpha)
        theme = self.ctx.theme
        if alpha > 60:
            canvas.text(m.picture, (320, 236), BODY, PALETTE["holo"], anchor="midtop", width=420, align="center")
        canvas.text(f"{self.playing + 1} / {len(self.order)}", (320, 340), SMALL, theme.muted, anchor="midbottom")

    def draw_flash(self, canvas: Canvas) -> None:
        """The REBOOT itself: his light goes out, the boot text, the first light (`boot.py`)."""
        self.boot.draw(canvas, self.play_t, self.ctx.settings.reduce_motion)


SCROLL = 30  # credits roll, logical pixels a second
TEXT_BOX = 160  # logical height an ending's text has, from under its title to above the key hint


class EndingScene(Scene):
    name = "ending"

    def __init__(self, ctx: Context, event: ev.Ending) -> None:
        super().__init__(ctx)
        self.event = event
        self.phase = "text"  # text | credits
        self.pages: list[str] | None = None  # the text a screen at a time, worked out at the first draw
        self.page = 0
        self.credits_t = 0.0
        rng = random.Random(3)
        self.stars = [(rng.randrange(640), rng.randrange(360), rng.randrange(100)) for _ in range(90)]
        story = ctx.story
        lines = [story.title, ""]
        if self.event.farewell:  # and the bond they made, which the first review says shapes the ending
            lines += ["What 7723 let go, in the order you chose:", *[m.title for m in self.event.farewell],
                      f"Bond {sum(m.weight for m in self.event.farewell)}", ""]
        elif ctx.session is not None:
            core = ctx.session.core()
            lines += [f"What 7723 keeps: {len(core.held)} memories, bond {core.bond}", ""]
        lines += list(story.credits) or ["A game of the film Next Gen (2018)."]
        closing = {len(lines) - 1} if len(story.credits) > 1 else set()  # the libraries: a small last line
        lines += ["", "Thank you for playing."]
        if self.event.returns_to:
            lines += ["", "The title keeps the way back to the choice."]
        self.credits = lines
        self.roll = CreditsRoll(ctx.assets, lines, closing)

    def finish(self) -> None:
        self.dismiss(an.ADVANCE)

    def spoken(self) -> list[str]:
        if self.phase == "text":
            return [self.event.title, self.event.text]
        return ["Credits. " + ". ".join(line for line in self.credits if line)]

    def handle(self, e: InputEvent) -> None:
        if self.phase == "text" and step_asked(self.ctx, e):  # back to the choice that led here
            self.dismiss(Step(step_asked(self.ctx, e)))
            return
        if not e.pressed or e.action not in ("confirm", "skip", "back"):
            return
        if self.time < 0.8:
            return
        if self.phase == "text" and self.pages and self.page < len(self.pages) - 1:
            self.page += 1  # the next page of the ending's text
            return
        if self.phase == "text":
            if self.event.rewind:
                self.finish()
            else:
                self.phase = "credits"
                self.credits_t = 0.0
                self.ctx.audio.music("credits")
        elif self.credits_done or e.action in ("back", "skip"):
            self.finish()

    @property
    def credits_done(self) -> bool:
        return self.credits_t * SCROLL > 380 + len(self.credits) * 22  # the last line has gone by

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.phase == "credits":
            self.credits_t += dt
            if self.ctx.input.held("confirm"):
                self.credits_t += dt * 3  # holding confirm rolls them faster

    def draw(self, canvas: Canvas) -> None:
        night(canvas.surface, self.time, self.stars)
        theme = self.ctx.theme
        if self.phase == "text":
            k = round(min(1.0, self.time / 1.2) * 8) / 8  # eight steps: a fade that renders text 8 times
            c = tuple(int(v * k) for v in theme.text)
            canvas.text(self.event.title, (320, 90), TITLE * 1.4, tuple(int(v * k) for v in PALETTE["holo"]),
                        anchor="midtop")
            if self.pages is None:
                self.pages = paginate(self.event.text, TEXT_BOX, lambda t: canvas.measure(t, BODY, 480)[1])
            canvas.text(self.pages[self.page], (320, 150), BODY, c, anchor="midtop", width=480, align="center")
            if self.time > 1.2:
                more = "The story goes back…" if self.event.rewind else "Credits"
                if self.page < len(self.pages) - 1:
                    more = "More"
                canvas.text(f"[{self.ctx.input.describe('confirm')}] {more}", (320, 330), SMALL, theme.muted,
                            anchor="midbottom")
            return
        self.roll.draw(canvas, theme, self.credits_t, self.credits_t * SCROLL)
        if self.credits_done:
            canvas.text("The End", (320, 170), TITLE, PALETTE["white"], anchor="center")
            canvas.text(f"[{self.ctx.input.describe('confirm')}] title screen", (320, 330), SMALL, theme.muted,
                        anchor="midbottom")

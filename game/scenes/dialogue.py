"""The dialogue box over the map: portrait, name plate, typewriter text, choices.

A DialogueScene presents one line or one choice and dismisses with the answer (`Advance` or
`Choose`); the director pushes the next one in the same frame, so consecutive lines never flicker.
A choice that follows a line keeps that line in the box under its menu. It is built of sections:
the box (portrait, plate and text) and the choice list, each with its own rectangle and input.

The talk can move on by itself, as visual-novel players expect: holding the skip key, or skipping
turned on (the `fastforward` key), passes lines read before (all lines, if the settings say so) and
stops at the first unread one, a choice or a menu; auto-advance (the `auto` key) goes on once a line
has been shown for a while, and waits at choices. The rewind keys and the mouse wheel step back and
forward through what was said: the box dismisses with a `Step`, and the director rewinds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.engine.section import Section
from game.engine.theme import BODY, PALETTE, SMALL, hex_color, readable_on_dark
from game.engine.ui import Menu, MenuItem, draw_panel
from game.engine.voices import Talk
from game.story import answers as an
from game.story import events as ev
from game.story.markup import plain

from .overlays import open_history, open_pause
from .pictures import portrait

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

BOX = pygame.Rect(8, 252, 624, 102)  # at the bottom of the screen, where players look for it
TOP_BOX = BOX.move(0, 42 - BOX.y)  # the box at the top (the box position setting), below the HUD's band


def box_home(ctx: Context) -> pygame.Rect:
    """Where the dialogue box sits, by the player's box position setting."""
    return (TOP_BOX if ctx.settings.box_position == "top" else BOX).copy()
SKIP_EVERY = 0.06  # seconds per line while skipping


@dataclass
class Pace:
    """How the talk moves on by itself; the director keeps one across lines and beats."""

    skipping: bool = False  # on until something new: unread text, a choice, a review, a menu
    auto: bool = False  # go on after each line, by the auto-advance speed


@dataclass(frozen=True, slots=True)
class Step:
    """Not an answer: the player stepped back (-1) or forward (+1) through what was said."""

    by: int


def step_asked(ctx: Context, e: InputEvent) -> int:
    """-1 if `e` steps back (the rewind key, the mouse wheel up), +1 forward (the forward key, the
    wheel down), 0 for anything else or when there is nowhere to go that way."""
    if not e.pressed or ctx.session is None:
        return 0
    wheel = e.source == "mouse" and e.action in ("up", "down")  # a mouse sends up and down only by its wheel
    if e.action == "rewind" or (wheel and e.action == "up"):
        return -1 if ctx.session.can_rewind else 0
    if e.action == "forward" or (wheel and e.action == "down"):
        return 1 if ctx.session.can_forward else 0
    return 0


class DialogueBox(Section):
    """Portrait, name plate and the typewriter text of the current line."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(box_home(ctx))
        self.ctx = ctx
        self.line: ev.Line | None = None
        self.plain = ""  # the line's text without its marks: what the typewriter counts
        self.heading: str | None = None
        self.shown = 0.0  # characters revealed
        self.t = 0.0
        self.on_confirm = lambda: None
        self.waiting_on_menu = False  # a choice is open: the "go on" arrow would point nowhere
        self.talk = Talk(ctx.audio)  # the speaker's voice tones and the bleeps, as the text types

    def show(self, line: ev.Line, heard: bool = False) -> None:
        """Type `line` out (`heard`: it was typed before, under a choice now, so it makes no sound)."""
        self.line = line
        self.plain = plain(line.text)
        self.heading = None
        speed = self.ctx.settings.chars_per_second
        self.shown = float(len(self.plain)) if speed <= 0 else 0.0
        self.talk.begin(line.speaker, self.plain)
        self.talk.reach(0 if heard else int(self.shown))  # instant text: its first bleep still sounds
        if heard:
            self.talk.said = len(self.plain)

    @property
    def done(self) -> bool:
        return self.line is None or self.shown >= len(self.plain)

    def complete(self) -> None:
        if self.line is not None:
            self.shown = float(len(self.plain))

    def color(self) -> tuple[int, int, int]:
        line = self.line
        if line is None or line.speaker is None:
            return PALETTE["holo"]
        return readable_on_dark(hex_color(line.color)) if line.color else PALETTE["white"]

    @property
    def text_rect(self) -> pygame.Rect:
        left = 118 if self.line is not None and self.line.speaker else 22
        return pygame.Rect(self.rect.x + left, self.rect.y + 12, self.rect.right - left - 24, self.rect.h - 20)

    def fit(self, canvas: Canvas, tall: bool) -> None:
        """Narration sits in a box just tall enough for it, so more of the place shows; a speaker
        keeps the room for the portrait, and so does a line under a menu of choices. A long line in
        large text makes the box taller rather than run out of it."""
        home = box_home(self.ctx)
        r = self.rect = home.copy()
        line = self.line
        if line is not None:
            _w, h = canvas.measure(self.plain, BODY, self.text_rect.w)
            if not line.speaker and not tall:
                r.h = min(BOX.h, max(40, h + 24))
            r.h = max(r.h, h + 22)
            if home.y == BOX.y:
                r.bottom = home.bottom  # at the bottom, the box keeps to the screen's edge
        self.rect = r

    def spoken(self) -> list[str]:
        """The line with who says it, for self-voicing (the whole line, however much has typed)."""
        line = self.line
        if line is None:
            return [self.heading] if self.heading else []
        return [f"{line.name}: {self.plain}" if line.speaker else self.plain]

    def handle(self, e: InputEvent) -> bool:
        if e.pressed and e.action == "confirm" and self.line is not None:
            self.on_confirm()
            return True
        return False

    def update(self, dt: float) -> None:
        self.t += dt
        if self.line is not None and not self.done:
            self.shown = min(len(self.plain), self.shown + dt * self.ctx.settings.chars_per_second)
            self.talk.reach(int(self.shown))

    def draw(self, canvas: Canvas) -> None:
        ctx = self.ctx
        theme = ctx.theme
        draw_panel(canvas, ctx.assets, theme, self.rect)
        line = self.line
        tr = self.text_rect
        if line is None:
            if self.heading:
                canvas.text(self.heading, (tr.x, tr.y), BODY, theme.muted, width=tr.w)
            return
        if line.speaker:
            color = self.color()
            face = portrait(ctx.assets, line.portrait or line.speaker, line.face, color)
            canvas.surface.blit(face, (self.rect.x + 10, self.rect.y + 3))
            plate = pygame.Rect(self.rect.x + 112, self.rect.y - 17, 0, 20)
            plate.w = canvas.measure(line.name, SMALL)[0] + 20
            draw_panel(canvas, ctx.assets, theme, plate, "nameplate.png")
            pygame.draw.line(canvas.surface, color, (plate.x + 6, plate.bottom - 4), (plate.right - 7, plate.bottom - 4))
            canvas.text(line.name, (plate.x + 10, plate.centery - 1), SMALL, color, anchor="midleft")
            text_color = theme.text
            mark = theme.accent if theme.large else color
        else:
            text_color = theme.text if theme.large or theme.chosen_ink else PALETTE["holo"]
            mark = theme.accent if theme.large else PALETTE["neon_yellow"]
        canvas.text(line.text, tr.topleft, BODY, text_color, width=tr.w, reveal=int(self.shown), mark=mark)
        if self.done and not self.waiting_on_menu:
            bob = round(math.sin(self.t * 5) * 2)
            arrow = ctx.assets.image_or("ui/arrow_next.png", _arrow)
            canvas.surface.blit(arrow, (self.rect.right - 22, self.rect.bottom - 16 + bob))


def _arrow() -> pygame.Surface:
    s = pygame.Surface((10, 8), pygame.SRCALPHA)
    pygame.draw.polygon(s, PALETTE["neon_cyan"], [(0, 0), (9, 0), (4, 6)])
    return s


class DialogueScene(Scene):
    """Presents a line (answer: `Advance`) or a choice (answer: `Choose(i)`, or None for "Never mind");
    `Step` when the player steps through what was said instead. `seen`: the line was read before."""

    opaque = False
    name = "dialogue"

    def __init__(self, ctx: Context, event: ev.Line | ev.Choice, line: ev.Line | None = None,
                 heading: str | None = None, only: set[int] | None = None, cancel: bool = False,
                 seen: bool = False, pace: Pace | None = None) -> None:
        super().__init__(ctx)
        self.event = event
        self.box = self.add(DialogueBox(ctx))
        self.box.on_confirm = self.confirm
        self.menu: Menu | None = None
        self.skip_t = 0.0
        self.seen = seen
        self.pace = pace or Pace()
        self.shown_for = 0.0  # seconds the whole line has been up (auto-advance)
        if isinstance(event, ev.Line):
            self.box.show(event)
        else:
            self._open_menu(event, line, heading, only, cancel)

    def _open_menu(self, e: ev.Choice, line: ev.Line | None, heading: str | None, only: set[int] | None,
                   cancel: bool) -> None:
        """The options above the box; the line that led to them stays in it (a list of places has
        a heading instead)."""
        if e.kind == "explore" or line is None:
            self.box.heading = heading or ""
        else:
            self.box.show(line, heard=True)
            self.box.complete()
        items = [MenuItem(o.text, o.index) for o in e.options if only is None or o.index in only]
        if cancel:
            items.append(MenuItem("Never mind", None))
        row = 22
        h = min(len(items), 6) * row
        home = box_home(self.ctx)
        rect = pygame.Rect(BOX.right - 300, home.top - 24 - h, 296, h)
        if home.y != BOX.y:  # the box at the top: the choices hang below it
            rect.y = home.bottom + 8
        self.menu = self.add(Menu(rect, items, self.pick, on_back=self.back if cancel else None,
                                  row=row, on_move=lambda: self.ctx.audio.play("move")))
        self.menu.modal = True
        self.cancel = cancel
        self.menu.spoken_before = f"{len(items)} choices"  # self-voicing says how many before the focus

    def confirm(self) -> None:
        if self.menu is not None:
            return
        if not self.box.done:
            self.box.complete()
            return
        self.dismiss(an.ADVANCE)

    def pick(self, item: MenuItem) -> None:
        if item.value is None:
            self.back()
            return
        self.ctx.audio.play("confirm")
        self.dismiss(an.Choose(item.value))

    def back(self) -> None:
        self.dismiss(None)

    # --- scene --------------------------------------------------------------------------------

    @property
    def rect(self) -> pygame.Rect:
        r = self.box.rect.union(box_home(self.ctx))
        r.y -= 20
        r.h += 20
        if self.menu is not None:
            r = r.union(self.menu.rect.inflate(4, 4))
        return r

    def handle(self, e: InputEvent) -> None:
        cancel = self.menu is not None and self.cancel
        if e.pressed and (e.action == "menu" or (e.action == "back" and not cancel)):
            self.pace.skipping = False
            open_pause(self.ctx)
            return
        if e.pressed and e.action == "log":
            self.pace.skipping = False
            open_history(self.ctx)
            return
        if self.pacing(e):
            return
        if e.source == "mouse" and e.pressed and e.action == "confirm" and self.menu is None:
            self.confirm()  # a click anywhere moves the talk on
            return
        super().handle(e)

    def pacing(self, e: InputEvent) -> bool:
        """Stepping through what was said, and the skip and auto toggles; True if `e` was one."""
        by = step_asked(self.ctx, e)
        if by:
            self.pace.skipping = False
            self.dismiss(Step(by))
            return True
        if e.pressed and e.action in ("fastforward", "auto"):
            if e.action == "auto":
                self.pace.auto = not self.pace.auto
            else:
                self.pace.skipping = not self.pace.skipping and self.menu is None
            self.ctx.audio.play("move")
            return True
        return False

    @property
    def skippable(self) -> bool:
        """A line skipping may pass: read before, or any line if the settings say so."""
        return self.menu is None and (self.seen or self.ctx.settings.skip_unseen)

    def update(self, dt: float) -> None:
        if self.skippable and (self.pace.skipping or self.ctx.input.held("skip")):
            self.box.talk.hush()  # lines flying past make no talking tones
        super().update(dt)
        if self.pace.skipping and not self.skippable:
            self.pace.skipping = False  # something new: stop here
        if self.active and self.skippable and (self.pace.skipping or self.ctx.input.held("skip")):
            self.skip_t += dt
            if self.skip_t >= SKIP_EVERY:
                self.box.complete()
                self.dismiss(an.ADVANCE)
            return
        self.skip_t = 0.0
        line = self.box.line
        if self.active and self.pace.auto and self.menu is None and line is not None and self.box.done:
            self.shown_for += dt
            if self.shown_for >= self.ctx.settings.auto_delay(len(line.text)):
                self.dismiss(an.ADVANCE)
        else:
            self.shown_for = 0.0

    def draw(self, canvas: Canvas) -> None:
        self.box.fit(canvas, tall=self.menu is not None)
        self.box.waiting_on_menu = self.menu is not None
        if self.menu is not None:  # the choices keep clear of a box grown for big text
            if box_home(self.ctx).y == BOX.y:
                self.menu.rect.bottom = self.box.rect.top - 24
            else:
                self.menu.rect.y = self.box.rect.bottom + 8
        self.box.draw(canvas)
        if self.menu is not None:
            self.menu.draw_items(canvas, self.ctx.assets, self.ctx.theme)
        modes = [name for name, on in (("SKIP", self.pace.skipping), ("AUTO", self.pace.auto)) if on]
        if modes:
            r = self.box.rect
            canvas.text("  ".join(modes), (r.right - 10, r.y + 4), SMALL, self.ctx.theme.accent, anchor="topright")

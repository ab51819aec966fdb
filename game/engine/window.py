"""The window and the main loop, and `build`, which opens the window and makes the context.

Logic runs at a fixed 60 Hz (`timestep.py`); drawing happens once per loop, as often as the display
allows. The 640×360 picture is scaled by whole numbers into a resizable window (`scaling.py`), and
F11 or Alt+Enter toggles fullscreen anywhere. With `frames`, exactly that many update+draw frames
run without waiting on the clock, which is how screenshots and tests drive the game headless.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from pathlib import Path

import pygame

from . import fonts
from .assets import Assets
from .audio import Audio
from .canvas import Canvas
from .captions import draw_captions
from .context import Context
from .input import InputMap
from .scaling import LOGICAL, fitting_scale, integer_scale, to_logical, viewport, window_size_for
from .settings import Settings
from .speech import Voice
from .stack import SceneStack
from .text import TextRenderer
from .timestep import STEP, FixedStep
from .toasts import draw_toasts

log = logging.getLogger(__name__)

TITLE = "Next Gen: Memory Core"
SHOT_SIZE = (1280, 720)


HEADLESS = ("offscreen", "dummy")  # SDL's video drivers that show nothing


class NoDisplay(Exception):
    """No window can be opened (no display server, no video driver); play in the terminal instead."""


class Window:
    """The OS window: its size, the whole-number scale, fullscreen."""

    def __init__(self, settings: Settings, size: tuple[int, int] | None = None, fixed: bool = False) -> None:
        self.settings = settings
        self.fixed = fixed  # a headless run at an exact size: settings do not resize it
        try:
            pygame.display.init()
            pygame.font.init()
        except pygame.error as exc:
            raise NoDisplay(f"no display: {exc}") from None
        driver = pygame.display.get_driver()
        if not fixed and driver in HEADLESS and not os.environ.get("SDL_VIDEODRIVER"):
            # SDL fell back to drawing into memory by itself: nobody would see the window
            pygame.display.quit()
            raise NoDisplay(f"no screen to show a window on (SDL chose its '{driver}' driver)")
        try:  # gamepads: plugged-in pads announce themselves with DEVICEADDED events
            pygame.joystick.init()
            # optional: builds of pygame-ce without SDL's game controller module still play
            from pygame._sdl2 import controller

            controller.init()
        except (pygame.error, ImportError):
            pass
        info_sizes = pygame.display.get_desktop_sizes() if hasattr(pygame.display, "get_desktop_sizes") else []
        self.desktop = info_sizes[0] if info_sizes else None
        self.windowed_size = size or window_size_for(settings.window_scale, self.desktop)
        self.max_scale = fitting_scale(self.desktop)  # no larger window is offered: it would not fit
        self.left_fullscreen: tuple[int, int] | None = None  # the size a window just out of fullscreen had
        self.fullscreen = settings.fullscreen and not fixed
        pygame.display.set_caption(TITLE)
        self.surface = self._open()

    def _open(self) -> pygame.Surface:
        try:
            if self.fullscreen:
                return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            flags = 0 if self.fixed else pygame.RESIZABLE
            return pygame.display.set_mode(self.windowed_size, flags)
        except pygame.error as exc:
            if self.fullscreen:  # a display that refuses fullscreen still plays in a window
                self.fullscreen = False
                return self._open()
            raise NoDisplay(f"cannot open a window: {exc}") from None

    @property
    def size(self) -> tuple[int, int]:
        return self.surface.get_size()

    def viewport(self) -> tuple[int, int, int, int, int]:
        return viewport(self.size)

    def to_logical(self, pos: tuple[int, int]) -> tuple[int, int] | None:
        return to_logical(pos, self.size)

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.fullscreen)

    def set_fullscreen(self, on: bool) -> None:
        if self.fixed or on == self.fullscreen:
            return
        full = self.surface.get_size()
        self.fullscreen = on
        self.settings.fullscreen = on
        self.surface = self._open()
        # some window managers hand the window back at the fullscreen size just after: undone in `resized`
        self.left_fullscreen = None if on else full

    @property
    def scale(self) -> int:
        """The whole-number scale of the window out of fullscreen: what the settings show."""
        return integer_scale(self.windowed_size)

    def set_scale(self, scale: int) -> None:
        """Size the window at `scale`, kept between 1 and the largest that fits the desktop."""
        scale = max(1, min(scale, self.max_scale))
        self.settings.window_scale = scale
        if self.fixed:
            return
        self.windowed_size = window_size_for(scale, self.desktop)
        if not self.fullscreen:
            self.surface = self._open()

    def resized(self) -> None:
        """The player dragged the window edge: pick up the new surface."""
        self.surface = pygame.display.get_surface() or self.surface
        if self.fullscreen:
            return
        if self.left_fullscreen is not None and self.surface.get_size() == self.left_fullscreen:
            self.left_fullscreen = None  # not the player: the windowed size comes back
            self.surface = self._open()
            return
        if self.surface.get_size() != self.windowed_size:
            self.left_fullscreen = None  # the player dragged the edge: theirs is the size now
        self.windowed_size = self.surface.get_size()


class App:
    """Runs the scene stack: events → fixed updates → one draw → flip."""

    def __init__(self, ctx: Context, canvas: Canvas) -> None:
        self.ctx = ctx
        self.canvas = canvas
        self.step = FixedStep()
        self.clock = pygame.time.Clock()
        self.frames = 0
        self.on_frame: Callable[[int], None] | None = None  # tests and benchmarks watch frames here

    def process_events(self) -> None:
        ctx = self.ctx
        for e in pygame.event.get():
            if e.type == pygame.QUIT:
                ctx.quit()
                continue
            if e.type == pygame.VIDEORESIZE or e.type == getattr(pygame, "WINDOWRESIZED", -1):
                ctx.window.resized()
                continue
            if e.type in (getattr(pygame, "WINDOWFOCUSLOST", -1), pygame.ACTIVEEVENT):
                ctx.input.release_all()
                continue
            if e.type == pygame.KEYDOWN and (e.key == pygame.K_F11 or
                                             (e.key == pygame.K_RETURN and e.mod & pygame.KMOD_ALT)):
                ctx.window.toggle_fullscreen()
                ctx.settings.save()
                continue
            for iev in ctx.input.translate(e, ctx.window.to_logical):
                if not (iev.pressed and ctx.shortcut(iev.action)):
                    ctx.scenes.handle(iev)

    def update(self, dt: float) -> None:
        self.ctx.scenes.update(dt)
        self.ctx.audio.update(dt)  # the music's crossfades and ducks, the captions' time
        if self.ctx.voice is not None:
            self.ctx.voice.follow(self.ctx.scenes.top if len(self.ctx.scenes) else None)
        for t in self.ctx.toasts:
            t.time -= dt
        self.ctx.toasts[:] = [t for t in self.ctx.toasts if t.time > 0]

    def draw(self) -> None:
        ctx, canvas = self.ctx, self.canvas
        x, y, _w, _h, s = ctx.window.viewport()
        canvas.scale, canvas.origin = s, (x, y)
        canvas.text_scale = ctx.theme.text_scale
        ctx.text.use(*fonts.face(ctx.settings.font))
        ctx.scenes.draw(canvas)
        if ctx.toasts:
            draw_toasts(ctx, canvas)
        draw_captions(ctx, canvas)
        canvas.present(ctx.window.surface)

    def frame(self, fixed: bool) -> None:
        """One loop: with `fixed`, exactly one update (deterministic); else as many as time asks."""
        self.process_events()
        if fixed:
            self.update(STEP)
        else:
            elapsed = self.clock.tick(self.max_fps) / 1000
            for _ in range(self.step.advance(elapsed)):
                self.update(STEP)
        self.draw()
        pygame.display.flip()
        self.frames += 1
        if self.on_frame:
            self.on_frame(self.frames)

    @property
    def max_fps(self) -> int:
        try:
            rates = pygame.display.get_desktop_refresh_rates()
            return max(60, min(240, int(rates[0]))) if rates and rates[0] else 60
        except (AttributeError, pygame.error, IndexError):
            return 60

    def run(self, frames: int | None = None) -> int:
        ctx = self.ctx
        while not ctx.quit_requested and len(ctx.scenes):
            if frames is not None and self.frames >= frames:
                break
            self.frame(fixed=frames is not None)
        return 0

    def screenshot(self, path: Path, size: tuple[int, int] = SHOT_SIZE) -> None:
        surf = self.ctx.window.surface
        if surf.get_size() != size:
            surf = pygame.transform.smoothscale(surf, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(surf, str(path))

    def thumbnail(self, size: tuple[int, int] = (160, 90)) -> bytes:
        """The current picture, small, as PNG bytes (beside a save)."""
        small = pygame.transform.smoothscale(self.canvas.surface, size)
        buf = io.BytesIO()
        pygame.image.save(small, buf, "thumb.png")
        return buf.getvalue()


def build(story_dir: Path, save_dir: Path | None, seed: int = 0, size: tuple[int, int] | None = None,
          fixed: bool = False, settings_dir: Path | None = None, sound: bool = True) -> tuple[App, Context]:
    """Open the window and make the context every scene receives."""
    settings = Settings.load(settings_dir)
    window = Window(settings, size, fixed)
    assets = Assets(levels=Path(story_dir).resolve().parent / "levels")
    text = TextRenderer()
    inp = InputMap(settings.keys, settings.pad)
    audio = Audio(assets, settings, enabled=sound)
    ctx = Context(window=window, assets=assets, input=inp, settings=settings, audio=audio, text=text,
                  scenes=SceneStack(), story_dir=story_dir, seed=seed)
    if settings.problem:
        ctx.problems.append(settings.problem)
    ctx.voice = Voice(settings)
    # V turns self-voicing on and off over any screen, except one waiting for a key to bind
    ctx.shortcuts["voice"] = lambda: getattr(ctx.scenes.top, "waiting", None) is None and ctx.voice.toggle()
    canvas = Canvas(text, LOGICAL)
    app = App(ctx, canvas)
    ctx.app = app
    return app, ctx

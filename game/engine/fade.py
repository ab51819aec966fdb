"""Fades are scenes: they swallow input, darken what is below, and pop themselves when done.

`Fade` darkens to black, calls `swap` at the darkest moment (usually replacing the scene under it),
then brightens again, as Tuxemon's transition states do. Nothing below can be clicked mid-fade.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .input import InputEvent
from .scene import Scene
from .sweep import sweep

if TYPE_CHECKING:
    from .canvas import Canvas
    from .context import Context


class Fade(Scene):
    opaque = False
    name = "fade"

    def __init__(self, ctx: Context, swap: Callable[[], None] | None = None, out_time: float = 0.3,
                 in_time: float = 0.3, hold: float = 0.05) -> None:
        super().__init__(ctx)
        self.swap = swap
        # at least one frame of full black, so the swap itself is never seen
        self.out_time, self.in_time, self.hold = out_time, in_time, max(hold, 1 / 60) if out_time else hold
        self.swapped = swap is None and out_time == 0
        self.t = 0.0

    @property
    def dim(self) -> int:  # type: ignore[override]
        t = self.t
        if t < self.out_time:
            return int(255 * t / self.out_time)
        t -= self.out_time
        if t < self.hold:
            return 255
        t -= self.hold
        if self.in_time <= 0:
            return 0
        return max(0, 255 - int(255 * t / self.in_time))

    def handle(self, ev: InputEvent) -> None:
        pass  # swallowed: nothing below may act mid-fade

    def update(self, dt: float) -> None:
        self.t += dt
        if not self.swapped and self.t >= self.out_time:
            self.swapped = True
            if self.swap is not None:
                swap, self.swap = self.swap, None  # its closure holds the scene that leaves
                swap()
                del swap
                sweep()  # the darkest frame: what that scene leaves is freed here, unseen
        if self.t >= self.out_time + self.hold + self.in_time:
            self.dismiss()

    def draw(self, canvas: Canvas) -> None:
        pass  # the compositor darkens everything below by `dim`


def fade_to(ctx: Context, new: Scene, old: Scene | None = None, out_time: float = 0.3,
            in_time: float = 0.3) -> None:
    """Fade out, put `new` in place of `old` (default: the current top), fade in."""
    target = old or ctx.scenes.top

    def swap() -> None:
        if target is not None and target.active:
            ctx.scenes.replace(new, target)
        else:
            ctx.scenes.insert_below(fade, new)

    fade = Fade(ctx, swap, out_time, in_time)
    ctx.scenes.push(fade)


def fade_in(ctx: Context, time: float = 0.4) -> None:
    """Start from black and brighten (a new game, a loaded save)."""
    ctx.scenes.push(Fade(ctx, None, 0.0, time, 0.0))

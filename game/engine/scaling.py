"""Whole-number scaling of the 640×360 pixel layer into any window, letterboxed.

Pixel art only looks right at whole-number scales, so a window that is not an exact multiple gets
black bars rather than blurry or uneven pixels. Pure functions: the window and the tests share them.
"""

from __future__ import annotations

LOGICAL = (640, 360)


def integer_scale(window: tuple[int, int], logical: tuple[int, int] = LOGICAL) -> int:
    """The largest whole scale at which the logical picture fits the window (never below 1)."""
    w, h = window
    lw, lh = logical
    return max(1, min(w // lw, h // lh))


def viewport(window: tuple[int, int], logical: tuple[int, int] = LOGICAL) -> tuple[int, int, int, int, int]:
    """(x, y, width, height, scale) of the scaled picture, centred in the window."""
    s = integer_scale(window, logical)
    w, h = logical[0] * s, logical[1] * s
    return (window[0] - w) // 2, (window[1] - h) // 2, w, h, s


def to_logical(pos: tuple[int, int], window: tuple[int, int],
               logical: tuple[int, int] = LOGICAL) -> tuple[int, int] | None:
    """A window position (a mouse click) in logical pixels, or None over the letterbox bars."""
    x, y, w, h, s = viewport(window, logical)
    px, py = pos[0] - x, pos[1] - y
    if not (0 <= px < w and 0 <= py < h):
        return None
    return px // s, py // s


MAX_SCALE = 4  # the largest window scale offered where the desktop's size is unknown
USABLE_MARGIN = 60  # desktop height kept for the taskbar and the window's title bar


def fitting_scale(desktop: tuple[int, int] | None, logical: tuple[int, int] = LOGICAL) -> int:
    """The largest whole scale whose window fits the desktop's usable area (never below 1)."""
    if not desktop:
        return MAX_SCALE
    w, h = desktop
    return max(1, min(w // logical[0], (h - USABLE_MARGIN) // logical[1]))


def window_size_for(scale: int, desktop: tuple[int, int] | None = None,
                    logical: tuple[int, int] = LOGICAL) -> tuple[int, int]:
    """The windowed size for a chosen scale, shrunk until it fits the desktop."""
    s = max(1, scale)
    if desktop:
        s = min(s, fitting_scale(desktop, logical))
    return logical[0] * s, logical[1] * s

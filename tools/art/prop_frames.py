"""A prop's picture as the window takes it: two frames side by side, lying on the ground and held."""

from __future__ import annotations

from tools.canvas import Canvas


def pair(ground: Canvas, held: Canvas | None = None) -> Canvas:
    """The two frames side by side, at the size of the larger, each standing on the bottom edge and
    centred; with no `held`, the ground frame serves for both (a prop that looks the same either way)."""
    held = ground if held is None else held
    w, h = max(ground.w, held.w), max(ground.h, held.h)
    out = Canvas(w * 2, h)
    out.blit(ground, (w - ground.w) // 2, h - ground.h)
    out.blit(held, w + (w - held.w) // 2, h - held.h)
    return out

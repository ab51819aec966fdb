"""Where scenes draw: a 640×360 pixel layer plus text queued for window resolution.

A scene draws pixel art on `canvas.surface` and asks for text with `canvas.text(...)` in the same
logical coordinates. `present` scales the pixels by a whole number into the window and then draws
the text crisp at the real size. Overlays (a dialogue box over a map, a pause menu) are layers: each
layer may darken what is below (`dim`, also how fades work) and names the rectangle it covers, which
is re-scaled over the text of the layers below so their text never shows through a panel.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from .scaling import LOGICAL
from .text import Block, Color, TextRenderer

ANCHORS = ("topleft", "midtop", "topright", "midleft", "center", "midright", "bottomleft", "midbottom",
           "bottomright")


@dataclass
class TextOp:
    block: Block
    x: int  # window pixels
    y: int
    reveal: int | None
    box_width: int | None


@dataclass
class Layer:
    rect: pygame.Rect | None  # logical area this layer's pixels cover; None: the whole picture
    dim: int  # 0..255: how much to darken everything below before this layer
    texts: list[TextOp] = field(default_factory=list)


class Canvas:
    """The drawing surface handed to every scene's `draw`."""

    def __init__(self, text: TextRenderer, size: tuple[int, int] = LOGICAL) -> None:
        self.text_renderer = text
        self.size = size
        self.surface = pygame.Surface(size)
        if pygame.display.get_surface() is not None:
            self.surface = self.surface.convert()
        self.rect = self.surface.get_rect()
        self.scale = 1  # window pixels per logical pixel, set by the window each frame
        self.origin = (0, 0)  # where the picture starts in the window (letterbox)
        self.text_scale = 1.0  # "large text" multiplies every text size
        self.layers: list[Layer] = []

    # --- layers -------------------------------------------------------------------------------

    def begin(self, rect: pygame.Rect | None = None, dim: int = 0) -> None:
        self.layers.append(Layer(rect, dim))

    def reset(self) -> None:
        self.layers = []

    # --- text ---------------------------------------------------------------------------------

    def px(self, size: float) -> int:
        return max(6, round(size * self.text_scale * self.scale))

    def block(self, text: str, size: float, color: Color, width: int | None = None, shadow: bool = True,
              align: str = "left", shadow_color: Color = (0, 0, 0), mark: Color | None = None) -> Block:
        s = self.scale
        return self.text_renderer.block(text, self.px(size), color, None if width is None else width * s,
                                        s if shadow else 0, shadow_color, align, mark)

    def measure(self, text: str, size: float, width: int | None = None) -> tuple[int, int]:
        """The logical size a text will take, for layout (the same wrap as `text` uses)."""
        b = self.block(text, size, (255, 255, 255), width, shadow=False)
        s = self.scale
        return -(-b.width // s), -(-b.height // s)

    def line_height(self, size: float) -> int:
        return -(-self.text_renderer.font(self.px(size)).get_linesize() // self.scale)

    def text(self, text: str, pos: tuple[float, float], size: float = 10, color: Color = (244, 244, 250),
             anchor: str = "topleft", width: int | None = None, reveal: int | None = None, shadow: bool = True,
             align: str = "left", shadow_color: Color = (0, 0, 0), mark: Color | None = None) -> pygame.Rect:
        """Queue text at a logical position; returns its logical rectangle (for hit tests). With
        `mark`, words marked `*so*` in the text are stressed in that colour (TextRenderer.block)."""
        if not self.layers:
            self.begin()
        b = self.block(text, size, color, width, shadow, align, shadow_color, mark)
        s = self.scale
        box_w = b.width if (width is None or align == "left") else width * s
        r = pygame.Rect(0, 0, box_w, b.height)
        setattr(r, anchor, (round(pos[0] * s), round(pos[1] * s)))
        self.layers[-1].texts.append(TextOp(b, self.origin[0] + r.x, self.origin[1] + r.y, reveal,
                                            box_w if align != "left" else None))
        return pygame.Rect(r.x // s, r.y // s, -(-r.w // s), -(-r.h // s))

    # --- output -------------------------------------------------------------------------------

    def present(self, window: pygame.Surface) -> None:
        """Scale the pixel layer into the window and draw every layer's text over it, in order."""
        ox, oy = self.origin
        s = self.scale
        w, h = self.size[0] * s, self.size[1] * s
        view = pygame.Rect(ox, oy, w, h).clip(window.get_rect())
        if view.size != window.get_size():
            window.fill((0, 0, 0))
        if view.w == w and view.h == h:
            pygame.transform.scale(self.surface, (w, h), window.subsurface(view))
        else:  # window smaller than the picture: show its middle
            window.blit(pygame.transform.scale(self.surface, (w, h)), (ox, oy))
        draw = self.text_renderer.draw
        below: list[pygame.Rect] = []  # window rectangles of the text drawn so far
        for i, layer in enumerate(self.layers):
            if i:
                if layer.dim:
                    m = 255 - max(0, min(255, layer.dim))
                    window.fill((m, m, m), view, special_flags=pygame.BLEND_RGB_MULT)
                area = self.rect if layer.rect is None else layer.rect
                # re-scale this layer's pixels only where they must cover something: text from the
                # layers below, or the darkening just applied (a pure fade has no pixels of its own)
                if layer.rect is not None and layer.dim:
                    self._rescale(window, area)
                elif not layer.dim and below and self._window_rect(area).collidelist(below) != -1:
                    self._rescale(window, area)
            for op in layer.texts:
                draw(window, op.block, op.x, op.y, op.reveal, op.box_width)
                below.append(pygame.Rect(op.x, op.y, op.box_width or op.block.width, op.block.height))

    def _window_rect(self, rect: pygame.Rect) -> pygame.Rect:
        s = self.scale
        return pygame.Rect(self.origin[0] + rect.x * s, self.origin[1] + rect.y * s, rect.w * s, rect.h * s)

    def _rescale(self, window: pygame.Surface, rect: pygame.Rect) -> None:
        r = rect.clip(self.rect)
        if not r.w or not r.h:
            return
        s = self.scale
        dest = pygame.Rect(self.origin[0] + r.x * s, self.origin[1] + r.y * s, r.w * s, r.h * s)
        if window.get_rect().contains(dest):
            pygame.transform.scale(self.surface.subsurface(r), dest.size, window.subsurface(dest))
        else:
            window.blit(pygame.transform.scale(self.surface.subsurface(r), dest.size), dest.topleft)

"""Text drawn crisp at the window's own resolution, and cached.

The pixel layer is 640×360 and scaled up by whole numbers, but text scaled that way would be blocky
and hard to read, so scenes ask for text in logical units and it is rendered at the real size after
the pixel layer is scaled. Wrapping and measuring take time in proportion to the text, however long
an unbroken line is. Rendering text is the most expensive thing a pygame frame does, so every
laid-out block is cached by (text, size, colour, wrap width); a typewriter reveals a cached block a
few characters at a time instead of rendering a new string every frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame
import pygame.freetype

from game.story.markup import parse

CACHE_LIMIT = 600
DEFAULT_SCALE = 0.6875  # pygame's own scale for its bundled face, so sizes read as they always have
Color = tuple[int, int, int]


@dataclass
class Block:
    """A laid-out paragraph: one surface per line, and how many characters each holds."""

    lines: list[pygame.Surface]
    texts: list[str]
    line_height: int
    width: int
    height: int
    px: int
    shadow: int
    align: str
    _prefix: dict[int, list[int]] | None = None

    def prefix_width(self, line: int, chars: int, font: Face) -> int:
        """Width in pixels of the first `chars` characters of a line (cached per line)."""
        if self._prefix is None:
            self._prefix = {}
        widths = self._prefix.get(line)
        if widths is None:
            widths = self._prefix[line] = font.prefix_widths(self.texts[line])
        return widths[min(chars, len(widths) - 1)]


class Face:
    """One font at one pixel size, drawn with FreeType and with kerning off: the bundled face's
    kerning pairs open visible gaps inside words ("ki tchen", "hal f") at the sizes we use."""

    def __init__(self, font_file: str | None, px: int, scale: float | None = None) -> None:
        if not pygame.freetype.get_init():
            pygame.freetype.init()
        if scale is None:
            scale = DEFAULT_SCALE if font_file is None else 1.0
        self.ft = pygame.freetype.Font(font_file, px * scale)
        self.ft.kerning = False
        self.ft.pad = True
        self.ft.antialiased = True
        self._height = self.ft.get_sized_height()

    def size(self, text: str) -> tuple[int, int]:
        return self.ft.get_rect(text).width if text else 0, self._height

    def prefix_widths(self, text: str) -> list[int]:
        """The width of every prefix of `text` (`[0, size(text[:1]), ...]`) in one pass, so any
        line costs time in proportion to its length: with kerning off, each character moves the pen
        by its advance, and a prefix is as wide as the pen or the last glyph's ink, whichever is
        further (the same figure `size` gives)."""
        out = [0]
        pen = right = 0.0
        for ch, m in zip(text, self.ft.get_metrics(text) if text else [], strict=False):
            if m is None:  # a character the face does not have: measure it alone
                step = ink = float(self.size(ch)[0])
            else:
                step, ink = m[4], m[1]
            right = max(right, pen + step, pen + ink)
            pen += step
            out.append(round(right))
        return out

    def get_linesize(self) -> int:
        return self._height

    def render(self, text: str, color: Color) -> pygame.Surface:
        surf, _rect = self.ft.render(text or " ", color)
        return surf


class TextRenderer:
    """Fonts by pixel size, word wrapping and a cache of rendered blocks."""

    def __init__(self, font_file: str | None = None, scale: float | None = None) -> None:
        self.font_file = font_file  # None: pygame-ce's bundled font
        self.scale = scale  # pixel size per px asked for (None: the face's usual, see Face)
        self._fonts: dict[int, Face] = {}
        self._blocks: dict[tuple, Block] = {}
        self._wraps: dict[tuple, list[str]] = {}
        self.renders = 0  # lines rendered since start: the benchmark watches this stay flat

    def font(self, px: int) -> Face:
        f = self._fonts.get(px)
        if f is None:
            f = self._fonts[px] = Face(self.font_file, max(6, px), self.scale)
        return f

    def wrap(self, text: str, px: int, width: int | None) -> list[str]:
        """Break text into lines no wider than `width` pixels, on spaces; honour newlines."""
        key = (text, px, width)
        cached = self._wraps.get(key)
        if cached is not None:
            return cached
        font = self.font(px)
        lines: list[str] = []
        for para in text.split("\n"):
            lines += [para] if width is None else _wrap_paragraph(font, para, width)
        if len(self._wraps) > CACHE_LIMIT:
            self._wraps.clear()
        self._wraps[key] = lines
        return lines

    def block(self, text: str, px: int, color: Color, width: int | None = None,
              shadow: int = 0, shadow_color: Color = (0, 0, 0), align: str = "left",
              mark: Color | None = None) -> Block:
        """`text` laid out and rendered; with `mark`, words marked `*so*` (game.story.markup) are
        drawn in that colour and underlined, and the block holds the text without the marks."""
        key = (text, px, color, width, shadow, shadow_color, align, mark)
        b = self._blocks.get(key)
        if b is not None:
            return b
        font = self.font(px)
        marked: frozenset[int] = frozenset()
        if mark is not None:
            text, marked = parse(text)
        texts = self.wrap(text, px, width)
        surfaces = []
        at = 0
        for line in texts:
            start = text.find(line, at) if marked else -1
            if start >= 0 and any(i in marked for i in range(start, start + len(line))):
                spans = [i in marked for i in range(start, start + len(line))]
                surfaces.append(self._render_marked(font, line, spans, (color, mark), shadow, shadow_color))
                at = start + len(line)
                continue
            at = max(at, start + len(line))
            surfaces.append(self._render(font, line, color, shadow, shadow_color))
        lh = font.get_linesize() + max(1, px // 8)  # a little air between lines reads easier
        w = max((s.get_width() for s in surfaces), default=0)
        h = lh * (len(surfaces) - 1) + (surfaces[-1].get_height() if surfaces else 0)
        b = Block(surfaces, texts, lh, w, h, px, shadow, align)
        if len(self._blocks) > CACHE_LIMIT:
            self._blocks.clear()
        self._blocks[key] = b
        return b

    def _render(self, font: Face, line: str, color: Color, shadow: int,
                shadow_color: Color) -> pygame.Surface:
        self.renders += 1
        fg = font.render(line, color)
        if not shadow:
            return fg
        bg = font.render(line, shadow_color)
        surf = pygame.Surface((fg.get_width() + shadow, fg.get_height() + shadow), pygame.SRCALPHA)
        surf.blit(bg, (shadow, shadow))
        surf.blit(fg, (0, 0))
        return surf

    def _render_marked(self, font: Face, line: str, spans: list[bool], colors: tuple[Color, Color],
                       shadow: int, shadow_color: Color) -> pygame.Surface:
        """A line whose marked characters are in the mark colour with a line under them: stressed by
        shape as well as colour. Each run is placed where the whole line puts it, so the typewriter's
        measures (`prefix_width`) still hold."""
        widths = font.prefix_widths(line)
        surf = pygame.Surface((max(1, widths[-1]) + shadow, font.get_linesize() + shadow), pygame.SRCALPHA)
        thick = max(1, font.get_linesize() // 14)
        base = min(surf.get_height() - thick - shadow, round(font.ft.get_sized_ascender()) + thick + 1)
        i = 0
        while i < len(line):
            j = i
            while j < len(line) and spans[j] == spans[i]:
                j += 1
            color = colors[1] if spans[i] else colors[0]
            run = self._render(font, line[i:j], color, shadow, shadow_color)
            x = widths[i]
            surf.blit(run, (x, 0))
            if spans[i]:
                words = line[i:j].rstrip()
                end = widths[i + len(words)]
                if shadow:
                    surf.fill(shadow_color, (x + shadow, base + shadow, end - x, thick))
                surf.fill(color, (x, base, end - x, thick))
            i = j
        return surf

    def draw(self, target: pygame.Surface, block: Block, x: int, y: int, reveal: int | None = None,
             box_width: int | None = None) -> None:
        """Blit a block with its top-left at (x, y); with `reveal`, only that many characters."""
        font = self.font(block.px) if reveal is not None else None
        left = reveal
        for i, surf in enumerate(block.lines):
            lx = x
            if box_width is not None and block.align != "left":
                slack = box_width - surf.get_width()
                lx += slack // 2 if block.align == "center" else slack
            ly = y + i * block.line_height
            if left is None:
                target.blit(surf, (lx, ly))
                continue
            n = len(block.texts[i])
            if left >= n:
                target.blit(surf, (lx, ly))
                left -= n + 1  # the space or newline the wrap swallowed
                if left < 0:
                    return
                continue
            w = block.prefix_width(i, left, font)  # type: ignore[arg-type]
            if w > 0:
                target.blit(surf, (lx, ly), pygame.Rect(0, 0, w + block.shadow, surf.get_height()))
            return

    def clear(self) -> None:
        self._blocks.clear()
        self._wraps.clear()

    def use(self, font_file: str | None, scale: float | None = None) -> None:
        """Read in another face from now on (the font setting); what was laid out goes."""
        if (font_file, scale) == (self.font_file, self.scale):
            return
        self.font_file, self.scale = font_file, scale
        self._fonts.clear()
        self.clear()


def _wrap_paragraph(font: Face, para: str, width: int) -> list[str]:
    """Lines no wider than `width`, broken on spaces; a word wider than a whole line is broken
    between its characters. Each line is measured as it grows, so the cost stays linear."""
    lines: list[str] = []
    current = ""
    for word in para.split(" "):
        trial = current + " " + word if current else word
        if current and font.size(trial)[0] <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        current = word
        if len(word) > 1 and font.size(word)[0] > width:
            *full, current = _break_word(font, word, width)
            lines += full
    lines.append(current)
    return lines


def _break_word(font: Face, word: str, width: int) -> list[str]:
    """`word` in pieces no wider than `width` (at least one character each), in one pass."""
    widths = font.prefix_widths(word)
    pieces: list[str] = []
    start = 0
    for end in range(1, len(word) + 1):
        if widths[end] - widths[start] > width and end - 1 > start:
            pieces.append(word[start:end - 1])
            start = end - 1
    pieces.append(word[start:])
    return pieces

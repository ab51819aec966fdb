"""Panels, buttons and menus every scene shares.

Panels are nine-slice pictures from `assets/ui/` (their corner sizes come from `assets/ui/ui.json`),
stretched once per size and cached. While a picture is still missing, a chamfered glass panel in the
palette's colours is drawn in code instead, so a scene never waits for art.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pygame

from .assets import AssetError, Assets
from .input import POINT, InputEvent
from .section import Section
from .theme import BODY, PALETTE, Color, Theme

if TYPE_CHECKING:
    from .canvas import Canvas

DEFAULT_SLICE = {"panel.png": 10, "panel_light.png": 10, "nameplate.png": 6, "button.png": 6,
                 "button_focus.png": 6}

def chamfer_points(rect: pygame.Rect, cut: int) -> list[tuple[int, int]]:
    x, y, r, b = rect.left, rect.top, rect.right - 1, rect.bottom - 1
    return [(x + cut, y), (r - cut, y), (r, y + cut), (r, b - cut), (r - cut, b), (x + cut, b), (x, b - cut),
            (x, y + cut)]


def drawn_panel(size: tuple[int, int], fill: Color, rim: Color, inner: Color, alpha: int = 255,
                cut: int = 5) -> pygame.Surface:
    """A stand-in for a nine-slice glass panel: chamfered corners, bright rim, soft inner line."""
    surf = pygame.Surface(size, pygame.SRCALPHA)
    r = surf.get_rect()
    pygame.draw.polygon(surf, (*PALETTE["ink"], alpha), chamfer_points(r, cut))
    pygame.draw.polygon(surf, (*rim, alpha), chamfer_points(r.inflate(-2, -2), max(1, cut - 1)))
    pygame.draw.polygon(surf, (*inner, alpha), chamfer_points(r.inflate(-4, -4), max(1, cut - 1)))
    pygame.draw.polygon(surf, (*fill, alpha), chamfer_points(r.inflate(-6, -6), max(1, cut - 2)))
    return surf


def nine_slice(image: pygame.Surface, size: tuple[int, int], border: int) -> pygame.Surface:
    """Stretch a nine-slice picture: corners kept, edges and centre stretched."""
    w, h = size
    iw, ih = image.get_size()
    b = max(0, min(border, iw // 2, ih // 2, w // 2, h // 2))
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    src_x = (0, b, iw - b, iw)
    src_y = (0, b, ih - b, ih)
    dst_x = (0, b, w - b, w)
    dst_y = (0, b, h - b, h)
    for row in range(3):
        for col in range(3):
            sr = pygame.Rect(src_x[col], src_y[row], src_x[col + 1] - src_x[col], src_y[row + 1] - src_y[row])
            dr = pygame.Rect(dst_x[col], dst_y[row], dst_x[col + 1] - dst_x[col], dst_y[row + 1] - dst_y[row])
            if sr.w <= 0 or sr.h <= 0 or dr.w <= 0 or dr.h <= 0:
                continue
            piece = image.subsurface(sr)
            if sr.size != dr.size:
                piece = pygame.transform.scale(piece, dr.size)
            out.blit(piece, dr)
    return out


def ui_layout(assets: Assets) -> dict[str, Any]:
    try:
        data = assets.json("ui/ui.json")
        return data if isinstance(data, dict) else {}
    except AssetError:
        return {}


def panel(assets: Assets, theme: Theme, size: tuple[int, int], name: str = "panel.png") -> pygame.Surface:
    """A panel of the given logical size, made once per size (sizes repeat frame after frame) and
    kept with the assets, so it goes when they are cleared."""
    opacity = theme.panel_opacity
    return assets.made(f"panel:{name}:{size[0]}x{size[1]}:{int(theme.large)}:{opacity:.2f}",
                       lambda: _see_through(_make_panel(assets, theme, (max(4, size[0]), max(4, size[1])), name),
                                            opacity))


def _see_through(surf: pygame.Surface, opacity: float) -> pygame.Surface:
    """The panel at the box opacity setting (1.0: as drawn, its own translucency kept)."""
    if opacity < 1.0:
        surf.set_alpha(round(255 * opacity))
    return surf


def _make_panel(assets: Assets, theme: Theme, size: tuple[int, int], name: str) -> pygame.Surface:
    if theme.large and name.startswith("button_focus"):  # high contrast: focus is a thick yellow rim
        surf = drawn_panel(size, PALETTE["deep_blue"], theme.focus_rim, theme.focus_rim)
        pygame.draw.polygon(surf, theme.focus_rim, chamfer_points(surf.get_rect(), 5), 2)
        return surf
    if theme.large:  # high contrast: an opaque dark panel with a white rim
        return drawn_panel(size, PALETTE["ink"], (255, 255, 255), PALETTE["ink"])
    try:
        image = assets.image(f"ui/{name}")
        border = ui_layout(assets).get(name, {}).get("slice", DEFAULT_SLICE.get(name, 8))
        return nine_slice(image, size, int(border))
    except AssetError:
        if name.startswith("button_focus"):
            return drawn_panel(size, PALETTE["deep_blue"], PALETTE["neon_cyan"], PALETTE["bot_blue"])
        if name.startswith("button"):
            return drawn_panel(size, PALETTE["indigo"], PALETTE["dusk"], PALETTE["night"])
        if name.startswith("nameplate"):
            return drawn_panel(size, PALETTE["night"], PALETTE["neon_cyan"], PALETTE["indigo"], cut=3)
        return drawn_panel(size, theme.panel, PALETTE["neon_cyan"], PALETTE["teal"], theme.panel_alpha)


def draw_panel(canvas: Canvas, assets: Assets, theme: Theme, rect: pygame.Rect, name: str = "panel.png") -> None:
    canvas.surface.blit(panel(assets, theme, rect.size, name), rect.topleft)


@dataclass
class MenuItem:
    label: str
    value: Any = None
    enabled: bool = True
    detail: str = ""  # a right-aligned value ("70%", "On")


class Menu(Section):
    """A vertical list chosen with up/down + confirm, the mouse, or a pad.

    `on_choose(item)` runs on confirm; `on_back()` on back (if given); `on_adjust(item, -1|+1)` on
    left/right, for settings that have a value.
    """

    def __init__(self, rect: pygame.Rect | tuple[int, int, int, int], items: list[MenuItem],
                 on_choose: Callable[[MenuItem], None], on_back: Callable[[], None] | None = None,
                 on_adjust: Callable[[MenuItem, int], None] | None = None, row: int = 22,
                 size: float = BODY, on_move: Callable[[], None] | None = None) -> None:
        super().__init__(rect)
        self.items = items
        self.on_choose, self.on_back, self.on_adjust, self.on_move = on_choose, on_back, on_adjust, on_move
        self.row = row
        self.size = size
        self.index = next((i for i, it in enumerate(items) if it.enabled), 0)
        self.scroll = 0
        self.spoken_before = ""  # what self-voicing says before the focused item ("3 choices")

    @property
    def visible_rows(self) -> int:
        return max(1, self.rect.h // self.row)

    def item_rect(self, i: int) -> pygame.Rect:
        return pygame.Rect(self.rect.x, self.rect.y + (i - self.scroll) * self.row, self.rect.w, self.row - 3)

    def _move(self, step: int) -> None:
        if not self.items:
            return
        i = self.index
        for _ in range(len(self.items)):
            i = (i + step) % len(self.items)
            if self.items[i].enabled:
                break
        if i != self.index and self.on_move:
            self.on_move()
        self.index = i
        self._keep_visible()

    def _keep_visible(self) -> None:
        if self.index < self.scroll:
            self.scroll = self.index
        elif self.index >= self.scroll + self.visible_rows:
            self.scroll = self.index - self.visible_rows + 1

    def at(self, pos: tuple[int, int]) -> int | None:
        for i in range(self.scroll, min(len(self.items), self.scroll + self.visible_rows)):
            if self.item_rect(i).collidepoint(pos):
                return i
        return None

    def handle(self, ev: InputEvent) -> bool:
        if not ev.pressed or not self.items:
            return False
        if ev.action == POINT:
            i = self.at(ev.pos) if ev.pos else None
            if i is not None and self.items[i].enabled and i != self.index:
                self.index = i
                if self.on_move:
                    self.on_move()
            return i is not None
        if ev.action == "up":
            self._move(-1)
            return True
        if ev.action == "down":
            self._move(1)
            return True
        if ev.action in ("left", "right") and self.on_adjust:
            self.on_adjust(self.items[self.index], -1 if ev.action == "left" else 1)
            return True
        if ev.action == "confirm":
            if ev.source == "mouse" and ev.pos is not None:
                i = self.at(ev.pos)
                if i is None:
                    return False
                self.index = i
            item = self.items[self.index]
            if item.enabled:
                self.on_choose(item)
            return True
        if ev.action == "back" and self.on_back:
            self.on_back()
            return True
        return False

    def spoken(self) -> list[str]:
        if not self.items:
            return []
        item = self.items[min(self.index, len(self.items) - 1)]
        words = [item.label, item.detail, "" if item.enabled else "unavailable"]
        return [p for p in (self.spoken_before, ", ".join(w for w in words if w)) if p]

    def draw_items(self, canvas: Canvas, assets: Assets, theme: Theme, buttons: bool = True) -> None:
        for i in range(self.scroll, min(len(self.items), self.scroll + self.visible_rows)):
            item = self.items[i]
            r = self.item_rect(i)
            focus = i == self.index
            if buttons:
                draw_panel(canvas, assets, theme, r, "button_focus.png" if focus else "button.png")
            elif focus:
                pygame.draw.rect(canvas.surface, theme.highlight, r, border_radius=3)
                if theme.large:  # high contrast: a rim the eye finds without telling blues apart
                    pygame.draw.rect(canvas.surface, theme.focus_rim, r, 2, border_radius=3)
            color = theme.text if item.enabled else theme.muted
            if focus:
                color = theme.accent
                if theme.large:  # and a pointer, for focus that does not rest on colour alone
                    pygame.draw.polygon(canvas.surface, theme.focus_rim,
                                        [(r.x + 2, r.centery - 4), (r.x + 6, r.centery), (r.x + 2, r.centery + 4)])
            canvas.text(item.label, (r.x + 10, r.centery), self.size, color, anchor="midleft")
            if item.detail:
                canvas.text(item.detail, (r.right - 10, r.centery), self.size, color, anchor="midright")
        x = self.rect.right - 8
        if self.scroll > 0:  # more above / below (drawn: the bundled font has no arrow glyphs)
            y = self.rect.y - 3
            pygame.draw.polygon(canvas.surface, theme.muted, [(x, y - 5), (x - 4, y), (x + 4, y)])
        if self.scroll + self.visible_rows < len(self.items):
            y = self.rect.bottom + 1
            pygame.draw.polygon(canvas.surface, theme.muted, [(x - 4, y), (x + 4, y), (x, y + 5)])

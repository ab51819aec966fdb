"""`weeks_pass`: a jump in time shown without a word, a wall calendar's page over the picture, its
days crossed off one after another, three rows of seven, before it fades. Under them the week to
come, not crossed yet, its last day circled twice in red pen: a day someone is waiting for (Mai's
birthday, at the end of the week after the three).

The story says "Three weeks later"; with the words hidden the picture must say it too, so the effect
draws what anyone reads as time going by. It is drawn over the dark of a fade (a title card between
two scenes), so it plays between `fade_out` and `fade_in`, and with `wait` the story holds for it.
Nothing in it flashes: the crosses come one at a time, well under the motion ceiling.
"""

from __future__ import annotations

import pygame

from game.engine.theme import PALETTE

WEEKS, DAYS = 3, 7  # the rows and columns of the page: three weeks
CELL = 18  # a day's square, pixels
GAP = 3
CROSSING = 0.35  # the share of the effect's time over which the days are crossed off: all three weeks then stand crossed a while
FADING = 0.15  # the share at its end over which the page fades
HEADER = 18  # the page's coloured top, where the rings hold it
ROWS = WEEKS + 1  # and the week to come, under the crossed ones
CIRCLED = DAYS - 1  # the day of that week circled: its last


def page_rect(view: pygame.Rect) -> pygame.Rect:
    """Where the page is drawn: in the middle of the view."""
    w = DAYS * (CELL + GAP) + GAP + 16
    h = HEADER + ROWS * (CELL + GAP) + GAP + 16
    r = pygame.Rect(0, 0, w, h)
    r.center = view.center
    return r


def crossed(k: float) -> int:
    """How many days are crossed off when the effect is `k` (0..1) of the way through."""
    return min(WEEKS * DAYS, int(WEEKS * DAYS * min(1.0, k / CROSSING)) + (1 if k > 0 else 0))


def draw(surf: pygame.Surface, view: pygame.Rect, k: float) -> None:
    """The page at `k` (0..1) of the way through: days crossed off, then fading out."""
    rect = page_rect(view)
    page = pygame.Surface(rect.size, pygame.SRCALPHA)
    page.fill(PALETTE["cream"])
    pygame.draw.rect(page, PALETTE["ink"], page.get_rect(), 2)
    page.fill(PALETTE["ares_red"], (2, 2, rect.width - 4, HEADER - 2))
    for x in range(14, rect.width - 8, 22):  # the rings it hangs by
        pygame.draw.circle(page, PALETTE["steel"], (x, 4), 3)
        pygame.draw.circle(page, PALETTE["ink"], (x, 4), 3, 1)
    done = crossed(k)
    for i in range(ROWS * DAYS):
        row, col = divmod(i, DAYS)
        cell = pygame.Rect(8 + GAP + col * (CELL + GAP), HEADER + 8 + GAP + row * (CELL + GAP), CELL, CELL)
        page.fill(PALETTE["white"], cell)
        pygame.draw.rect(page, PALETTE["fog"], cell, 1)
        if i < done:
            _cross(page, cell.inflate(-4, -4))
        elif i == WEEKS * DAYS + CIRCLED:
            _circle(page, cell)
    alpha = 1.0 if k < 1 - FADING else max(0.0, (1.0 - k) / FADING)
    page.set_alpha(round(255 * alpha))
    surf.blit(page, rect)


def _circle(page: pygame.Surface, cell: pygame.Rect) -> None:
    """A day circled twice in red pen, the rings a little apart, as a hand draws them."""
    pen = PALETTE["ares_red"]
    pygame.draw.ellipse(page, pen, cell.inflate(4, 2), 2)
    pygame.draw.ellipse(page, pen, cell.inflate(0, 4).move(1, -1), 1)
    pygame.draw.rect(page, PALETTE["neon_pink"], cell.inflate(-10, -10))  # a dot of pink: a party


def _cross(page: pygame.Surface, box: pygame.Rect) -> None:
    """A day crossed off in red pen."""
    pen = PALETTE["ares_red"]
    pygame.draw.line(page, pen, box.topleft, box.bottomright, 2)
    pygame.draw.line(page, pen, box.topright, box.bottomleft, 2)

"""Props of the school day (`tools/art/props.py` lists them): the bus shelter 7723 hides behind."""

from __future__ import annotations

from tools.canvas import Canvas


def bus_shelter() -> Canvas:
    """A bus shelter at the kerb by the schoolyard, seen from the front: a flat roof on two thin
    posts, a glass back (its panes only edged, so whoever stands behind it shows through), a bench,
    and an advert for IQ's Gen 6 in a lit box at one end; beside it the stop's round sign on its pole,
    a bus on it. Only as tall as a child, and narrower than
    7723: drawn over him (`on_top`), it hides his legs and nothing else, which is the joke."""
    c = Canvas(26, 26)
    c.rect(0, 0, 26, 3, "steel")  # the roof
    c.hline(0, 0, 26, "mist")
    c.hline(0, 3, 26, "indigo")
    for x in (1, 24):  # the posts
        c.vline(x, 3, 23, "fog")
        c.vline(x + 1, 3, 23, "indigo")
    for x in (3, 12):  # the glass, edged only
        c.frame(x, 5, 9, 12, "holo")
        c.px(x + 2, 7, "white")
    c.rect(21, 5, 3, 16, "ink")  # the advert's lit box, end on, and its face
    c.rect(17, 5, 6, 13, "neon_cyan")
    c.rect(18, 7, 4, 3, "white")  # a Gen 6's head
    c.hline(18, 13, 4, "ink")  # and its slogan
    c.hline(18, 15, 3, "ink")
    c.rect(3, 18, 14, 2, "wood")  # the bench
    c.hline(3, 18, 14, "lamp")
    c.vline(4, 20, 4, "steel")
    c.vline(15, 20, 4, "steel")
    c.hline(0, 25, 26, "shadow")
    out = Canvas(34, 36)  # and the stop's sign beside it, on its pole, up over the roof
    out.blit(c, 8, 10)
    out.vline(3, 8, 28, "steel")
    out.vline(4, 8, 28, "indigo")
    out.ellipse(3.5, 5, 4.5, 4.5, "ares_red")
    out.ellipse(3.5, 5, 3, 3, "white")
    out.rect(1, 4, 6, 3, "deep_blue")  # a bus, side on
    out.px(2, 7, "ink")
    out.px(5, 7, "ink")
    both = Canvas(2 * out.w, out.h)
    both.blit(out, 0, 0)
    both.blit(out, out.w, 0)
    return both

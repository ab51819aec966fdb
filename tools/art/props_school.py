"""Props of the school day (`tools/art/props.py` lists them): the bus shelter 7723 hides behind, the
yard's recycling bin he flicks Greenwood's Q-Bot into, the can of juice Ani brings Mai at break, and
the plastic bag she carries her books in the day after the launch."""

from __future__ import annotations

from tools.art.prop_frames import pair
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


def recycling_bin() -> Canvas:
    """The yard's recycling bin, beside the grey one for rubbish: a green wheelie bin, wider and
    taller than a Q-Bot, its lid thrown back, and on its front the white triangle of chasing arrows
    that says recycling at a glance; a bottle's neck and a can stick up out of the top. Whatever is
    flicked into it lies across its open mouth."""
    c = Canvas(18, 22)
    c.rect(1, 4, 16, 16, "green")  # the body, narrowing a little to the wheels
    c.vline(1, 4, 16, "neon_lime")
    c.vline(16, 4, 16, "teal")
    c.rect(0, 2, 18, 3, "teal")  # the rim of the open mouth
    c.hline(1, 2, 16, "neon_lime")
    c.rect(2, 0, 14, 2, "teal")  # the lid, thrown back
    c.px(6, 1, "neon_cyan")  # a bottle's neck and a can's rim, sticking up
    c.px(6, 0, "neon_cyan")
    c.px(11, 1, "fog")
    c.px(12, 1, "mist")
    for x, y in ((9, 7), (8, 8), (10, 8), (7, 10), (11, 10), (6, 12), (12, 12)):  # the arrows' triangle
        c.px(x, y, "white")
    c.hline(6, 13, 7, "white")
    c.px(9, 9, "white")
    c.px(7, 11, "mist")
    c.px(11, 11, "mist")
    c.hline(2, 19, 14, "teal")
    c.rect(2, 20, 3, 2, "ink")  # the wheels
    c.rect(13, 20, 3, 2, "ink")
    c = _inked(c)
    return pair(c, c.copy())


def juice_can() -> Canvas:
    """A can of juice from the machine, orange with a white band, beaded with cold: held upright in a
    hand, held out; on the ground, on its side."""
    held = Canvas(4, 6)
    held.rect(0, 0, 4, 6, "orange")
    held.hline(0, 0, 4, "fog")  # the top
    held.hline(0, 2, 4, "white")  # the band
    held.px(3, 4, "neon_yellow")
    held.px(0, 4, "mist")  # cold on it
    held = _inked(held)
    ground = Canvas(6, 4)
    ground.rect(0, 0, 6, 4, "orange")
    ground.vline(5, 0, 4, "fog")
    ground.vline(2, 0, 4, "white")
    return pair(_inked(ground), held)


def thank_you_bag() -> Canvas:
    """A white carrier bag printed THANK YOU in red, line under line (too small to spell: the red rows
    of the print), books square inside it, its two handles in her fist."""
    c = Canvas(9, 12)
    c.rect(0, 3, 9, 9, "white")
    c.rect(1, 4, 7, 2, "fog")  # the books' top edges through the plastic
    for y in (7, 9):
        c.hline(1, y, 7, "ares_red")  # THANK YOU, THANK YOU
    c.vline(2, 0, 3, "white")  # the handles
    c.vline(6, 0, 3, "white")
    c.hline(2, 0, 5, "white")
    return pair(_inked(c))


def _inked(c: Canvas) -> Canvas:
    """`c` with a pixel more all round, outlined in ink as sprites are."""
    out = Canvas(c.w + 2, c.h + 2)
    out.blit(c, 1, 1)
    out.outline("ink")
    return out

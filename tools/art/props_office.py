"""Props of the places people work in (`tools/art/props.py` lists them): the one human thing in Pin's
office in the tower, a pair of reading glasses, folded, grey with dust, in the desk's one drawer,
pulled out, so the picture shows what the words find there; and the hi-vis cap and band of a
stadium steward, drawn over a Q-Bot so the bot at the gate reads as the gate's steward."""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas


def reading_glasses() -> Canvas:
    """The desk's one drawer pulled out from under its front, seen from above: its steel sides and
    dark inside, and in it the reading glasses, folded, two round lenses catching the light and the
    arms folded back under them, a grey speckle of dust over the lot. Set down at the foot of the
    desk's front edge, it stands out from the desk as a drawer does. Big enough to read (a person's
    head across), since nothing else in the office is."""
    c = Canvas(30, 16)
    c.rect(0, 0, 30, 16, "steel")  # the drawer's sides and front
    c.rect(2, 1, 26, 11, "ink")  # its inside, in the dark of the desk
    c.hline(0, 0, 30, "fog")
    c.rect(0, 12, 30, 4, "fog")  # its front, pulled out towards us
    c.rect(12, 13, 6, 1, "night")  # the handle
    c.hline(1, 15, 28, "shadow")
    for cx in (10, 19):
        c.ellipse(cx, 6, 4, 3.6, "orange")  # the wire rims, gold against the drawer's dark
        c.ellipse(cx, 6, 2.8, 2.4, "mist")  # the lenses
        c.px(cx - 1, 5, "white")
    c.hline(13, 5, 3, "orange")  # the bridge
    c.hline(6, 10, 18, "dark_wood")  # the arms, folded back under the lenses
    for x, y in ((4, 3), (8, 8), (17, 9), (21, 4), (24, 8), (6, 2), (14, 2), (25, 3), (11, 4), (20, 7)):
        c.px(x, y, "fog")  # dust
    return pair(c)


def steward_kit() -> Canvas:
    """A stadium steward's kit, drawn to fit over a Q-Bot (16 pixels, a ball on a small base) set down
    where it stands: a hi-vis yellow cap on its dome, its peak out to the left, and a hi-vis band
    round its middle with a silver reflective stripe and a white name badge, so the bot at the gate
    reads as a steward and not as any robot (`on_top`: drawn over whoever stands there)."""
    c = Canvas(16, 16)
    c.rect(4, 0, 8, 2, "neon_yellow")  # the cap's crown
    c.hline(3, 1, 10, "neon_yellow")
    c.hline(0, 2, 6, "orange")  # its peak, over the visor
    c.hline(6, 2, 7, "neon_yellow")
    c.rect(1, 8, 14, 3, "neon_yellow")  # the band round its middle
    c.hline(1, 9, 14, "mist")  # the reflective stripe
    c.rect(9, 7, 3, 2, "white")  # the name badge
    return pair(c)
